package org.soretstudy.surrogate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.soretstudy.error.UserException;
import org.soretstudy.io.OutputFolder;
import org.soretstudy.io.Units;
import org.soretstudy.io.Versions;
import org.soretstudy.run.RunOptions;
import org.soretstudy.run.RunReport;
import org.soretstudy.run.StudyRunner;
import org.soretstudy.sampling.Parameter;
import org.soretstudy.solver.Closure;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.table.AxisScale;
import org.soretstudy.solver.table.SurrogateTable;
import org.soretstudy.solver.table.TableAxis;
import org.soretstudy.solver.table.TableOutput;
import org.soretstudy.spec.SpecParser;
import org.soretstudy.spec.StudySpec;
import org.soretstudy.spec.TableSpec;

/**
 * The driver of {@code soret-study table SPEC} (contract section 4). Each round solves the grid points on the
 * executors, broadcasts the table, and has the executors solve every cell's check points ({@link TableGrid}) and
 * compare them with the table's interpolation: the largest difference is the cell's error bound. With a tolerance,
 * {@link Refinement} splits the intervals of the cells above it and the next round starts, until every cell meets
 * it, no axis may grow ({@code max_points}) or {@link #MAX_ROUNDS} rounds have run; table.json then counts the cells
 * above their tolerance. Finally the final grid is run as a study ({@link StudyRunner}: samples/ and summary.json,
 * sample_id = the grid point's flat C-order index; a refined axis enters that study's spec as a discrete parameter
 * of its values) and {@code table/} is written.
 *
 * <p>Only grid values and cell bounds come back to the driver (the table itself), never rows.
 */
public final class TableBuilder {
    /** Rounds before the refinement stops even if axes could still grow (each round solves the whole table). */
    public static final int MAX_ROUNDS = 12;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SparkSession spark;
    private final JavaSparkContext jsc;

    public TableBuilder(SparkSession spark) {
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    /** The spec's table block; a spec without one is a user error (checked before any Spark work). */
    public static TableSpec requireTable(StudySpec spec) {
        TableSpec t = TableSpec.of(spec);
        if (t == null) {
            throw new UserException("table", null, "a table block {\"outputs\": [...], \"tolerance\": ..., \"max_points\": n} "
                    + "(contract section 4); for a study without a table use soret-study run");
        }
        return t;
    }

    public TableBuild build(StudySpec spec, RunOptions options) throws IOException {
        TableSpec t = requireTable(spec);
        refuseAnotherStudy(spec, options);
        Closure closure = Closure.fromKey(spec.base().path("closure").asText(Closure.BINARY.key()));
        List<TableOutput> outputs = new ArrayList<>();
        for (OutputField f : t.outputs()) {
            outputs.add(new TableOutput(f.key(), Units.of(f.key(), closure == Closure.DILUTE)));
        }
        double[] tol = t.tolerances();
        List<TableAxis> initial = initialAxes(spec);
        List<TableAxis> axes = initial;
        long start = System.nanoTime();
        long solves = 0;
        int rounds = 0;
        SurrogateTable table;
        TableErrors errors;
        while (true) {
            rounds++;
            double[][] values = solveGrid(spec, t.outputs(), axes, options);
            table = SurrogateTable.of(axes, outputs, values, null);
            errors = checkCells(spec, t.outputs(), table, tol, options);
            solves += table.points() + errors.solves();
            options.console().printf(Locale.ROOT, "[soret-study] table round %d: %s points, largest cell bound %s%s%n", rounds,
                    TableErrors.shape(axes), maxErrors(outputs, errors), t.refines()
                            ? String.format(Locale.ROOT, "; %,d of %,d cells above tolerance", errors.cellsAboveTolerance(), table.cells())
                            : "");
            if (!t.refines() || errors.cellsAboveTolerance() == 0 || rounds >= MAX_ROUNDS) {
                break;
            }
            List<TableAxis> next = Refinement.refine(axes, errors.ratio(), errors.axisRatio(), t.maxPoints());
            if (next == axes) {
                break; // every axis that would need a point has max_points
            }
            axes = next;
        }
        table = SurrogateTable.of(axes, outputs, valuesOf(table), errors.errors());
        double tableSeconds = (System.nanoTime() - start) * 1e-9;

        RunReport samples = new StudyRunner(spark).run(samplesSpec(spec, initial, axes), options);
        double[] maxError = new double[outputs.size()];
        long[] above = new long[outputs.size()];
        long[] unknown = new long[outputs.size()];
        for (int o = 0; o < outputs.size(); o++) {
            maxError[o] = errors.max(o);
            above[o] = Double.isNaN(tol[o]) ? 0 : errors.above(o, tol[o]);
            unknown[o] = errors.unknown(o);
        }
        TableBuild build = new TableBuild(null, axes, outputs.stream().map(TableOutput::name).toList(), maxError, tol, above,
                unknown, rounds, solves, tableSeconds, samples);
        URI folder = TableWriter.write(samples.output(), spark.sparkContext().hadoopConfiguration(), table,
                description(spec, t, build));
        return new TableBuild(folder, axes, build.outputs(), maxError, tol, above, unknown, rounds, solves, tableSeconds, samples);
    }

    /**
     * Refuses, before the rounds solve anything, an output folder that holds another study (as run would, after
     * them). A table refined before left a samples spec that differs from this spec in its parameters only.
     */
    private void refuseAnotherStudy(StudySpec spec, RunOptions options) throws IOException {
        OutputFolder folder = new OutputFolder(spec.output(), spark.sparkContext().hadoopConfiguration());
        if (options.overwrite() || folder.inspect(spec.canonicalJson()) != OutputFolder.State.OTHER) {
            return;
        }
        String previous;
        try {
            previous = folder.manifestSpec();
        } catch (java.io.FileNotFoundException e) {
            previous = null;
        }
        if (previous == null || !withoutParameters(previous).equals(withoutParameters(spec.canonicalJson()))) {
            throw new UserException("output", folder.uri().toString(), "the folder holds another study (or other files);"
                    + " choose another output, or pass --overwrite to replace it");
        }
    }

    private static JsonNode withoutParameters(String specJson) {
        ObjectNode root = (ObjectNode) tree(specJson);
        root.remove("parameters");
        return root;
    }

    /** The spec's grid axes, with the scale each parameter asked for. */
    static List<TableAxis> initialAxes(StudySpec spec) {
        JsonNode params = tree(spec.canonicalJson()).path("parameters");
        List<TableAxis> axes = new ArrayList<>();
        for (Parameter p : spec.sampler().parameters()) {
            AxisScale scale = AxisScale.fromKey(params.path(p.name()).path("scale").asText("linear"));
            axes.add(new TableAxis(p.name(), scale, p.grid().values()));
        }
        return List.copyOf(axes);
    }

    /**
     * The study that writes samples/ for the final grid: the spec itself when no axis was refined; otherwise each
     * refined parameter becomes {@code {"dist": "discrete", "values": [the axis's values]}} (a grid over a discrete
     * parameter is its values, in order), so sample_id stays the flat C-order index of the table's grid point.
     */
    static StudySpec samplesSpec(StudySpec spec, List<TableAxis> initial, List<TableAxis> axes) {
        if (axes.equals(initial)) {
            return spec;
        }
        ObjectNode root = (ObjectNode) tree(spec.canonicalJson());
        ObjectNode params = (ObjectNode) root.get("parameters");
        for (TableAxis a : axes) {
            if (!initial.contains(a)) {
                ObjectNode p = JSON.createObjectNode().put("dist", "discrete");
                ArrayNode values = p.putArray("values");
                for (double v : a.values()) {
                    values.add(v);
                }
                params.set(a.name(), p);
            }
        }
        return SpecParser.parse(root.toString());
    }

    private double[][] solveGrid(StudySpec spec, List<OutputField> outputs, List<TableAxis> axes, RunOptions options) {
        long points = TableGrid.count(TableGrid.pointSizes(axes));
        long block = blockSize(points, options);
        jsc.setJobDescription("soret-study " + spec.name() + ": solve " + points + " table points");
        List<VertexBlock> blocks = jsc.parallelize(blockNumbers(points, block), slices(points, block, options))
                .mapPartitions(new VertexTask(spec.canonicalJson(), outputs, axes, block)).collect();
        double[][] values = new double[outputs.size()][Math.toIntExact(points)];
        for (VertexBlock b : blocks) {
            for (int o = 0; o < outputs.size(); o++) {
                System.arraycopy(b.values()[o], 0, values[o], Math.toIntExact(b.start()), b.values()[o].length);
            }
        }
        return values;
    }

    private TableErrors checkCells(StudySpec spec, List<OutputField> outputs, SurrogateTable table, double[] tol, RunOptions options) {
        long cells = table.cells();
        long block = blockSize(cells, options);
        jsc.setJobDescription("soret-study " + spec.name() + ": check " + cells + " table cells");
        Broadcast<SurrogateTable> shared = jsc.broadcast(table);
        try {
            List<CellBlock> blocks = jsc.parallelize(blockNumbers(cells, block), slices(cells, block, options))
                    .mapPartitions(new CheckTask(spec.canonicalJson(), outputs, shared, tol, block)).collect();
            return TableErrors.assemble(blocks, outputs.size(), table.cells(), table.dimension());
        } finally {
            shared.destroy();
        }
    }

    /** Items per block: about four blocks per task slot (or per requested partition), for balance. */
    private long blockSize(long items, RunOptions options) {
        int slots = options.partitions() != null ? options.partitions() : jsc.defaultParallelism();
        return Math.max(1, (items + 4L * slots - 1) / (4L * slots));
    }

    private int slices(long items, long block, RunOptions options) {
        int blocks = (int) ((items + block - 1) / block);
        return Math.max(1, options.partitions() != null ? Math.min(options.partitions(), blocks) : blocks);
    }

    private static List<Long> blockNumbers(long items, long block) {
        List<Long> list = new ArrayList<>();
        for (long b = 0; b * block < items; b++) {
            list.add(b);
        }
        return list;
    }

    private static double[][] valuesOf(SurrogateTable table) {
        double[][] v = new double[table.outputs().size()][table.points()];
        for (int o = 0; o < v.length; o++) {
            for (int i = 0; i < v[o].length; i++) {
                v[o][i] = table.value(o, i);
            }
        }
        return v;
    }

    private static String maxErrors(List<TableOutput> outputs, TableErrors errors) {
        StringBuilder s = new StringBuilder();
        for (int o = 0; o < outputs.size(); o++) {
            s.append(o == 0 ? "" : ", ").append(outputs.get(o).name()).append(' ')
                    .append(String.format(Locale.ROOT, "%.3g", errors.max(o)));
        }
        return s.toString();
    }

    /** table.json beyond axes and outputs: the error bound and refinement, how samples/ relates, spec, versions. */
    private Map<String, JsonNode> description(StudySpec spec, TableSpec t, TableBuild b) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        m.put("layout", JSON.getNodeFactory().textNode("NAME.f64: float64 little-endian, one value per grid point, C order over "
                + "the axes as listed (first slowest), NaN where the solver's row is not ok; NAME.err.f64: the same per cell "
                + "(points - 1 per axis)"));
        ObjectNode bound = JSON.createObjectNode();
        bound.put("check_points", "every point of the cell's half-step grid but its corners: centre, face centres, edge "
                + "midpoints (3^d - 2^d per cell; midpoints in ln x on log axes)");
        bound.put("meaning", "margin x the largest |solver - interpolation| found at the check points (the margin covers "
                + "higher-order terms and the solver's own point-to-point jitter); NaN where a check point or a corner has no value");
        bound.put("margin", CheckTask.MARGIN);
        ObjectNode max = bound.putObject("max");
        ObjectNode unknown = bound.putObject("cells_without_bound");
        for (int o = 0; o < b.outputs().size(); o++) {
            putNumber(max, b.outputs().get(o), b.maxError()[o]);
            unknown.put(b.outputs().get(o), b.cellsUnknown()[o]);
        }
        bound.put("cells", b.cells());
        m.put("error_bound", bound);
        if (t.refines()) {
            ObjectNode r = JSON.createObjectNode();
            ObjectNode tolerance = r.putObject("tolerance");
            ObjectNode above = r.putObject("cells_above_tolerance");
            long total = 0;
            for (int o = 0; o < b.outputs().size(); o++) {
                if (!Double.isNaN(b.tolerances()[o])) {
                    tolerance.put(b.outputs().get(o), b.tolerances()[o]);
                    above.put(b.outputs().get(o), b.cellsAbove()[o]);
                    total += b.cellsAbove()[o];
                }
            }
            r.put("max_points", t.maxPoints());
            r.put("rounds", b.rounds());
            r.put("met", total == 0);
            m.put("refinement", r);
        }
        m.put("samples", JSON.getNodeFactory().textNode("samples/ holds the final grid: sample_id is the flat C-order index of "
                + "the grid point (refined axes appear in the samples' spec as discrete parameters of their values)"));
        m.put("build_seconds", JSON.getNodeFactory().numberNode(Math.round(b.tableSeconds() * 1000) / 1000.0));
        m.put("spec", tree(spec.canonicalJson()));
        ObjectNode versions = JSON.createObjectNode();
        versions.put("soret_study", Versions.soretStudy());
        versions.put("spark", spark.version());
        versions.put("java", System.getProperty("java.version"));
        m.put("versions", versions);
        return m;
    }

    private static void putNumber(ObjectNode n, String key, double v) {
        if (Double.isNaN(v)) {
            n.putNull(key);
        } else {
            n.put(key, v);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a canonical spec is JSON", e);
        }
    }
}
