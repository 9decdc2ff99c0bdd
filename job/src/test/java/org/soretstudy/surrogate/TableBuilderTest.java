package org.soretstudy.surrogate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.soretstudy.error.UserException;
import org.soretstudy.run.RunOptions;
import org.soretstudy.run.SharedSpark;
import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.CellSolver;
import org.soretstudy.solver.CellWorkspace;
import org.soretstudy.solver.NumericInput;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.Status;
import org.soretstudy.solver.table.AxisScale;
import org.soretstudy.solver.table.SurrogateTable;
import org.soretstudy.solver.table.TableAxis;
import org.soretstudy.solver.table.TableWorkspace;
import org.soretstudy.spec.SpecParser;
import org.soretstudy.spec.StudySpec;

/**
 * Tables built on local Spark, checked against the solver itself at random points (the stored bound must hold),
 * against an independent reader of the documented file layout (a stdlib-only Python script) and DuckDB on the
 * samples' Parquet, and through a refinement that must bring every cell below its tolerance.
 */
class TableBuilderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static TableBuilder builder;
    private static Path liquid;
    private static TableBuild liquidBuild;

    /** A THN/IBB-like liquid, 1 mm, transient: separation and t99 over c0 x S_T (log) x t_hot (Delta T 1-20 K). */
    static String liquidSpec(String output) {
        return """
                {"name": "liquid", "seed": 1, "design": {"type": "grid"},
                 "base": {"length": 0.001, "t_cold": 293.0, "closure": "binary", "mode": "transient",
                          "diffusion": 9.5e-10, "density": 950.0, "heat_capacity": 1700.0, "conductivity": 0.13},
                 "parameters": {"c0": {"dist": "uniform", "low": 0.1, "high": 0.9, "points": 17},
                                "soret": {"dist": "loguniform", "low": 1e-3, "high": 1e-2, "points": 13, "scale": "log"},
                                "t_hot": {"dist": "uniform", "low": 294, "high": 313, "points": 4}},
                 "table": {"outputs": ["separation", "t99"]},
                 "output": "%s"}""".formatted(output);
    }

    /** Steady separation over c0 x S_T (log): cheap solves, refined to a tolerance. */
    static String steadySpec(String output, double tolerance, int maxPoints) {
        return """
                {"name": "steady", "seed": 1, "design": {"type": "grid"},
                 "base": {"length": 0.001, "t_hot": 313.0, "t_cold": 293.0, "diffusion": 9.5e-10},
                 "parameters": {"c0": {"dist": "uniform", "low": 0.05, "high": 0.95, "points": 3},
                                "soret": {"dist": "uniform", "low": 1e-3, "high": 3e-2, "points": 3, "scale": "log"}},
                 "table": {"outputs": ["separation", "c_hot"], "tolerance": %s, "max_points": %d},
                 "output": "%s"}""".formatted(tolerance, maxPoints, output);
    }

    @BeforeAll
    static void build() throws IOException {
        builder = new TableBuilder(SharedSpark.get());
        liquid = dir.resolve("liquid");
        liquidBuild = builder.build(SpecParser.parse(liquidSpec(liquid.toString())), RunOptions.quiet());
    }

    @Test
    void interpolationReproducesTheSolverWithinTheStoredBound() throws IOException {
        StudySpec spec = SpecParser.parse(liquidSpec(liquid.toString()));
        SurrogateTable table = SurrogateTable.load(liquid.resolve("table"));
        assertEquals(List.of(17, 13, 4), table.axes().stream().map(TableAxis::size).toList());
        assertEquals(AxisScale.LOG, table.axes().get(1).scale());
        int[] within = new int[2];
        double[] worst = new double[2];
        int n = 1500;
        TableWorkspace ws = table.workspace();
        CellWorkspace cell = new CellWorkspace();
        CellParameters.Builder base = spec.baseBuilder();
        CellParameters.Builder b = CellParameters.builder();
        double[] point = new double[3];
        double[] value = new double[2];
        double[] bound = new double[2];
        SplittableRandom r = new SplittableRandom(2026);
        for (int i = 0; i < n; i++) {
            point[0] = r.nextDouble(0.1, 0.9);
            point[1] = Math.exp(r.nextDouble(Math.log(1e-3), Math.log(1e-2)));
            point[2] = r.nextDouble(294, 313);
            assertEquals(SurrogateTable.INSIDE, table.lookup(point, ws, value, bound));
            ResultBuffer solved = CellSolver.solve(b.reset(base).set(NumericInput.C0, point[0]).set(NumericInput.SORET, point[1])
                    .set(NumericInput.T_HOT, point[2]).build(), cell);
            assertEquals(Status.OK, solved.status());
            OutputField[] fields = {OutputField.SEPARATION, OutputField.T99};
            for (int o = 0; o < 2; o++) {
                double ratio = Math.abs(value[o] - solved.get(fields[o])) / bound[o];
                within[o] += ratio <= 1 ? 1 : 0;
                worst[o] = Math.max(worst[o], ratio);
            }
        }
        for (int o = 0; o < 2; o++) {
            assertTrue(within[o] >= 0.99 * n, table.outputs().get(o).name() + ": " + within[o] + " of " + n + " within the bound");
            assertTrue(worst[o] <= 2, table.outputs().get(o).name() + ": an error of " + worst[o] + " x the bound");
        }
        assertEquals(1, liquidBuild.rounds());
        assertEquals(0, liquidBuild.cellsUnknown()[0]);
    }

    @Test
    void anIndependentReaderOfTheFilesGetsTheParquetRows() throws Exception {
        JsonNode read = python(liquid.resolve("table"));
        assertEquals(List.of(17, 13, 4), JSON.convertValue(read.get("shape"), List.class));
        JsonNode c0 = read.path("axes").path("c0");
        JsonNode soret = read.path("axes").path("soret");
        JsonNode tHot = read.path("axes").path("t_hot");
        int points = 17 * 13 * 4;
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement();
             ResultSet rows = s.executeQuery("select sample_id, c0, soret, t_hot, separation, t99, status from read_parquet('"
                     + liquid.resolve("samples").toAbsolutePath() + "/*.parquet') order by sample_id")) {
            int i = 0;
            while (rows.next()) {
                assertEquals(i, rows.getLong(1));
                // C order, first axis slowest: sample_id = (k_c0 * 13 + k_soret) * 4 + k_t_hot
                assertEquals(c0.get(i / (13 * 4)).doubleValue(), rows.getDouble(2), 0);
                assertEquals(soret.get(i / 4 % 13).doubleValue(), rows.getDouble(3), 0);
                assertEquals(tHot.get(i % 4).doubleValue(), rows.getDouble(4), 0);
                assertEquals("ok", rows.getString(7));
                assertEquals(rows.getDouble(5), read.get("separation").get(i).doubleValue(), 0, "separation at " + i);
                assertEquals(rows.getDouble(6), read.get("t99").get(i).doubleValue(), 0, "t99 at " + i);
                i++;
            }
            assertEquals(points, i);
        }
        JsonNode bounds = read.get("t99_error");
        assertEquals(16 * 12 * 3, bounds.size());
        for (JsonNode e : bounds) {
            assertTrue(e.isNumber() && e.doubleValue() > 0, "every cell has a bound");
        }
        JsonNode table = JSON.readTree(liquid.resolve("table/table.json").toFile());
        assertEquals("s", table.at("/outputs/1/unit").asText());
        assertEquals("t99.err.f64", table.at("/outputs/1/error_file").asText());
        assertEquals("liquid", table.at("/spec/name").asText());
        assertFalse(table.at("/versions/soret_study").asText().isEmpty());
    }

    @Test
    void refinementBringsEveryCellBelowTheTolerance() throws Exception {
        Path out = dir.resolve("refined");
        double tolerance = 2e-4;
        TableBuild b = builder.build(SpecParser.parse(steadySpec(out.toString(), tolerance, 65)), RunOptions.quiet());
        assertTrue(b.rounds() > 1);
        JsonNode table = JSON.readTree(out.resolve("table/table.json").toFile());
        assertTrue(table.at("/refinement/met").asBoolean());
        assertEquals(0, table.at("/refinement/cells_above_tolerance/separation").asLong());
        JsonNode read = python(out.resolve("table"));
        for (String output : List.of("separation", "c_hot")) {
            for (JsonNode e : read.get(output + "_error")) {
                assertTrue(e.doubleValue() <= tolerance, output + " bound " + e + " above the tolerance");
            }
        }
        // the axes grew where the error was, so they are uneven now; samples/ holds the final grid
        List<Integer> shape = JSON.convertValue(read.get("shape"), List.class);
        assertTrue(shape.get(0) > 3 && shape.get(1) > 3, shape.toString());
        // S_T enters the separation linearly, so in ln S_T the curvature grows with S_T: more points at the top
        double[] soret = JSON.convertValue(read.path("axes").path("soret"), double[].class);
        double lowGap = Math.log(soret[1] / soret[0]);
        double highGap = Math.log(soret[soret.length - 1] / soret[soret.length - 2]);
        assertTrue(highGap < 0.75 * lowGap, "uneven log axis: " + java.util.Arrays.toString(soret));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement();
             ResultSet r = s.executeQuery("select count(*), count(distinct c0), count(distinct soret) from read_parquet('"
                     + out.resolve("samples").toAbsolutePath() + "/*.parquet')")) {
            r.next();
            assertEquals(shape.get(0) * shape.get(1), r.getLong(1));
            assertEquals((long) shape.get(0), r.getLong(2));
            assertEquals((long) shape.get(1), r.getLong(3));
        }
    }

    @Test
    void aRefinedTableRunAgainIsLeftAsItIsAndAnotherStudysFolderIsRefusedBeforeAnySolve() throws Exception {
        Path out = dir.resolve("again");
        String spec = steadySpec(out.toString(), 1e-3, 17);
        TableBuild first = builder.build(SpecParser.parse(spec), RunOptions.quiet());
        assertTrue(first.rounds() > 1, "refined, so samples/ has a spec of its own");
        byte[] values = Files.readAllBytes(out.resolve("table/separation.f64"));
        TableBuild again = builder.build(SpecParser.parse(spec), RunOptions.quiet());
        assertEquals(0, again.samples().solvedRows(), "the finished samples are kept");
        assertArrayEquals(values, Files.readAllBytes(out.resolve("table/separation.f64")));
        UserException refused = assertThrows(UserException.class,
                () -> builder.build(SpecParser.parse(steadySpec(liquid.toString(), 1e-3, 17)), RunOptions.quiet()));
        assertEquals("output", refused.field());
    }

    @Test
    void aTableThatCannotMeetItsToleranceSaysWhichCellsDoNot() throws Exception {
        Path out = dir.resolve("capped");
        double tolerance = 1e-7;
        builder.build(SpecParser.parse(steadySpec(out.toString(), tolerance, 5)), RunOptions.quiet());
        JsonNode table = JSON.readTree(out.resolve("table/table.json").toFile());
        assertFalse(table.at("/refinement/met").asBoolean());
        JsonNode read = python(out.resolve("table"));
        long above = 0;
        for (JsonNode e : read.get("separation_error")) {
            above += e.doubleValue() > tolerance ? 1 : 0;
        }
        assertTrue(above > 0);
        assertEquals(above, table.at("/refinement/cells_above_tolerance/separation").asLong());
        assertEquals(List.of(5, 5), JSON.convertValue(read.get("shape"), List.class), "both axes stop at max_points");
        assertNull(table.get("refinement").get("tolerance").get("t99"));
    }

    /** Runs the stdlib-only reader of the test resources on a table folder. */
    static JsonNode python(Path table) throws IOException, InterruptedException, URISyntaxException {
        File script = new File(TableBuilderTest.class.getResource("read_table.py").toURI());
        Process p = new ProcessBuilder("python3", script.getPath(), table.toString()).redirectErrorStream(false).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), stderr);
        return JSON.readTree(stdout);
    }
}
