package org.soretstudy.surrogate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.soretstudy.solver.table.AxisScale;
import org.soretstudy.solver.table.SurrogateTable;
import org.soretstudy.solver.table.TableAxis;
import org.soretstudy.solver.table.TableOutput;

/** Lookups answer every line in order: exact values of a bilinear table, and a reason for every bad point. */
class TableLookupTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** f = 1 + 2 c0 + 3 ln(soret) + c0 ln(soret): bilinear in (c0, ln soret), so reproduced exactly. */
    private static SurrogateTable table() {
        TableAxis c0 = new TableAxis("c0", AxisScale.LINEAR, new double[] {0.1, 0.5, 0.9});
        TableAxis soret = new TableAxis("soret", AxisScale.LOG, new double[] {1e-3, 1e-2});
        double[] f = new double[6];
        double[] g = {1, 2, 3, 4, 5, Double.NaN}; // the last grid point was not ok
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 2; k++) {
                double c = c0.value(i);
                double l = Math.log(soret.value(k));
                f[i * 2 + k] = 1 + 2 * c + 3 * l + c * l;
            }
        }
        return SurrogateTable.of(List.of(c0, soret), List.of(new TableOutput("f", "1"), new TableOutput("g", "s")),
                new double[][] {f, g}, new double[][] {{0.01, 0.02}, {0.5, Double.NaN}});
    }

    private static List<JsonNode> lookup(String lines) throws IOException {
        StringWriter out = new StringWriter();
        new TableLookup(table()).lookupLines(new StringReader(lines), out);
        List<JsonNode> result = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            result.add(JSON.readTree(line));
        }
        return result;
    }

    @Test
    void aPointInsideGetsItsValuesAndItsCellsBounds() throws IOException {
        JsonNode r = lookup("{\"id\": \"a\", \"c0\": 0.3, \"soret\": 0.003}\n").get(0);
        assertEquals("a", r.get("id").asText());
        assertEquals("ok", r.get("status").asText());
        assertTrue(r.get("reason").isNull());
        double l = Math.log(0.003);
        assertEquals(1 + 2 * 0.3 + 3 * l + 0.3 * l, r.get("f").asDouble(), 1e-13);
        assertEquals(0.01, r.get("f_error").asDouble(), 0);
        assertEquals(0.5, r.get("g_error").asDouble(), 0);
    }

    @Test
    void everyBadPointIsRejectedWithItsReasonAndTheStreamGoesOn() throws IOException {
        List<JsonNode> r = lookup(String.join("\n",
                "{\"id\": 1, \"c0\": 0.95, \"soret\": 0.003}",
                "{\"id\": 2, \"c0\": 0.3, \"soret\": 0}",
                "{\"id\": 3, \"c0\": 0.3}",
                "{\"id\": 4, \"c0\": \"0.3\", \"soret\": 0.003}",
                "not json",
                "[1, 2]",
                "{\"id\": 7, \"c0\": 0.3, \"soret\": 0.003, \"t_hot\": 300}",
                "{\"id\": 8, \"c0\": 0.7, \"soret\": 0.005}",
                "",
                "{\"id\": 10, \"c0\": 0.9, \"soret\": 0.01}"));
        assertEquals(10, r.size());
        String[][] expected = {
            {"out_of_range", "c0"}, {"out_of_range", "soret"}, {"missing", "soret"}, {"unparseable", "c0"},
            {"unparseable", "line"}, {"unparseable", "line"}, {"unknown_key", "t_hot"}, {"no_value", "g"},
            {"unparseable", "line"}};
        for (int i = 0; i < expected.length; i++) {
            assertEquals("rejected", r.get(i).get("status").asText(), "line " + (i + 1));
            assertEquals(expected[i][0], r.get(i).at("/reason/code").asText(), "line " + (i + 1));
            assertEquals(expected[i][1], r.get(i).at("/reason/field").asText(), "line " + (i + 1));
            assertTrue(r.get(i).get("f").isNull());
        }
        assertTrue(r.get(0).at("/reason/message").asText().contains("[0.1, 0.9]"));
        assertEquals(1, r.get(0).get("id").asInt());
        // the table's far corner is inside; its bound is NaN there, written null
        assertEquals("no_value", r.get(9).at("/reason/code").asText());
    }
}
