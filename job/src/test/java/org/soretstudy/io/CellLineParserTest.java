package org.soretstudy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.NumericInput;

/** The fast line reader against the Jackson tree reader ({@link CellJson}): the same cell, or a refusal. */
class CellLineParserTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static CellParameters viaTree(String line) throws Exception {
        CellParameters.Builder b = CellParameters.builder();
        CellJson.read(MAPPER.readTree(line), b);
        return b.build();
    }

    private static boolean fast(String line, CellParameters.Builder b) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return new CellLineParser().parse(bytes, 0, bytes.length, b);
    }

    /** A number written in one of the ways people and programs write them. */
    private static String numberText(double v, SplittableRandom rng) {
        return switch (rng.nextInt(7)) {
            case 0 -> Double.toString(v);
            case 1 -> String.format(Locale.ROOT, "%.17g", v);
            case 2 -> String.format(Locale.ROOT, "%.6e", v);
            case 3 -> String.format(Locale.ROOT, "%.3E", v).replace("E-0", "E-").replace("E+", "e+");
            case 4 -> Long.toString((long) (v * 1e6) % 1_000_000_000_000L);
            case 5 -> Math.abs(v) < 1e15 ? new java.math.BigDecimal(v).toPlainString() : Double.toString(v); // every digit
            default -> Math.abs(v) < 1e30 ? String.format(Locale.ROOT, "%.25f", v) : Double.toString(v);
        };
    }

    @Test
    void twentyThousandRandomCellsReadExactlyAsTheTreeReaderReadsThem() throws Exception {
        SplittableRandom rng = new SplittableRandom(42);
        List<String> enums = List.of("\"closure\": \"dilute\"", "\"thermal_bc\": \"flux\"", "\"soret_model\": \"piazza\"",
                "\"thermo\": \"ideal_dilute\"", "\"initial_temperature\": \"uniform\"", "\"mode\": \"transient\"");
        int taken = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder line = new StringBuilder("{");
            line.append(rng.nextBoolean() ? "\"id\": " + (rng.nextLong() >> rng.nextInt(8, 64)) : "\"id\":\"run-" + i + "\"");
            for (NumericInput in : NumericInput.ALL) {
                if (rng.nextInt(3) == 0) {
                    int scale = rng.nextInt(10) == 0 ? rng.nextInt(-1070, 1000) : rng.nextInt(-60, 60);
                    double v = Math.scalb(rng.nextDouble(), scale) * (rng.nextBoolean() ? 1 : -1);
                    line.append(rng.nextBoolean() ? ", " : ",").append('"').append(in.key()).append("\":")
                            .append(rng.nextBoolean() ? " " : "").append(numberText(v, rng));
                }
            }
            if (rng.nextBoolean()) {
                line.append(", ").append(enums.get(rng.nextInt(enums.size())));
            }
            if (rng.nextBoolean()) {
                line.append(", \"times\": [").append(numberText(rng.nextDouble() * 1e4, rng)).append(", 5000, 1.5e4 ]");
            }
            if (rng.nextInt(4) == 0) {
                line.append(", \"cells\": ").append(4 + rng.nextInt(5000));
            }
            if (rng.nextInt(5) == 0) {
                line.append(", \"gas\": null"); // null: not given
            }
            line.append(rng.nextBoolean() ? "}" : " } ");
            String text = line.toString();
            CellParameters.Builder b = CellParameters.builder();
            if (fast(text, b)) {
                taken++;
                assertEquals(viaTree(text), b.build(), text);
            }
        }
        assertTrue(taken > 19_000, "the fast reader takes the ordinary lines: only " + taken);
    }

    @Test
    void integersAndNegativeZeroAreReadAsJacksonsIntegerNodesDo() throws Exception {
        for (String v : List.of("0", "-0", "-0.0", "0.0", "123456789012345678", "-98765", "1e0", "1E+2", "2.5e-3", "9007199254740993",
                "4.9e-324", "2.2250738585072011e-308", "1.7976931348623157e308", "0.1000000000000000055511151231257827")) {
            String line = "{\"length\": " + v + "}";
            CellParameters.Builder b = CellParameters.builder();
            assertTrue(fast(line, b), line);
            assertEquals(Double.doubleToRawLongBits(viaTree(line).get(NumericInput.LENGTH)),
                    Double.doubleToRawLongBits(b.build().get(NumericInput.LENGTH)), line);
        }
    }

    @Test
    void oddLinesAreLeftToTheFullReader() {
        for (String line : List.of("", "[1]", "{\"length\": 1", "{\"length\": 1,}", "{\"colour\": 1}", "{\"length\": 1, \"length\": 2}",
                "{\"length\": \"1\"}", "{\"length\": 01}", "{\"length\": 1.}", "{\"length\": .5}", "{\"length\": 1e}", "{\"length\": 1e400}",
                "{\"length\": 1234567890123456789}", "{\"mode\": \"sideways\"}", "{\"mode\": \"tr\\u0061nsient\"}", "{\"id\": 1.5}",
                "{\"id\": -0}", "{\"id\": \"caf\u00e9\"}", "{\"id\": [1]}", "{\"cells\": 0}", "{\"cells\": 64.0}", "{\"times\": [1, \"2\"]}",
                "{\"gas\": {}}", "{\"length\": 1} x", "{\"length\": 1}{}", "{\"length\": NaN}", "{\"length\": nul}", "{\"id\": tru}")) {
            assertFalse(fast(line, CellParameters.builder()), line);
        }
    }
}
