package org.soretstudy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.soretstudy.spec.SpecParser;
import org.soretstudy.spec.StudySpec;

/**
 * The example studies shipped in datasets/studies validate as written and run a short version (the Saltelli
 * base size cut to 512; grids as written, at most 81 rows) on the shared local Spark session, with a
 * physics check of each.
 */
class ExampleStudiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static StudyRunner runner;

    @BeforeAll
    static void start() {
        runner = new StudyRunner(SharedSpark.get());
    }

    /** The shipped spec (from the datasets jar), validated as is, then shortened and pointed at a temp folder. */
    private static Path run(String name, long saltelliSamples) throws Exception {
        ObjectNode spec;
        try (InputStream in = ExampleStudiesTest.class.getResourceAsStream("/soret-study/studies/" + name + ".json")) {
            spec = (ObjectNode) JSON.readTree(in);
        }
        assertTrue(spec.get("description").asText().length() > 200, "a description a reader learns from");
        SpecParser.parse(spec.toString());
        if (saltelliSamples > 0) {
            ((ObjectNode) spec.get("design")).put("samples", saltelliSamples);
        }
        Path out = dir.resolve(name);
        spec.put("output", out.toString());
        StudySpec parsed = SpecParser.parse(spec.toString());
        runner.run(parsed, RunOptions.quiet());
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(parsed.rows(), summary.at("/counts/ok").asLong(), () -> name + ": every row ok " + summary.get("counts"));
        return out;
    }

    private static JsonNode summary(Path out) throws Exception { return JSON.readTree(out.resolve("summary.json").toFile()); }

    @Test
    void fontainebleauUncertaintyIsCarriedBySoret() throws Exception {
        JsonNode s = summary(run("fontainebleau-thn-nc12-uq", 512));
        // steady separation = c(1-c) S_T dT to first order: D has no effect at all, S_T nearly all of it
        assertEquals(0.0, s.at("/sobol/separation/diffusion/total").asDouble(), 1e-12);
        assertTrue(s.at("/sobol/separation/soret/first").asDouble() > 0.9, s.at("/sobol/separation").toString());
        // ... and tau = L^2/(pi^2 D) is D's alone
        assertTrue(s.at("/sobol/tau/diffusion/first").asDouble() > 0.9, s.at("/sobol/tau").toString());
        // the mean separation is 0.25 * 9.5e-3 * 10 K (Platten et al. 2003 S_T, curated)
        assertEquals(0.25 * 9.5e-3 * 10, s.at("/statistics/separation/mean").asDouble(), 0.02 * 0.25 * 9.5e-3 * 10);
    }

    @Test
    void heliumArgonDufourBumpIsMillikelvinsNotKelvins() throws Exception {
        JsonNode s = summary(run("he-ar-dufour", 0));
        double max = s.at("/statistics/dufour_dt_max/max").asDouble();
        double min = s.at("/statistics/dufour_dt_max/min").asDouble();
        // physics.md 5: ~15 mK at 20 K across; 12 K to 50 K across spans a few to ~100 mK, never a kelvin
        assertTrue(min > 1e-3 && max < 0.5 && max > 3 * min, min + " .. " + max);
        System.out.println("he-ar-dufour: dufour_dt_max from " + min + " to " + max + " K");
        // helium (species 1) goes to the hot wall
        assertTrue(s.at("/statistics/separation/max").asDouble() < 0);
    }

    @Test
    void proteinThermalTrapLowersTheWallRatio() throws Exception {
        Path out = run("protein-thermal-trap", 0);
        try (Duck duck = new Duck()) {
            String rows = Duck.rows(out);
            // at fixed S_inf, soret_effective falls as T* rises into the cell (the trap takes the protein inward)
            long notFalling = duck.scalarLong("select count(*) from (select soret_inf, t_star, soret_effective, "
                    + "lag(soret_effective) over (partition by soret_inf order by t_star) as previous from " + rows
                    + ") where previous is not null and soret_effective >= previous");
            assertEquals(0, notFalling);
            assertEquals(55, duck.scalarLong("select count(*) from " + rows));
            // T* well below the cold wall (275 K against 280 K): S_T ~ S_inf (1 - e^(-5/20 .. -30/20)) > 0, cold accumulation
            assertEquals(0, duck.scalarLong("select count(*) from " + rows + " where t_star = 275 and separation <= 0"));
        }
    }

    @Test
    void convectionRiskMapIsStableInMicrogravityAndUnstableHeatedFromBelow() throws Exception {
        Path out = run("convection-risk-map", 0);
        try (Duck duck = new Duck()) {
            String rows = Duck.rows(out);
            assertEquals(9, duck.scalarLong("select count(*) from " + rows + " where gravity = 0"), "the grid holds g = 0");
            assertEquals(0, duck.scalarLong("select count(*) from " + rows + " where gravity = 0 and convection <> 'stable'"));
            assertEquals(0, duck.scalarLong("select count(*) from " + rows + " where gravity < 0 and convection <> 'stable'"),
                    "psi > 0 heated from above is stable");
            // physics.md 8: Ra ~ 564 at 1 mm against Ra_c ~ 8: the ground cells of a millimetre and more convect
            assertEquals(5, duck.scalarLong("select count(*) from " + rows + " where gravity = 9.81 and length >= 0.99e-3"));
            assertEquals(0, duck.scalarLong("select count(*) from " + rows + " where gravity = 9.81 and length >= 0.99e-3 and convection <> 'unstable'"));
            // and the smallest ground cell (0.1 mm: Ra ~ 0.56) is stable even heated from below
            assertEquals("stable", duck.scalarString("select convection from " + rows + " where gravity = 9.81 and length = 1e-4"));
        }
    }
}
