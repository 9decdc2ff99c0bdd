package org.soretstudy.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.soretstudy.datasets.CuratedData;
import org.soretstudy.datasets.Entry;
import org.soretstudy.error.UserException;

/**
 * Named mixtures in a spec (contract section 3): a top-level {@code "mixture": NAME} fills {@code base} with the
 * curated entry's inputs (keys given in {@code base}, or varied in {@code parameters}, win), and a parameter
 * written {@code {"dist": "measured"}} becomes a normal distribution at the entry's value with its stated
 * standard uncertainty, truncated to the admissible side of the input. Rewrites the spec tree before it is
 * parsed, so the stored spec is self-contained (the {@code mixture} key is replaced by what it stood for).
 */
public final class MixtureResolver {
    static final String KEY = "mixture";
    /** Inputs that must be > 0: a measured prior of them is truncated at 0. */
    private static final Set<String> POSITIVE = Set.of("length", "t_hot", "t_cold", "t_initial", "diffusion", "density",
            "heat_capacity", "conductivity", "dmu_dc", "molar_mass_1", "molar_mass_2", "viscosity", "t_width");
    /** Mass fractions: truncated to (0, 1). */
    private static final Set<String> FRACTION = Set.of("c0");

    private MixtureResolver() { }

    /** Resolves {@code mixture} with the shipped curated data; returns the same tree, rewritten. */
    public static ObjectNode resolve(ObjectNode root) {
        return root.has(KEY) ? resolve(root, CuratedData.load()) : root;
    }

    static ObjectNode resolve(ObjectNode root, CuratedData data) {
        JsonNode nameNode = root.get(KEY);
        if (nameNode == null) {
            return root;
        }
        String allowed = "the name of a curated entry (soret-study datasets): "
                + data.entries().stream().map(Entry::name).collect(Collectors.joining(", "));
        if (!nameNode.isTextual()) {
            throw new UserException(KEY, nameNode, allowed);
        }
        Entry entry = data.entry(nameNode.asText()).orElseThrow(() -> new UserException(KEY, nameNode.asText(), allowed));
        JsonNode baseNode = root.get("base");
        if (baseNode != null && !baseNode.isObject()) {
            throw new UserException("base", baseNode, "a JSON object of cell inputs");
        }
        ObjectNode base = baseNode == null ? root.putObject("base") : (ObjectNode) baseNode;
        JsonNode params = root.get("parameters");
        for (Map.Entry<String, Object> in : entry.inputs().entrySet()) {
            String key = in.getKey();
            if (!base.has(key) && !(params != null && params.has(key))) {
                base.set(key, CuratedJson.value(in.getValue()));
            }
        }
        if (params != null && params.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                if (isMeasured(p.getValue())) {
                    p.setValue(measured(entry, p.getKey(), (ObjectNode) p.getValue()));
                }
            }
        }
        root.remove(KEY);
        return root;
    }

    private static boolean isMeasured(JsonNode p) {
        return p.isObject() && p.path("dist").isTextual() && p.get("dist").asText().equals("measured");
    }

    private static ObjectNode measured(Entry entry, String key, ObjectNode p) {
        String path = "parameters." + key;
        for (Iterator<String> it = p.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!k.equals("dist")) {
                throw new UserException(path + "." + k, p.get(k), "no other key with dist \"measured\" (the entry gives mean and sd)");
            }
        }
        if (!(entry.inputs().get(key) instanceof Double mean)) {
            throw new UserException(path, "measured", "a parameter the mixture " + entry.name() + " gives a number for: "
                    + entry.uncertainty().keySet());
        }
        Double sd = entry.uncertainty().get(key);
        if (sd == null) {
            throw new UserException(path, "measured", "a parameter with a stated standard uncertainty in mixture " + entry.name()
                    + " (it states one for " + (entry.uncertainty().isEmpty() ? "none" : entry.uncertainty().keySet().toString())
                    + "); give an explicit distribution for " + key);
        }
        ObjectNode normal = p.objectNode();
        normal.put("dist", "normal");
        normal.put("mean", mean);
        normal.put("sd", sd);
        if (POSITIVE.contains(key) || FRACTION.contains(key)) {
            normal.put("low", 0.0);
        }
        if (FRACTION.contains(key)) {
            normal.put("high", 1.0);
        }
        return normal;
    }
}
