package org.soretstudy.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.soretstudy.datasets.Entry;
import org.soretstudy.datasets.Source;

/** The JSON form of curated entries (contract section 6): what {@code datasets --json} prints and mixtures read. */
public final class CuratedJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CuratedJson() { }

    /** {@code name, kind, description, inputs, uncertainty, source {citation, doi, where, verified, verified_from}, verified}. */
    public static ObjectNode entry(Entry e) {
        ObjectNode o = NODES.objectNode();
        o.put("name", e.name());
        o.put("kind", e.kind().key());
        o.put("description", e.description());
        o.set("inputs", value(new TreeMap<>(e.inputs())));
        ObjectNode u = NODES.objectNode();
        new TreeMap<>(e.uncertainty()).forEach(u::put);
        o.set("uncertainty", u);
        o.set("source", source(e.source()));
        if (e.uncertaintySource() != null) {
            o.set("uncertainty_source", source(e.uncertaintySource()));
        }
        o.put("verified", e.verified());
        return o;
    }

    private static ObjectNode source(Source s) {
        ObjectNode o = NODES.objectNode();
        o.put("citation", s.citation());
        if (s.doi() != null) {
            o.put("doi", s.doi());
        }
        o.put("where", s.where());
        o.put("verified", s.verified());
        if (s.verifiedFrom() != null) {
            o.put("verified_from", s.verifiedFrom());
        }
        return o;
    }

    /** A curated value (number, text, boolean, map, list) as a JSON node. */
    @SuppressWarnings("unchecked")
    public static JsonNode value(Object v) {
        if (v instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (v instanceof String s) {
            return NODES.textNode(s);
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode o = NODES.objectNode();
            ((Map<String, Object>) m).forEach((k, x) -> o.set(k, value(x)));
            return o;
        }
        if (v instanceof List<?> l) {
            ArrayNode a = NODES.arrayNode();
            l.forEach(x -> a.add(value(x)));
            return a;
        }
        return NODES.nullNode();
    }
}
