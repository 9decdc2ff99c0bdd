package org.soretstudy.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.soretstudy.error.UserException;
import org.soretstudy.sampling.DesignType;
import org.soretstudy.sampling.GridAxis;
import org.soretstudy.sampling.Parameter;
import org.soretstudy.solver.Mode;
import org.soretstudy.solver.OutputField;

/**
 * The {@code table} block of a spec (contract section 4): which outputs {@code soret-study table} tabulates over
 * the grid, the absolute interpolation error it refines the axes for, and how far it may refine.
 *
 * @param outputs    the tabulated outputs, in file order
 * @param tolerances per output (same order), the absolute error every cell must meet, or NaN when none is asked
 * @param maxPoints  the most points an axis may reach by refinement (meaningful with a tolerance)
 */
public record TableSpec(List<OutputField> outputs, double[] tolerances, int maxPoints) {
    /** Points an axis may reach when {@code max_points} is not given. */
    public static final int DEFAULT_MAX_POINTS = 65;
    /** Largest table: 2^27 points (a 1 GiB file per output); the product of the axes' reachable points. */
    public static final long MAX_TABLE_POINTS = 1L << 27;
    private static final Set<String> KEYS = Set.of("outputs", "tolerance", "max_points");
    private static final Set<OutputField> TRANSIENT_ONLY = Set.of(OutputField.T99, OutputField.DUFOUR_DT_MAX);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public TableSpec {
        outputs = List.copyOf(outputs);
        tolerances = tolerances.clone();
    }

    @Override
    public double[] tolerances() { return tolerances.clone(); }

    /** True when at least one output has a tolerance (the axes are then refined). */
    public boolean refines() { return Arrays.stream(tolerances).anyMatch(t -> !Double.isNaN(t)); }

    /** The table block of a parsed spec, or null when it has none. */
    public static TableSpec of(StudySpec spec) {
        JsonNode root;
        try {
            root = MAPPER.readTree(spec.canonicalJson());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a canonical spec is JSON", e);
        }
        return root.has("table") ? parse(root.get("table"), spec.design(), spec.sampler().parameters(), spec.base()) : null;
    }

    /** Validates a {@code table} block; every rule names its field. */
    static TableSpec parse(JsonNode table, DesignType design, List<Parameter> parameters, JsonNode base) {
        SpecParser.object(table, "table");
        for (Iterator<String> it = table.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new UserException("table." + key, key, "unknown key; allowed: max_points, outputs, tolerance");
            }
        }
        if (design != DesignType.GRID) {
            throw new UserException("design.type", design.specName(), "grid for a spec with a table block (the table is the grid)");
        }
        List<OutputField> outputs = outputs(table.get("outputs"), base);
        double[] tolerances = tolerances(table.get("tolerance"), outputs);
        boolean refines = Arrays.stream(tolerances).anyMatch(t -> !Double.isNaN(t));
        int maxPoints = DEFAULT_MAX_POINTS;
        if (table.has("max_points")) {
            if (!refines) {
                throw new UserException("table.max_points", table.get("max_points"),
                        "only with table.tolerance (it limits the refinement, and without a tolerance nothing is refined)");
            }
            maxPoints = (int) SpecParser.positiveLong(table.get("max_points"), "table.max_points", 1 << 20);
        }
        long reachable = 1;
        for (Parameter p : parameters) {
            String path = "parameters." + p.name();
            GridAxis axis = p.grid();
            if (axis.size() < 2) {
                throw new UserException(path, axis.size() + " value", "at least 2 values for a table axis");
            }
            for (int k = 1; k < axis.size(); k++) {
                if (!(axis.value(k) > axis.value(k - 1))) {
                    throw new UserException(path + ".values", Arrays.toString(axis.values()), "strictly increasing values for a table axis");
                }
            }
            if (refines && axis.size() > maxPoints) {
                throw new UserException("table.max_points", maxPoints, "at least the " + axis.size() + " points of " + path);
            }
            reachable = Math.multiplyExact(reachable, (long) (refines ? maxPoints : axis.size()));
            if (reachable > MAX_TABLE_POINTS) {
                throw new UserException(refines ? "table.max_points" : "parameters", refines ? maxPoints : reachable,
                        "a table of at most 2^27 points over all axes" + (refines ? " (max_points per axis, to the power of the axes)" : ""));
            }
        }
        return new TableSpec(outputs, tolerances, maxPoints);
    }

    private static List<OutputField> outputs(JsonNode o, JsonNode base) {
        if (o == null || !o.isArray() || o.isEmpty()) {
            throw new UserException("table.outputs", o, "a non-empty array of scalar output names (contract section 2)");
        }
        boolean transientMode = Mode.TRANSIENT.key().equals(base.path("mode").asText(Mode.STEADY.key()));
        List<OutputField> list = new ArrayList<>();
        for (int i = 0; i < o.size(); i++) {
            String field = "table.outputs[" + i + "]";
            OutputField f = o.get(i).isTextual() ? OutputField.fromKey(o.get(i).textValue()) : null;
            if (f == null) {
                throw new UserException(field, o.get(i), "a scalar output: " + String.join(", ",
                        Arrays.stream(OutputField.ALL).map(OutputField::key).toList()));
            }
            if (list.contains(f)) {
                throw new UserException(field, f.key(), "each output once");
            }
            if (TRANSIENT_ONLY.contains(f) && !transientMode) {
                throw new UserException(field, f.key(), "an output of steady mode; " + f.key() + " needs base.mode \"transient\"");
            }
            list.add(f);
        }
        return list;
    }

    private static double[] tolerances(JsonNode t, List<OutputField> outputs) {
        double[] tol = new double[outputs.size()];
        Arrays.fill(tol, Double.NaN);
        if (t == null) {
            return tol;
        }
        if (t.isNumber()) {
            Arrays.fill(tol, positive(t, "table.tolerance"));
            return tol;
        }
        if (!t.isObject() || t.isEmpty()) {
            throw new UserException("table.tolerance", t, "a number > 0 (absolute, every output) or {OUTPUT: number > 0, ...}");
        }
        for (Iterator<String> it = t.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            int o = outputs.indexOf(OutputField.fromKey(key));
            if (o < 0) {
                throw new UserException("table.tolerance." + key, key, "one of table.outputs");
            }
            tol[o] = positive(t.get(key), "table.tolerance." + key);
        }
        return tol;
    }

    private static double positive(JsonNode v, String field) {
        double x = v.isNumber() ? v.doubleValue() : Double.NaN;
        if (!(x > 0 && Double.isFinite(x))) {
            throw new UserException(field, v, "a finite number > 0 (an absolute error, in the output's unit)");
        }
        return x;
    }
}
