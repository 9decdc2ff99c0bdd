package org.soretstudy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Studies on a loopback standalone cluster of 2 Workers started by {@code deploy/bin/soret-cluster} (separate
 * JVMs, the launcher as a separate driver process), against the embedded run of the same spec, read back by
 * DuckDB: an executor killed with SIGKILL mid-study, and the driver killed and the study run again. One
 * cluster for the class; profile {@code cluster}.
 */
@Tag("cluster")
class LoopbackClusterTest {
    /** 16 transient chunks of 10,000 rows, seconds each on 2 cores: kills land mid-study (a busy machine may pass fewer). */
    static final long ROWS = Long.getLong("soret.cluster.test.rows", 160_000);
    @TempDir
    static Path dir;
    private static LoopbackCluster cluster;
    private static Path reference;

    /** A transient study with the Dufour coupling: ~40 us a cell, so a chunk takes long enough to be killed in. */
    static String spec(Path output) {
        return """
                {"name": "cluster-e2e", "seed": 7, "design": {"type": "lhs", "samples": %d},
                 "base": {"length": 0.001, "t_hot": 303.0, "t_cold": 293.0, "closure": "binary", "mode": "transient",
                          "times": [1000, 5000], "density": 860.0, "heat_capacity": 1700.0, "conductivity": 0.13,
                          "thermo": "ideal", "molar_mass_1": 0.1322, "molar_mass_2": 0.1342},
                 "parameters": {"diffusion": {"dist": "lognormal", "median": 9.5e-10, "gsd": 1.05},
                                "soret": {"dist": "uniform", "low": 2.5e-3, "high": 4.0e-3},
                                "c0": {"dist": "uniform", "low": 0.4, "high": 0.6}},
                 "output": "%s"}""".formatted(ROWS, output);
    }

    @BeforeAll
    static void start() throws Exception {
        reference = dir.resolve("embedded");
        long t0 = System.nanoTime();
        new StudyRunner(SharedSpark.get()).run(StudyRunnerTest.parse(spec(reference)), RunOptions.quiet());
        System.out.printf("[cluster test] embedded local[2]: %,d rows in %.1f s%n", ROWS, (System.nanoTime() - t0) * 1e-9);
        cluster = LoopbackCluster.start(dir.resolve("state"), "--workers", "2", "--cores", "1", "--memory", "1536m");
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void statusShowsTheMasterAndBothWorkers() throws Exception {
        LoopbackCluster.Result s = cluster.status();
        assertEquals(0, s.exitCode(), s.output());
        assertTrue(s.output().contains(cluster.masterUrl()), s.output());
        assertEquals(2, s.output().lines().filter(l -> l.startsWith("worker-")).count(), s.output());
    }

    @Test
    void anExecutorKilledMidStudyLeavesExactlyTheEmbeddedRows() throws Exception {
        Path out = dir.resolve("executor-killed");
        Path specFile = writeSpec("executor-killed.json", out);
        Process driver = LoopbackCluster.startProcess(LoopbackCluster.launcher("run", specFile.toString(), "--master",
                cluster.masterUrl(), "--progress-seconds", "1"), Map.of(), dir.resolve("executor-killed.log"));
        try {
            // mid-study: a first chunk committed, the summary not yet written
            waitFor(() -> !LoopbackCluster.committedFiles(out).isEmpty() || !driver.isAlive(), 240);
            assertTrue(driver.isAlive() && !Files.exists(out.resolve("summary.json")), "the study ended before the kill");
            List<ProcessHandle> executors = cluster.executors();
            assertFalse(executors.isEmpty(), "no executor JVM found");
            ProcessHandle victim = executors.get(0);
            assertTrue(victim.destroyForcibly()); // SIGKILL
            victim.onExit().get(30, TimeUnit.SECONDS);
            assertTrue(driver.waitFor(300, TimeUnit.SECONDS), "the study did not finish after the executor loss");
            assertEquals(0, driver.exitValue(), Files.readString(dir.resolve("executor-killed.log")));
        } finally {
            driver.destroyForcibly();
        }
        LoopbackCluster.assertSameRows(reference, out, ROWS);
        System.out.println("[cluster test] executor killed: " + lastLines(dir.resolve("executor-killed.log"), 4));
    }

    @Test
    void aKilledDriverRunAgainResumesToTheEmbeddedRows() throws Exception {
        Path out = dir.resolve("driver-killed");
        Path specFile = writeSpec("driver-killed.json", out);
        List<String> cmd = LoopbackCluster.launcher("run", specFile.toString(), "--master", cluster.masterUrl(), "--progress-seconds", "1");
        Process driver = LoopbackCluster.startProcess(cmd, Map.of(), dir.resolve("driver-killed-1.log"));
        Map<String, Long> before = new HashMap<>();
        try {
            waitFor(() -> !LoopbackCluster.committedFiles(out).isEmpty() || !driver.isAlive(), 240);
            assertTrue(driver.isAlive(), "the study ended before the kill");
            driver.toHandle().destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
            driver.waitFor(60, TimeUnit.SECONDS);
        } finally {
            driver.destroyForcibly();
        }
        assertFalse(Files.exists(out.resolve("summary.json")), "the killed run must not have finished");
        for (File f : LoopbackCluster.committedFiles(out)) {
            before.put(f.getName(), f.lastModified());
        }
        assertTrue(before.size() < StudyPlan.of(StudyRunnerTest.parse(spec(out))).chunks(), "some chunks are left to do: " + before.size());
        LoopbackCluster.Result again = LoopbackCluster.run(cmd, Map.of(), dir.resolve("driver-killed-2.log"), 300);
        assertEquals(0, again.exitCode(), again.output());
        assertTrue(again.output().contains("committed before, kept"), again.output());
        // the chunks committed before the kill are untouched (same files, not rewritten)
        for (Map.Entry<String, Long> e : before.entrySet()) {
            assertEquals(e.getValue(), out.resolve("samples").resolve(e.getKey()).toFile().lastModified(), e.getKey());
        }
        LoopbackCluster.assertSameRows(reference, out, ROWS);
        System.out.println("[cluster test] driver killed after " + before.size() + " chunks, resumed: "
                + lastLines(dir.resolve("driver-killed-2.log"), 4));
    }

    private static Path writeSpec(String name, Path out) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, spec(out));
        return f;
    }

    static String lastLines(Path log, int n) throws Exception {
        List<String> lines = Files.readAllLines(log);
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    static void waitFor(Condition c, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!c.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met in " + seconds + " s");
            }
            Thread.sleep(200);
        }
    }
}
