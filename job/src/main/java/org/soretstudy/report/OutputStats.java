package org.soretstudy.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One output's entry of summary.json's {@code statistics} (over the ok rows); JSON null reads as NaN.
 *
 * @param quantiles probability as written in the summary ("0.05") to value, in the summary's order
 */
record OutputStats(String output, long count, double mean, double std, double min, double max, Map<String, Double> quantiles) {

    static OutputStats of(String output, JsonNode s) {
        Map<String, Double> q = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = s.path("quantiles").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            q.put(e.getKey(), number(e.getValue()));
        }
        return new OutputStats(output, s.path("count").asLong(0), number(s.path("mean")), number(s.path("std")),
                number(s.path("min")), number(s.path("max")), q);
    }

    /** Whether the output took more than one value over the ok rows. */
    boolean varies() { return count > 1 && max > min; }

    static double number(JsonNode n) {
        return n != null && n.isNumber() ? n.asDouble() : Double.NaN;
    }
}
