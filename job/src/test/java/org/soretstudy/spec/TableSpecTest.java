package org.soretstudy.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.soretstudy.error.UserException;
import org.soretstudy.solver.OutputField;

/** The table block: what it accepts, and the field each bad value is reported under. */
class TableSpecTest {
    static String spec(String design, String base, String table) {
        return """
                {"seed": 1, "design": %s, "base": {"length": 0.01, "t_hot": 301, "t_cold": 299, "diffusion": 1e-9%s},
                 "parameters": {"c0": {"dist": "uniform", "low": 0.1, "high": 0.9, "points": 5},
                                "soret": {"dist": "uniform", "low": 1e-3, "high": 1e-2, "points": 3, "scale": "log"}},
                 "table": %s, "output": "out/x"}""".formatted(design, base, table);
    }

    static String field(String design, String base, String table) {
        return assertThrows(UserException.class, () -> SpecParser.parse(spec(design, base, table))).field();
    }

    @Test
    void aValidBlockIsReadBack() {
        TableSpec t = TableSpec.of(SpecParser.parse(spec("{\"type\": \"grid\"}", "",
                "{\"outputs\": [\"separation\", \"c_hot\"], \"tolerance\": {\"c_hot\": 1e-4}, \"max_points\": 9}")));
        assertEquals(List.of(OutputField.SEPARATION, OutputField.C_HOT), t.outputs());
        assertArrayEquals(new double[] {Double.NaN, 1e-4}, t.tolerances());
        assertEquals(9, t.maxPoints());
        TableSpec all = TableSpec.of(SpecParser.parse(spec("{\"type\": \"grid\"}", "", "{\"outputs\": [\"separation\"], \"tolerance\": 2e-5}")));
        assertEquals(TableSpec.DEFAULT_MAX_POINTS, all.maxPoints());
        assertNull(TableSpec.of(SpecParser.parse(spec("{\"type\": \"grid\"}", "", "{\"outputs\": [\"tau\"]}").replace("\"table\": {\"outputs\": [\"tau\"]}, ", ""))));
    }

    @Test
    void badBlocksNameTheirField() {
        String grid = "{\"type\": \"grid\"}";
        String sobol = spec("{\"type\": \"sobol\", \"samples\": 8}", "", "{\"outputs\": [\"separation\"]}")
                .replace(", \"points\": 5", "").replace(", \"points\": 3, \"scale\": \"log\"", "");
        assertEquals("design.type", assertThrows(UserException.class, () -> SpecParser.parse(sobol)).field());
        assertEquals("table.outputs", field(grid, "", "{\"outputs\": []}"));
        assertEquals("table.outputs[1]", field(grid, "", "{\"outputs\": [\"separation\", \"separation_at\"]}"));
        assertEquals("table.outputs[1]", field(grid, "", "{\"outputs\": [\"separation\", \"separation\"]}"));
        assertEquals("table.outputs[0]", field(grid, "", "{\"outputs\": [\"t99\"]}")); // steady mode has no t99
        assertEquals("table.tolerance", field(grid, "", "{\"outputs\": [\"separation\"], \"tolerance\": -1}"));
        assertEquals("table.tolerance.tau", field(grid, "", "{\"outputs\": [\"separation\"], \"tolerance\": {\"tau\": 1}}"));
        assertEquals("table.max_points", field(grid, "", "{\"outputs\": [\"separation\"], \"max_points\": 9}"));
        assertEquals("table.max_points", field(grid, "", "{\"outputs\": [\"separation\"], \"tolerance\": 1, \"max_points\": 4}"));
        assertEquals("table.max_points", field(grid, "", "{\"outputs\": [\"separation\"], \"tolerance\": 1, \"max_points\": 100000}"));
        assertEquals("table.colour", field(grid, "", "{\"outputs\": [\"separation\"], \"colour\": 1}"));
        assertEquals("table", field(grid, "", "[1]"));
    }
}
