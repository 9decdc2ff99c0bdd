package org.soretstudy.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.soretstudy.error.UserException;
import org.soretstudy.sampling.DesignType;

/** Every spec rule fails fast with the field at fault (asserted by field, not by message text). */
class SpecParserTest {
    private static final ObjectMapper M = new ObjectMapper();
    private static final String VALID = """
            {"name": "thn-ibb-uq", "seed": 20261123, "design": {"type": "sobol", "samples": 1024},
             "base": {"length": 0.01, "t_hot": 300.5, "t_cold": 299.5, "closure": "binary", "mode": "steady"},
             "parameters": {"diffusion": {"dist": "lognormal", "median": 9.5e-10, "gsd": 1.05},
                            "soret": {"dist": "uniform", "low": 2.5e-3, "high": 4.0e-3},
                            "c0": {"dist": "normal", "mean": 0.5, "sd": 0.01, "low": 0.45, "high": 0.55}},
             "analysis": {"quantiles": [0.05, 0.5, 0.95]},
             "output": "out/thn-ibb-uq"}""";

    @Test
    void theContractExampleIsValid() {
        StudySpec s = SpecParser.parse(VALID);
        assertEquals(DesignType.SOBOL, s.design());
        assertEquals(1024, s.rows());
        assertEquals(java.util.List.of("diffusion", "soret", "c0"), s.parameterNames());
        CentralPointCheck.check(s);
    }

    @Test
    void saltelliRowsAreNTimesDPlusTwo() {
        StudySpec s = SpecParser.parse(VALID.replace("\"sobol\", \"samples\": 1024", "\"saltelli\", \"samples\": 1000"));
        assertEquals(5000, s.rows());
        assertTrue(s.analysis().sobol());
        assertEquals(5, s.blockRows());
    }

    static Stream<Arguments> badSpecs() {
        return Stream.of(
                bad("seed", s -> s.put("seed", -1)),
                bad("seed", s -> s.put("seed", new java.math.BigInteger("9223372036854775808"))),
                bad("seed", s -> s.remove("seed")),
                bad("output", s -> s.remove("output")),
                bad("colour", s -> s.put("colour", "red")),
                bad("design.type", s -> ((ObjectNode) s.get("design")).put("type", "halton")),
                bad("design.samples", s -> ((ObjectNode) s.get("design")).put("samples", 0)),
                bad("design.samples", s -> ((ObjectNode) s.get("design")).remove("samples")),
                bad("design.samples", s -> ((ObjectNode) s.get("design")).put("samples", (1L << 32) + 1)),
                bad("parameters.soret.high", s -> param(s, "soret").put("high", 1e-3)),
                bad("parameters.soret.dist", s -> param(s, "soret").put("dist", "weibull")),
                bad("parameters.c0.sd", s -> param(s, "c0").put("sd", 0)),
                bad("parameters.diffusion.gsd", s -> param(s, "diffusion").put("gsd", Double.NaN)),
                bad("parameters.soret.points", s -> param(s, "soret").put("points", 5)),
                bad("parameters.length", s -> ((ObjectNode) s.get("parameters")).set("length",
                        M.createObjectNode().put("dist", "uniform").put("low", 0.001).put("high", 0.01)).toString().isEmpty()),
                bad("parameters.closure", s -> ((ObjectNode) s.get("parameters")).set("closure",
                        M.createObjectNode().put("dist", "uniform").put("low", 0).put("high", 1)).toString().isEmpty()),
                bad("base.colour", s -> ((ObjectNode) s.get("base")).put("colour", 1)),
                bad("base.closure", s -> ((ObjectNode) s.get("base")).put("closure", "ternary")),
                bad("base.t_hot", s -> ((ObjectNode) s.get("base")).put("t_hot", "hot")),
                bad("analysis.quantiles[1]", s -> ((ObjectNode) s.get("analysis")).set("quantiles", M.createArrayNode().add(0.5).add(1.5))),
                bad("analysis.sobol", s -> ((ObjectNode) s.get("analysis")).put("sobol", true)),
                bad("analysis.outputs[0]", s -> ((ObjectNode) s.get("analysis")).set("outputs", M.createArrayNode().add("colour"))),
                bad("name", s -> s.put("name", "a b/c")));
    }

    private static ObjectNode param(ObjectNode s, String name) { return (ObjectNode) s.get("parameters").get(name); }

    private static Arguments bad(String field, Consumer<ObjectNode> edit) { return Arguments.of(field, edit); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSpecs")
    void aBadSpecNamesItsField(String field, Consumer<ObjectNode> edit) throws Exception {
        ObjectNode s = (ObjectNode) M.readTree(VALID);
        edit.accept(s);
        UserException e = assertThrows(UserException.class, () -> SpecParser.parse(s.toString()));
        assertEquals(field, e.field(), e.getMessage());
    }

    @Test
    void aParameterAlsoFixedInBaseIsAnError() throws Exception {
        ObjectNode s = (ObjectNode) M.readTree(VALID);
        ((ObjectNode) s.get("base")).put("soret", 3e-3);
        assertEquals("parameters.soret", assertThrows(UserException.class, () -> SpecParser.parse(s.toString())).field());
    }

    @Test
    void fixedInputsThatRejectEveryPointAreASpecError() throws Exception {
        ObjectNode s = (ObjectNode) M.readTree(VALID);
        ((ObjectNode) s.get("base")).put("length", -0.01);
        StudySpec spec = SpecParser.parse(s.toString());
        assertEquals("base.length", assertThrows(UserException.class, () -> CentralPointCheck.check(spec)).field());
        // a parameter whose range reaches inadmissible values is not: those points become rejected rows
        ObjectNode t = (ObjectNode) M.readTree(VALID);
        ((ObjectNode) t.get("parameters").get("c0")).put("mean", 0.99).put("sd", 0.1).put("low", 0.5).put("high", 1.5);
        CentralPointCheck.check(SpecParser.parse(t.toString()));
    }

    @Test
    void aYamlSpecReadsLikeItsJson() {
        String yaml = """
                name: thn-ibb-uq
                seed: 20261123
                design: {type: sobol, samples: 1024}
                base: {length: 0.01, t_hot: 300.5, t_cold: 299.5, closure: binary, mode: steady}
                parameters:
                  diffusion: {dist: lognormal, median: 9.5e-10, gsd: 1.05}
                  soret: {dist: uniform, low: 2.5e-3, high: 4.0e-3}
                  c0: {dist: normal, mean: 0.5, sd: 0.01, low: 0.45, high: 0.55}
                analysis: {quantiles: [0.05, 0.5, 0.95]}
                output: out/thn-ibb-uq
                """;
        StudySpec fromYaml = SpecParser.parseYaml(yaml);
        StudySpec fromJson = SpecParser.parse(VALID);
        assertEquals(fromJson.canonicalJson(), fromYaml.canonicalJson());
        double[] a = new double[3], b = new double[3];
        fromYaml.sampler().values(77, a);
        fromJson.sampler().values(77, b);
        org.junit.jupiter.api.Assertions.assertArrayEquals(b, a, 0.0);
    }

    @Test
    void notJsonIsAnErrorOnTheSpec() {
        assertEquals("spec", assertThrows(UserException.class, () -> SpecParser.parse("{\"seed\": 1,")).field());
    }
}
