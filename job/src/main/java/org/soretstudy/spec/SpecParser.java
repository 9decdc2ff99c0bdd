package org.soretstudy.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.soretstudy.error.UserException;
import org.soretstudy.io.CellJson;
import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.NumericInput;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.Reason;
import org.soretstudy.sampling.DesignType;
import org.soretstudy.sampling.LhsDesign;
import org.soretstudy.sampling.Parameter;
import org.soretstudy.sampling.Sampler;
import org.soretstudy.sampling.SobolDesign;

/**
 * Reads and validates a study spec before any Spark work starts. Every rule throws a {@link UserException}
 * naming the field (dotted path), the value and what is allowed.
 */
public final class SpecParser {
    /** Largest study: 2^40 rows (a trillion solves is far beyond any cluster run; a typo is likelier). */
    public static final long MAX_ROWS = 1L << 40;
    private static final Set<String> TOP_KEYS = Set.of("name", "description", "seed", "design", "base", "parameters", "analysis", "output",
            "table");
    private static final Set<String> DESIGN_KEYS = Set.of("type", "samples");
    private static final Set<String> ANALYSIS_KEYS = Set.of("sobol", "quantiles", "outputs", "confidence", "bootstrap");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final ObjectMapper YAML = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private SpecParser() { }

    /** A YAML spec: the same fields, read into the same tree, then validated as JSON. */
    public static StudySpec parseYaml(String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new UserException("spec", "(not YAML)", "a YAML mapping; parse error at line " + e.getLocation().getLineNr()
                    + ": " + e.getOriginalMessage());
        }
        return parse(root == null ? "null" : root.toString());
    }

    public static StudySpec parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UserException("spec", "(not JSON)", "a JSON object; parse error at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            // (an empty file reads as a missing node: say "empty", not Jackson's node type)
            String found = root == null || root.isMissingNode() ? "(empty)"
                    : "(a JSON " + root.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + ")";
            throw new UserException("spec", found, "a JSON object");
        }
        root = MixtureResolver.resolve((com.fasterxml.jackson.databind.node.ObjectNode) root); // "mixture": a curated entry fills base
        onlyKeys(root, TOP_KEYS, "");
        String name = root.has("name") ? text(root.get("name"), "name") : "study";
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
            throw new UserException("name", name, "1-128 characters of letters, digits, '.', '_' or '-'");
        }
        long seed = seed(root.get("seed"));
        JsonNode design = object(root.get("design"), "design");
        onlyKeys(design, DESIGN_KEYS, "design.");
        DesignType type = designType(text(design.get("type"), "design.type"));
        JsonNode base = root.has("base") ? object(root.get("base"), "base") : MAPPER.createObjectNode();
        validateBase(base);
        List<Parameter> parameters = parameters(object(root.get("parameters"), "parameters"), base, type);

        long samples = 0;
        if (type == DesignType.GRID) {
            if (design.has("samples")) {
                throw new UserException("design.samples", design.get("samples"),
                        "absent for a grid (the grid has the product of its parameters' points)");
            }
        } else {
            samples = positiveLong(design.get("samples"), "design.samples", MAX_ROWS);
            if (type == DesignType.SALTELLI && samples > MAX_ROWS / (parameters.size() + 2)) {
                throw new UserException("design.samples", samples,
                        "at most 2^40/(d+2) base samples for saltelli (d = " + parameters.size() + ")");
            }
        }
        checkDesignLimits(type, samples, parameters);
        Sampler sampler = Sampler.of(type, samples, seed, parameters);
        if (root.has("table")) {
            TableSpec.parse(root.get("table"), type, parameters, base); // validated here; soret-study table reads it
        }
        AnalysisSpec analysis = analysis(root.get("analysis"), type);
        String output = text(root.get("output"), "output");
        if (output.isBlank()) {
            throw new UserException("output", output, "a path or Hadoop FileSystem URI (file:, hdfs:, s3a:...)");
        }
        return new StudySpec(name, seed, type, samples, base, sampler, analysis, output, root.toString());
    }

    private static void validateBase(JsonNode base) {
        for (Iterator<String> it = base.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!CellJson.isKnownKey(key) || key.equals(CellJson.ID)) {
                throw new UserException("base." + key, base.get(key), "a cell input of the contract (section 2); unknown key");
            }
        }
        CellParameters.Builder b = CellParameters.builder();
        CellJson.read(base, b);
        Reason bad = b.inputError();
        if (bad != null) {
            throw new UserException("base." + bad.field(), base.get(bad.field()), bad.message());
        }
    }

    private static List<Parameter> parameters(JsonNode params, JsonNode base, DesignType type) {
        if (params.isEmpty()) {
            throw new UserException("parameters", "{}", "at least one varied input");
        }
        List<Parameter> list = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            String path = "parameters." + key;
            if (NumericInput.fromKey(key) == null) {
                throw new UserException(path, key, "a numeric cell input: " + String.join(", ",
                        java.util.Arrays.stream(NumericInput.ALL).map(NumericInput::key).toList()));
            }
            if (base.has(key)) {
                throw new UserException(path, key, "either fixed in base or varied in parameters, not both");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = MAPPER.convertValue(object(e.getValue(), path), Map.class);
            list.add(ParameterParser.parse(key, entry, type, path)); // validates the distribution, naming the field
        }
        return list;
    }

    private static DesignType designType(String value) {
        for (DesignType t : DesignType.values()) {
            if (t.specName().equals(value)) {
                return t;
            }
        }
        throw new UserException("design.type", value, "one of grid, random, lhs, sobol, saltelli");
    }

    /** The design's own limits, checked here so the sampler never sees a spec it cannot build. */
    private static void checkDesignLimits(DesignType type, long samples, List<Parameter> parameters) {
        int d = parameters.size();
        switch (type) {
            case GRID -> {
                long n = 1;
                for (Parameter p : parameters) {
                    n *= p.grid().size();
                    if (n > MAX_ROWS) {
                        throw new UserException("parameters", "product of points > 2^40", "a grid of at most 2^40 points");
                    }
                }
            }
            case LHS -> {
                if (samples > LhsDesign.MAX_SIZE) {
                    throw new UserException("design.samples", samples, "at most 2^62 for lhs");
                }
            }
            case SOBOL -> {
                if (samples > SobolDesign.MAX_POINTS) {
                    throw new UserException("design.samples", samples, "at most 2^32 for sobol");
                }
                if (d > SobolDesign.MAX_DIMENSION) {
                    throw new UserException("parameters", d + " parameters", "at most " + SobolDesign.MAX_DIMENSION + " for sobol");
                }
            }
            case SALTELLI -> {
                if (samples > SobolDesign.MAX_POINTS) {
                    throw new UserException("design.samples", samples, "at most 2^32 for saltelli");
                }
                if (2 * d > SobolDesign.MAX_DIMENSION) {
                    throw new UserException("parameters", d + " parameters", "at most " + SobolDesign.MAX_DIMENSION / 2 + " for saltelli");
                }
            }
            case RANDOM -> { }
        }
    }

    private static AnalysisSpec analysis(JsonNode node, DesignType type) {
        JsonNode a = node == null ? MAPPER.createObjectNode() : object(node, "analysis");
        onlyKeys(a, ANALYSIS_KEYS, "analysis.");
        boolean sobol = type == DesignType.SALTELLI;
        if (a.has("sobol")) {
            if (!a.get("sobol").isBoolean()) {
                throw new UserException("analysis.sobol", a.get("sobol"), "true or false");
            }
            sobol = a.get("sobol").booleanValue();
            if (sobol && type != DesignType.SALTELLI) {
                throw new UserException("analysis.sobol", true, "true only with design.type \"saltelli\" (Sobol indices need its A/B/AB blocks)");
            }
        }
        List<Double> quantiles = new ArrayList<>(List.of(0.05, 0.5, 0.95));
        if (a.has("quantiles")) {
            JsonNode q = a.get("quantiles");
            if (!q.isArray() || q.isEmpty()) {
                throw new UserException("analysis.quantiles", q, "a non-empty array of probabilities in (0, 1)");
            }
            quantiles.clear();
            for (int i = 0; i < q.size(); i++) {
                double v = q.get(i).isNumber() ? q.get(i).doubleValue() : Double.NaN;
                if (!(v > 0 && v < 1)) {
                    throw new UserException("analysis.quantiles[" + i + "]", q.get(i), "a probability in (0, 1)");
                }
                quantiles.add(v);
            }
        }
        List<OutputField> outputs = new ArrayList<>(List.of(OutputField.SEPARATION));
        if (a.has("outputs")) {
            JsonNode o = a.get("outputs");
            if (!o.isArray() || o.isEmpty()) {
                throw new UserException("analysis.outputs", o, "a non-empty array of scalar output names (contract section 2)");
            }
            outputs.clear();
            for (int i = 0; i < o.size(); i++) {
                OutputField f = o.get(i).isTextual() ? OutputField.fromKey(o.get(i).textValue()) : null;
                if (f == null) {
                    throw new UserException("analysis.outputs[" + i + "]", o.get(i), "a scalar output: " + String.join(", ",
                            java.util.Arrays.stream(OutputField.ALL).map(OutputField::key).toList()));
                }
                outputs.add(f);
            }
        }
        double confidence = 0.95;
        if (a.has("confidence")) {
            confidence = a.get("confidence").isNumber() ? a.get("confidence").doubleValue() : Double.NaN;
            if (!(confidence > 0 && confidence < 1)) {
                throw new UserException("analysis.confidence", a.get("confidence"), "a level in (0, 1), e.g. 0.95");
            }
        }
        int bootstrap = a.has("bootstrap") ? (int) positiveLong(a.get("bootstrap"), "analysis.bootstrap", 100_000) : 200;
        if (bootstrap < 20) {
            throw new UserException("analysis.bootstrap", bootstrap, "an integer from 20 to 100000 (resamples for the intervals)");
        }
        return new AnalysisSpec(sobol, quantiles, outputs, confidence, bootstrap);
    }

    private static long seed(JsonNode v) {
        if (v == null) {
            throw new UserException("seed", null, "an integer in 0..2^63-1 (the study's random stream; same seed, same rows)");
        }
        if (!v.isIntegralNumber()) {
            throw new UserException("seed", v, "an integer in 0..2^63-1");
        }
        BigInteger b = v.bigIntegerValue();
        if (b.signum() < 0 || b.bitLength() > 63) {
            throw new UserException("seed", b, "an integer in 0..2^63-1");
        }
        return b.longValue();
    }

    static long positiveLong(JsonNode v, String field, long max) {
        if (v == null) {
            throw new UserException(field, null, "an integer from 1 to " + max);
        }
        if (!v.isIntegralNumber() || v.bigIntegerValue().signum() <= 0 || v.bigIntegerValue().compareTo(BigInteger.valueOf(max)) > 0) {
            throw new UserException(field, v, "an integer from 1 to " + max);
        }
        return v.longValue();
    }

    static JsonNode object(JsonNode v, String field) {
        if (v == null) {
            throw new UserException(field, null, "a JSON object");
        }
        if (!v.isObject()) {
            throw new UserException(field, v, "a JSON object");
        }
        return v;
    }

    static String text(JsonNode v, String field) {
        if (v == null || !v.isTextual()) {
            throw new UserException(field, v, "a string");
        }
        return v.textValue();
    }

    private static void onlyKeys(JsonNode obj, Set<String> allowed, String prefix) {
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new UserException(prefix + key, key, "unknown key; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }
}
