package org.soretstudy.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.soretstudy.error.UserException;

/** Named mixtures: base filled from the curated entry, base wins, measured priors, spec errors. */
class MixtureResolverTest {
    private static final ObjectMapper M = new ObjectMapper();

    private static String spec(String base, String parameters) {
        return """
                {"name": "m", "seed": 1, "mixture": "fontainebleau-thn-ibb", "design": {"type": "random", "samples": 100},
                 "base": %s, "parameters": %s, "output": "out/m"}""".formatted(base, parameters);
    }

    private static JsonNode stored(StudySpec s) throws Exception { return M.readTree(s.canonicalJson()); }

    @Test
    void mixtureFillsBaseAndGivenKeysWin() throws Exception {
        StudySpec s = SpecParser.parse(spec("{\"length\": 0.01, \"t_hot\": 300.0, \"t_cold\": 290.0}",
                "{\"diffusion\": {\"dist\": \"uniform\", \"low\": 8e-10, \"high\": 9e-10}}"));
        JsonNode base = stored(s).get("base");
        // Platten et al. 2003, THN/IBB 50 wt%: S_T = 3.3e-3 1/K (restated from the curated entry's source)
        assertEquals(3.3e-3, base.get("soret").asDouble());
        assertEquals(0.5, base.get("c0").asDouble());
        assertEquals(300.0, base.get("t_hot").asDouble(), "base wins over the entry's 303.15");
        assertFalse(base.has("diffusion"), "a varied parameter is not fixed in base");
        assertFalse(stored(s).has("mixture"), "the stored spec is self-contained");
    }

    @Test
    void measuredBecomesATruncatedNormalAtTheEntryValue() throws Exception {
        StudySpec s = SpecParser.parse(spec("{\"length\": 0.01}", "{\"soret\": {\"dist\": \"measured\"}}"));
        JsonNode soret = stored(s).at("/parameters/soret");
        assertEquals("normal", soret.get("dist").asText());
        assertEquals(3.3e-3, soret.get("mean").asDouble());
        // Matsuura et al. 2015: u(S_T) within 16 % at k = 2, i.e. 8 % of 3.3e-3 = 2.64e-4 (curated rounded to 2.6e-4)
        assertEquals(2.6e-4, soret.get("sd").asDouble());
        assertFalse(soret.has("low"), "S_T may take either sign: no truncation");
    }

    @Test
    void measuredWithoutAStatedUncertaintyIsASpecErrorNamingTheParameter() {
        UserException e = assertThrows(UserException.class,
                () -> SpecParser.parse(spec("{\"length\": 0.01}", "{\"diffusion\": {\"dist\": \"measured\"}}")));
        assertEquals("parameters.diffusion", e.field());
        assertTrue(e.getMessage().contains("soret"), e.getMessage());
    }

    @Test
    void unknownMixtureListsTheNames() {
        UserException e = assertThrows(UserException.class,
                () -> SpecParser.parse(spec("{}", "{\"c0\": {\"dist\": \"uniform\", \"low\": 0.4, \"high\": 0.6}}")
                        .replace("fontainebleau-thn-ibb", "thn-ibb")));
        assertEquals("mixture", e.field());
        assertTrue(e.getMessage().contains("fontainebleau-thn-nc12") && e.getMessage().contains("he-ar"), e.getMessage());
    }

    @Test
    void gasMixtureFillsTheContractGasObject() throws Exception {
        StudySpec s = SpecParser.parse(spec("{\"length\": 0.01}", "{\"t_hot\": {\"dist\": \"uniform\", \"low\": 300, \"high\": 320}}")
                .replace("fontainebleau-thn-ibb", "he-ar"));
        JsonNode gas = stored(s).at("/base/gas");
        assertEquals(0.5, gas.get("x1").asDouble());
        assertEquals(2, gas.get("species").size());
        assertEquals(4.002602e-3, gas.at("/species/0/molar_mass").asDouble());
    }
}
