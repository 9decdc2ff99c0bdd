package org.soretstudy.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.soretstudy.error.UserException;
import org.soretstudy.sampling.DesignType;
import org.soretstudy.sampling.Parameter;

class ParameterParserTest {
    @Test
    void gridNeedsBoundsAndPositiveLowForLogScale() {
        UserException e = assertThrows(UserException.class, () -> ParameterParser.parse("c",
                Map.of("dist", "normal", "mean", 0.5, "sd", 0.01, "points", 3), DesignType.GRID, "parameters.c"));
        assertEquals("parameters.c.dist", e.field());
        e = assertThrows(UserException.class, () -> ParameterParser.parse("c",
                Map.of("dist", "lognormal", "median", 1.0, "gsd", 2.0, "points", 3), DesignType.GRID, "parameters.c"));
        assertEquals("parameters.c.dist", e.field());
        e = assertThrows(UserException.class, () -> ParameterParser.parse("c",
                Map.of("dist", "uniform", "low", 0.0, "high", 1.0, "points", 3, "scale", "log"),
                DesignType.GRID, "parameters.c"));
        assertEquals("parameters.c.scale", e.field());
        e = assertThrows(UserException.class, () -> ParameterParser.parse("c",
                Map.of("dist", "uniform", "low", 0.0, "high", 1.0), DesignType.GRID, "parameters.c"));
        assertEquals("parameters.c.points", e.field());
        e = assertThrows(UserException.class, () -> ParameterParser.parse("c",
                Map.of("dist", "uniform", "low", 0.0, "high", 1.0, "points", 1), DesignType.GRID, "parameters.c"));
        assertEquals("parameters.c.points", e.field());
        e = assertThrows(UserException.class, () -> ParameterParser.parse("c",
                Map.of("dist", "uniform", "low", 0.0, "high", 1.0, "points", 3), DesignType.SOBOL, "parameters.c"));
        assertEquals("parameters.c.points", e.field());
        // truncated normal has bounds: a grid is fine
        Parameter ok = ParameterParser.parse("c", Map.of("dist", "normal", "mean", 0.5, "sd", 0.01, "low", 0.45,
                "high", 0.55, "points", 3), DesignType.GRID, "parameters.c");
        assertArrayEquals(new double[] {0.45, 0.5, 0.55}, ok.grid().values(), 1e-15);
    }

    @Test
    void gridEntriesBecomeAxes() {
        Parameter q = ParameterParser.parse("q", Map.of("dist", "loguniform", "low", 1.0, "high", 100.0, "points", 3,
                "scale", "log"), DesignType.GRID, "parameters.q");
        assertArrayEquals(new double[] {1, 10, 100}, q.grid().values(), 1e-13);
        Parameter k = ParameterParser.parse("k", Map.of("dist", "discrete", "values", java.util.List.of(7, 5)),
                DesignType.GRID, "parameters.k");
        assertArrayEquals(new double[] {7, 5}, k.grid().values(), 0.0);
    }
}
