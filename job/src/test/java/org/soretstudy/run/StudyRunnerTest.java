package org.soretstudy.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.soretstudy.solver.OutputField;
import org.soretstudy.spec.SpecParser;
import org.soretstudy.spec.StudySpec;

/**
 * End-to-end studies on local Spark, read back by DuckDB (an independent Parquet reader): columns and rows,
 * footer metadata, determinism over partitions and masters, resume after a kill, rejected points.
 */
class StudyRunnerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static StudyRunner runner;
    private static Path reference;

    static String spec(String output, long samples) {
        return """
                {"name": "e2e", "seed": 42, "design": {"type": "sobol", "samples": %d},
                 "base": {"length": 0.01, "t_hot": 300.5, "t_cold": 299.5, "closure": "binary",
                          "density": 950, "heat_capacity": 1700, "conductivity": 0.13},
                 "parameters": {"diffusion": {"dist": "lognormal", "median": 9.5e-10, "gsd": 1.05},
                                "soret": {"dist": "uniform", "low": 2.5e-3, "high": 4.0e-3},
                                "c0": {"dist": "normal", "mean": 0.5, "sd": 0.01, "low": 0.45, "high": 0.55}},
                 "output": "%s"}""".formatted(samples, output);
    }

    static StudySpec parse(String json) { return SpecParser.parse(json); }

    @BeforeAll
    static void start() throws Exception {
        runner = new StudyRunner(SharedSpark.get());
        reference = dir.resolve("reference");
        runner.run(parse(spec(reference.toString(), 40_000)), RunOptions.quiet());
    }

    @Test
    void parquetHasTheContractColumnsRowsAndProvenance() throws Exception {
        try (Duck duck = new Duck()) {
            String rows = Duck.rows(reference);
            assertEquals(40_000, duck.scalarLong("select count(*) from " + rows));
            assertEquals(40_000, duck.scalarLong("select count(distinct sample_id) from " + rows));
            assertEquals(0, duck.scalarLong("select min(sample_id) from " + rows));
            assertEquals(39_999, duck.scalarLong("select max(sample_id) from " + rows));
            List<String> columns = new ArrayList<>();
            for (List<Object> r : duck.query("select column_name from (describe select * from " + rows + ")")) {
                columns.add((String) r.get(0));
            }
            List<String> expected = new ArrayList<>(List.of("sample_id", "diffusion", "soret", "c0"));
            for (OutputField f : OutputField.ALL) {
                expected.add(f.key());
            }
            expected.addAll(List.of("separation_at", "convection", "status", "reason_code", "reason_field", "reason"));
            assertEquals(expected, columns);
            // provenance in the footer of every file
            String glob = reference.resolve("samples").toAbsolutePath() + "/*.parquet";
            String specInFooter = duck.scalarString("select decode(value) from parquet_kv_metadata('" + glob
                    + "') where decode(key) = 'soret_study.spec' limit 1");
            assertEquals(parse(spec(reference.toString(), 40_000)).canonicalJson(), specInFooter);
            assertEquals("42", duck.scalarString("select decode(value) from parquet_kv_metadata('" + glob
                    + "') where decode(key) = 'soret_study.seed' limit 1"));
            assertTrue(duck.scalarString("select decode(value) from parquet_kv_metadata('" + glob
                    + "') where decode(key) = 'spark.version' limit 1").startsWith("4."));
            assertEquals("ZSTD", duck.scalarString("select distinct compression from parquet_metadata('" + glob
                    + "') where path_in_schema = 'separation'"));
            // the summary agrees with an independent aggregation of the rows
            JsonNode summary = JSON.readTree(reference.resolve("summary.json").toFile());
            assertEquals(40_000, summary.at("/counts/ok").asLong());
            double mean = Double.parseDouble(duck.scalarString("select avg(separation)::varchar from " + rows));
            double std = Double.parseDouble(duck.scalarString("select stddev_samp(separation)::varchar from " + rows));
            assertEquals(mean, summary.at("/statistics/separation/mean").asDouble(), 1e-12 * mean);
            assertEquals(std, summary.at("/statistics/separation/std").asDouble(), 1e-9 * std);
            double median = Double.parseDouble(duck.scalarString("select quantile_cont(separation, 0.5)::varchar from " + rows));
            // the sketch's median is within its stated rank error: compare ranks, not values
            double sketchMedian = summary.at("/statistics/separation/quantiles/0.5").asDouble();
            double rank = duck.scalarLong("select count(*) from " + rows + " where separation <= " + sketchMedian) / 40_000.0;
            assertEquals(0.5, rank, summary.get("quantile_rank_error").asDouble() + 1e-4);
            assertTrue(Math.abs(sketchMedian - median) < 0.05 * median);
        }
    }

    @Test
    void rowsAndSummaryDoNotDependOnPartitions() throws Exception {
        for (int partitions : new int[] {1, 3}) {
            Path out = dir.resolve("partitions-" + partitions);
            runner.run(parse(spec(out.toString(), 40_000)), RunOptions.quiet().withPartitions(partitions));
            assertSameRows(reference, out);
            assertSameSummary(reference, out);
        }
    }

    @Test
    void aSingleCoreMasterInAnotherJvmGivesIdenticalRows() throws Exception {
        Path out = dir.resolve("local1");
        Path specFile = dir.resolve("local1.json");
        Files.writeString(specFile, spec(out.toString(), 40_000));
        Process p = launcher("run", specFile.toString(), "--master", "local[1]").start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the run finishes");
        assertEquals(0, p.exitValue(), () -> output(p));
        // the spec differs only in its output folder: rows are identical
        assertSameRows(reference, out);
    }

    @Test
    void resumesAfterTheRunIsKilledMidway() throws Exception {
        Path out = dir.resolve("killed");
        Path specFile = dir.resolve("killed.json");
        String json = spec(out.toString(), 2_000_000);
        Files.writeString(specFile, json);
        Process p = launcher("run", specFile.toString(), "--master", "local[1]").start();
        Path samples = out.resolve("samples");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (committed(samples).isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        p.destroyForcibly().waitFor();
        List<Path> kept = committed(samples);
        StudyPlan plan = StudyPlan.of(parse(json));
        assertFalse(kept.isEmpty(), "a chunk was committed before the kill");
        assertTrue(kept.size() < plan.chunks(), "the kill came before the end: " + kept.size() + " of " + plan.chunks());
        byte[] keptBytes = Files.readAllBytes(kept.get(0));
        long keptModified = Files.getLastModifiedTime(kept.get(0)).toMillis();

        RunReport report = runner.run(parse(json), RunOptions.quiet());
        assertEquals(2_000_000 - report.keptRows(), report.solvedRows());
        assertTrue(report.keptRows() > 0);
        assertArrayEquals(keptBytes, Files.readAllBytes(kept.get(0)), "committed chunks are left untouched");
        assertEquals(keptModified, Files.getLastModifiedTime(kept.get(0)).toMillis());
        try (Duck duck = new Duck()) {
            String rows = Duck.rows(out);
            assertEquals(2_000_000, duck.scalarLong("select count(*) from " + rows));
            assertEquals(2_000_000, duck.scalarLong("select count(distinct sample_id) from " + rows));
            assertEquals(1_999_999, duck.scalarLong("select max(sample_id) from " + rows));
        }
        // the first 40,000 rows equal the reference study's (same seed, design and base)
        try (Duck duck = new Duck()) {
            assertEquals(0, duck.scalarLong("select count(*) from (select * exclude (sample_id) from " + Duck.rows(reference)
                    + " except select * exclude (sample_id) from " + Duck.rows(out) + " where sample_id < 40000)"));
        }
        // a finished study is left as it is
        RunReport again = runner.run(parse(json), RunOptions.quiet());
        assertEquals(0, again.solvedRows());
    }

    @Test
    void inadmissiblePointsBecomeRejectedRowsAndTheStudyCompletes() throws Exception {
        Path out = dir.resolve("rejected");
        String json = spec(out.toString(), 20_000).replace(
                "\"c0\": {\"dist\": \"normal\", \"mean\": 0.5, \"sd\": 0.01, \"low\": 0.45, \"high\": 0.55}",
                "\"c0\": {\"dist\": \"uniform\", \"low\": 0.5, \"high\": 1.5}");
        runner.run(parse(json), RunOptions.quiet());
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        try (Duck duck = new Duck()) {
            String rows = Duck.rows(out);
            long rejected = duck.scalarLong("select count(*) from " + rows + " where status = 'rejected'");
            assertEquals(duck.scalarLong("select count(*) from " + rows + " where c0 >= 1"), rejected);
            assertTrue(rejected > 9000 && rejected < 11000, "about half: " + rejected);
            assertEquals(rejected, duck.scalarLong("select count(*) from " + rows
                    + " where status = 'rejected' and reason_code = 'out_of_range' and reason_field = 'c0' and separation is null"));
            assertEquals(rejected, summary.at("/counts/rejected").asLong());
            assertEquals(20_000 - rejected, summary.at("/counts/ok").asLong());
            assertEquals(20_000, duck.scalarLong("select count(*) from " + rows));
        }
    }

    /**
     * Sobol indices through the whole pipeline, on a model with known indices: in the small-separation limit the
     * steady binary separation is S_T c0 (1 - c0) dT (physics.md 4), a product f = s y of independent factors,
     * whose indices follow from the moments of s and y; D does not enter the steady state, so its indices are 0.
     */
    @Test
    void sobolIndicesOfTheSteadySeparationMatchTheProductModel() throws Exception {
        Path out = dir.resolve("saltelli");
        String json = spec(out.toString(), 8192).replace("\"sobol\", \"samples\"", "\"saltelli\", \"samples\"").replace(
                "\"c0\": {\"dist\": \"normal\", \"mean\": 0.5, \"sd\": 0.01, \"low\": 0.45, \"high\": 0.55}",
                "\"c0\": {\"dist\": \"uniform\", \"low\": 0.1, \"high\": 0.5}");
        runner.run(parse(json), RunOptions.quiet());
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(8192, summary.at("/sobol_blocks/used").asLong());
        assertEquals(0, summary.at("/sobol_blocks/dropped").asLong());
        // s ~ U(2.5e-3, 4e-3); y = c(1-c), c ~ U(0.1, 0.5): moments by Simpson's rule
        double sLo = 2.5e-3, sHi = 4.0e-3;
        double es = (sLo + sHi) / 2, es2 = (sLo * sLo + sLo * sHi + sHi * sHi) / 3, vs = es2 - es * es;
        double ey = simpson(c -> c * (1 - c), 0.1, 0.5) / 0.4, ey2 = simpson(c -> Math.pow(c * (1 - c), 2), 0.1, 0.5) / 0.4;
        double vy = ey2 - ey * ey, v = es2 * ey2 - es * es * ey * ey;
        double[][] expected = {{0, 0}, {ey * ey * vs / v, vs * ey2 / v}, {es * es * vy / v, es2 * vy / v}};
        String[] names = {"diffusion", "soret", "c0"};
        for (int j = 0; j < 3; j++) {
            JsonNode idx = summary.at("/sobol/separation/" + names[j]);
            for (int k = 0; k < 2; k++) {
                String which = k == 0 ? "first" : "total";
                double lo = idx.get(which + "_ci").get(0).asDouble(), hi = idx.get(which + "_ci").get(1).asDouble();
                double value = idx.get(which).asDouble();
                // the product model is exact to O(S_T dT) ~ 0.4 %: allow that beside the 95 % interval
                double slack = 0.01 * Math.abs(expected[j][k]) + 1e-3;
                assertTrue(expected[j][k] >= lo - slack && expected[j][k] <= hi + slack,
                        names[j] + " " + which + " = " + value + " [" + lo + ", " + hi + "], expected " + expected[j][k]);
            }
        }
        assertEquals(0.0, summary.at("/sobol/separation/diffusion/total").asDouble(), 0.0, "D cannot change the steady state");
    }

    static double simpson(java.util.function.DoubleUnaryOperator f, double a, double b) {
        int n = 2000;
        double h = (b - a) / n, s = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            s += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        }
        return s * h / 3;
    }

    @Test
    void aStudyRunInThisJvmWithoutSparkHasTheSameRowsAndSummary() throws Exception {
        Path local = dir.resolve("local-engine");
        RunReport r = new StudyRunner(new LocalChunkEngine(2)).run(parse(spec(local.toString(), 40_000)), RunOptions.quiet());
        assertEquals(40_000, r.rows());
        assertSameRows(reference, local);
        assertSameSummary(reference, local);
        assertTrue(LocalChunkEngine.suits(null, java.util.List.of(), LocalChunkEngine.MAX_ROWS));
        assertFalse(LocalChunkEngine.suits("local[2]", java.util.List.of(), 100), "a master given means Spark");
        assertFalse(LocalChunkEngine.suits(null, java.util.List.of("--conf", "a=b"), 100), "Spark settings mean Spark");
        assertFalse(LocalChunkEngine.suits(null, java.util.List.of(), LocalChunkEngine.MAX_ROWS + 1));
    }

    // ---- helpers ----

    static void assertSameRows(Path a, Path b) throws Exception {
        try (Duck duck = new Duck()) {
            assertEquals(duck.scalarLong("select count(*) from " + Duck.rows(a)), duck.scalarLong("select count(*) from " + Duck.rows(b)));
            assertEquals(0, duck.scalarLong("select count(*) from (select * from " + Duck.rows(a) + " except select * from " + Duck.rows(b) + ")"));
            assertEquals(0, duck.scalarLong("select count(*) from (select * from " + Duck.rows(b) + " except select * from " + Duck.rows(a) + ")"));
        }
    }

    static void assertSameSummary(Path a, Path b) throws Exception {
        JsonNode sa = JSON.readTree(a.resolve("summary.json").toFile());
        JsonNode sb = JSON.readTree(b.resolve("summary.json").toFile());
        assertEquals(sa, sb, "summary.json is identical, bit for bit in every number");
    }

    private static List<Path> committed(Path samples) throws Exception {
        if (!Files.isDirectory(samples)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(samples)) {
            return s.filter(f -> f.getFileName().toString().matches("chunk-\\d+\\.parquet")).sorted().toList();
        }
    }

    /** The command line in a fresh JVM, on this test's classpath. */
    static ProcessBuilder launcher(String... args) {
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.soretstudy.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.redirectOutput(dir.resolve("subprocess-" + System.nanoTime() + ".log").toFile());
        return pb;
    }

    private static String output(Process p) {
        return "exit " + p.exitValue();
    }
}
