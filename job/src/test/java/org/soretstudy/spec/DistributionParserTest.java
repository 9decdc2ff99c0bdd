package org.soretstudy.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.soretstudy.error.UserException;
import org.soretstudy.sampling.Distribution;

class DistributionParserTest {
    private static final String P = "parameters.soret";

    private static UserException fails(String dist, Map<String, ?> args) {
        return assertThrows(UserException.class, () -> DistributionParser.parse(dist, args, P));
    }

    private static void assertField(String field, UserException e) {
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(e.field() + " = " + e.value() + ": " + e.allowed(), e.getMessage());
    }

    @Test
    void parsesEveryDistribution() {
        assertEquals(Distribution.uniform(1, 2), DistributionParser.parse("uniform", Map.of("low", 1, "high", 2.0), P));
        assertEquals(Distribution.loguniform(1, 2), DistributionParser.parse("loguniform", Map.of("low", 1, "high", 2), P));
        assertEquals(Distribution.normal(0.5, 0.01, 0.45, 0.55),
                DistributionParser.parse("normal", Map.of("mean", 0.5, "sd", 0.01, "low", 0.45, "high", 0.55), P));
        assertEquals(Distribution.normal(0, 1, 2, Double.POSITIVE_INFINITY),
                DistributionParser.parse("normal", Map.of("mean", 0, "sd", 1, "low", 2), P));
        assertEquals(Distribution.lognormal(9.5e-10, 1.05),
                DistributionParser.parse("lognormal", Map.of("dist", "lognormal", "median", 9.5e-10, "gsd", 1.05), P));
        assertEquals(Distribution.beta(2, 3, 0, 1), DistributionParser.parse("beta", Map.of("alpha", 2, "beta", 3), P));
        assertEquals(Distribution.triangular(0, 0, 1),
                DistributionParser.parse("triangular", Map.of("low", 0, "mode", 0, "high", 1), P));
        assertInstanceOf(Distribution.Discrete.class,
                DistributionParser.parse("discrete", Map.of("values", List.of(1, 2.5), "weights", List.of(0, 3)), P));
    }

    @Test
    void everyRuleNamesItsField() {
        assertField(P + ".dist", fails("gaussian", Map.of()));
        assertField(P + ".dist", fails(null, Map.of()));
        assertField(P + ".hgih", fails("uniform", Map.of("low", 1, "hgih", 2)));
        assertField(P + ".high", fails("uniform", Map.of("low", 1)));
        assertField(P + ".high", fails("uniform", Map.of("low", 2, "high", 1)));
        assertField(P + ".high", fails("uniform", Map.of("low", 1, "high", 1)));
        assertField(P + ".low", fails("uniform", Map.of("low", Double.NaN, "high", 1)));
        assertField(P + ".high", fails("uniform", Map.of("low", 0, "high", Double.POSITIVE_INFINITY)));
        assertField(P + ".low", fails("uniform", Map.of("low", "0.1", "high", 1)));
        assertField(P + ".low", fails("loguniform", Map.of("low", 0, "high", 1)));
        assertField(P + ".sd", fails("normal", Map.of("mean", 0, "sd", 0)));
        assertField(P + ".sd", fails("normal", Map.of("mean", 0, "sd", -1)));
        assertField(P + ".mean", fails("normal", Map.of("sd", 1)));
        assertField(P + ".high", fails("normal", Map.of("mean", 0, "sd", 1, "low", 1, "high", 1)));
        assertField(P + ".gsd", fails("lognormal", Map.of("median", 1, "gsd", 1)));
        assertField(P + ".median", fails("lognormal", Map.of("median", 0, "gsd", 2)));
        assertField(P + ".alpha", fails("beta", Map.of("alpha", 0, "beta", 1)));
        assertField(P + ".beta", fails("beta", Map.of("alpha", 1, "beta", -2)));
        assertField(P + ".high", fails("beta", Map.of("alpha", 1, "beta", 2, "low", 1, "high", 0)));
        assertField(P + ".mode", fails("triangular", Map.of("low", 0, "mode", 2, "high", 1)));
        assertField(P + ".mode", fails("triangular", Map.of("low", 0, "mode", -0.1, "high", 1)));
        assertField(P + ".values", fails("discrete", Map.of("values", List.of())));
        assertField(P + ".values", fails("discrete", Map.of()));
        assertField(P + ".values[1]", fails("discrete", Map.of("values", List.of(1, Double.NaN))));
        assertField(P + ".weights", fails("discrete", Map.of("values", List.of(1, 2), "weights", List.of(1))));
        assertField(P + ".weights[0]", fails("discrete", Map.of("values", List.of(1, 2), "weights", List.of(-1, 2))));
        assertField(P + ".weights", fails("discrete", Map.of("values", List.of(1, 2), "weights", List.of(0, 0))));
        Map<String, Object> nulls = new HashMap<>();
        nulls.put("low", 0);
        nulls.put("high", null);
        assertField(P + ".high", fails("uniform", nulls));
    }

    @Test
    void messageShowsFieldValueAndRule() {
        UserException e = fails("uniform", Map.of("low", 4.0e-3, "high", 2.5e-3));
        assertEquals("parameters.soret.high = 0.0025: a number > low (0.004)", e.getMessage());
        assertEquals("0.0025", e.value());
        e = fails("gaussian", Map.of());
        assertEquals("\"gaussian\"", e.value());
        assertEquals("missing", fails("uniform", Map.of("low", 1)).value());
    }
}
