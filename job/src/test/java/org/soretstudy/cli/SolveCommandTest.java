package org.soretstudy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@code soret-study solve}: one result per line, in order, whatever the lines hold. */
class SolveCommandTest {
    private static final ObjectMapper M = new ObjectMapper();

    @Test
    void aHundredThousandMixedLinesGiveAHundredThousandResultsInOrder() throws Exception {
        SplittableRandom rng = new SplittableRandom(3);
        StringBuilder in = new StringBuilder();
        int n = 100_000;
        char[] kinds = new char[n];
        for (int i = 0; i < n; i++) {
            int k = rng.nextInt(10);
            String line = switch (k) {
                case 0 -> "{\"id\": " + i + ", \"length\": 0.01, \"t_hot\": 300.5"; // truncated JSON
                case 1 -> "{\"id\": " + i + ", \"length\": -1, \"t_hot\": 300.5, \"t_cold\": 299.5, \"c0\": 0.5, \"diffusion\": 1e-9, \"soret\": 3e-3}";
                case 2 -> "{\"id\": " + i + ", \"length\": 0.01, \"t_hot\": 300.5, \"t_cold\": 299.5, \"c0\": 0.5, \"diffusion\": 1e-9, \"soret\": 3e-3, \"colour\": 1}";
                case 3 -> "[1, 2, 3]";
                default -> "{\"id\": " + i + ", \"length\": 0.01, \"t_hot\": 300.5, \"t_cold\": 299.5, \"c0\": " + (0.1 + 0.8 * rng.nextDouble())
                        + ", \"diffusion\": 1e-9, \"soret\": 3e-3}";
            };
            kinds[i] = (char) ('0' + k);
            in.append(line).append('\n');
        }
        StringWriter out = new StringWriter();
        long written = SolveCommand.solveLines(new StringReader(in.toString()), out);
        assertEquals(n, written);
        String[] lines = out.toString().split("\n");
        assertEquals(n, lines.length);
        for (int i = 0; i < n; i++) {
            JsonNode r = M.readTree(lines[i]);
            switch (kinds[i]) {
                case '0', '3' -> {
                    assertEquals("rejected", r.get("status").asText());
                    assertEquals("unparseable", r.at("/reason/code").asText());
                }
                case '1' -> {
                    assertEquals(i, r.get("id").asInt());
                    assertEquals("out_of_range", r.at("/reason/code").asText());
                    assertEquals("length", r.at("/reason/field").asText());
                }
                case '2' -> {
                    assertEquals(i, r.get("id").asInt());
                    assertEquals("unknown_key", r.at("/reason/code").asText());
                    assertEquals("colour", r.at("/reason/field").asText());
                }
                default -> {
                    assertEquals(i, r.get("id").asInt(), "results come back in input order");
                    assertEquals("ok", r.get("status").asText());
                    assertTrue(r.get("reason").isNull());
                    assertTrue(r.get("separation").asDouble() > 0);
                    assertTrue(r.get("separation_at").isNull(), "steady mode leaves transient outputs null");
                    assertEquals("unknown", r.get("convection").asText());
                }
            }
        }
    }
}
