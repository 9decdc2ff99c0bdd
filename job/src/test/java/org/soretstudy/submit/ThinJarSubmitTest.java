package org.soretstudy.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.soretstudy.run.LoopbackCluster;
import org.soretstudy.run.RunOptions;
import org.soretstudy.run.SharedSpark;
import org.soretstudy.run.StudyRunner;
import org.soretstudy.run.TestSparkHome;
import org.soretstudy.spec.SpecParser;

/**
 * The thin jar on a Spark installation with nothing of ours: {@code soret-study run --runner spark} submits it with
 * that installation's spark-submit (Spark's own SparkSubmit, from Spark's jars) to a standalone cluster started from
 * the same installation, in client and in cluster deploy mode; the rows equal the embedded run's, by sample_id.
 * Profile {@code cluster}.
 */
@Tag("cluster")
class ThinJarSubmitTest {
    static final long ROWS = 30_000;
    @TempDir
    static Path dir;
    private static Path sparkHome;
    private static LoopbackCluster cluster;
    private static Path reference;

    static String spec(Path output) {
        return """
                {"name": "thin-jar", "seed": 5, "design": {"type": "sobol", "samples": %d},
                 "base": {"length": 0.01, "t_hot": 300.5, "t_cold": 299.5, "closure": "binary",
                          "density": 950, "heat_capacity": 1700, "conductivity": 0.13, "thermo": "constant", "dmu_dc": 2.0e5},
                 "parameters": {"diffusion": {"dist": "lognormal", "median": 9.5e-10, "gsd": 1.05},
                                "soret": {"dist": "uniform", "low": 2.5e-3, "high": 4.0e-3},
                                "c0": {"dist": "normal", "mean": 0.5, "sd": 0.01, "low": 0.45, "high": 0.55}},
                 "output": "%s"}""".formatted(ROWS, output);
    }

    @BeforeAll
    static void start() throws Exception {
        sparkHome = TestSparkHome.prepare();
        reference = dir.resolve("embedded");
        new StudyRunner(SharedSpark.get()).run(SpecParser.parse(spec(reference)), RunOptions.quiet());
        // one Worker of 2 cores: in cluster mode the driver takes one, the executor the other
        cluster = LoopbackCluster.start(dir.resolve("state"), "--workers", "1", "--cores", "2", "--memory", "3g",
                "--spark-home", sparkHome.toString());
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static Map<String, String> env() { return Map.of("SPARK_HOME", sparkHome.toString()); }

    @Test
    void clientModeRunsTheStudyInSparkSubmitsDriver() throws Exception {
        Path out = dir.resolve("client");
        Path specFile = Files.writeString(dir.resolve("client.json"), spec(out));
        LoopbackCluster.Result dry = LoopbackCluster.run(LoopbackCluster.launcher("run", specFile.toString(), "--runner", "spark",
                "--dry-run", "--", "--master", cluster.masterUrl()), env(), dir.resolve("client-dry.log"), 120);
        assertEquals(0, dry.exitCode(), dry.output());
        assertTrue(dry.output().strip().contains(sparkHome.resolve("bin/spark-submit") + " --class org.soretstudy.cli.Main --master "
                + cluster.masterUrl()), dry.output());
        assertTrue(!Files.exists(out), "a dry run runs nothing");

        LoopbackCluster.Result r = LoopbackCluster.run(LoopbackCluster.launcher("run", specFile.toString(), "--runner", "spark",
                "--", "--master", cluster.masterUrl()), env(), dir.resolve("client.log"), 400);
        assertEquals(0, r.exitCode(), r.output());
        // the driver's logging is ours (warn), not Spark's default profile (every INFO line)
        assertEquals(0, r.output().lines().filter(l -> l.contains(" INFO ")).count(), r.output());
        LoopbackCluster.assertSameRows(reference, out, ROWS);
    }

    @Test
    void clusterModeRunsTheDriverOnTheWorkerAndSaysWhereItsLogIs() throws Exception {
        Path out = dir.resolve("cluster");
        Path specFile = Files.writeString(dir.resolve("cluster.json"), spec(out));
        LoopbackCluster.Result r = LoopbackCluster.run(LoopbackCluster.launcher("run", specFile.toString(), "--runner", "spark",
                "--", "--master", cluster.masterUrl(), "--deploy-mode", "cluster"), env(), dir.resolve("cluster.log"), 200);
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("[soret-study] output: " + out), r.output());
        String driver = r.output().replaceAll("(?s).*\\b(driver-\\d{14}-\\d{4})\\b.*", "$1");
        assertTrue(driver.startsWith("driver-") && r.output().contains("work/" + driver), r.output());
        // spark-submit returns once the driver runs; the study ends in the driver's own time
        Path summary = out.resolve("summary.json");
        long end = System.nanoTime() + 400_000_000_000L;
        while (!Files.exists(summary) && System.nanoTime() < end) {
            Thread.sleep(500);
        }
        Path driverDir = cluster.state().resolve("work").resolve(driver);
        assertTrue(Files.exists(summary), "no summary; driver log: " + driverDir);
        assertTrue(Files.readString(driverDir.resolve("stdout")).contains("[soret-study] status: ok"), "progress goes to the driver's log");
        LoopbackCluster.assertSameRows(reference, out, ROWS);
    }
}
