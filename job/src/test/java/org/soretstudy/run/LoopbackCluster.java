package org.soretstudy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A cluster started by {@code deploy/bin/soret-cluster} into a state folder of its own, and the launcher run as a
 * separate process, as a user runs them (cluster tests). The checkout is the system property
 * {@code soret.study.home}, set by the {@code cluster} Maven profile.
 */
public final class LoopbackCluster implements AutoCloseable {
    private final Path state;
    private final String masterUrl;
    /** Seconds from {@code start} to the master URL printed (all Workers registered). */
    public final double startSeconds;

    private LoopbackCluster(Path state, String masterUrl, double startSeconds) {
        this.state = state;
        this.masterUrl = masterUrl;
        this.startSeconds = startSeconds;
    }

    public static Path home() {
        String home = System.getProperty("soret.study.home");
        assertTrue(home != null, "the cluster profile sets soret.study.home");
        return Path.of(home).toAbsolutePath().normalize();
    }

    /** {@code soret-cluster start ARGS} with its state in {@code state}. */
    public static LoopbackCluster start(Path state, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(home().resolve("deploy/bin/soret-cluster").toString(), "start"));
        cmd.addAll(List.of(args));
        long t0 = System.nanoTime();
        Result r = run(cmd, Map.of("SORET_CLUSTER_DIR", state.toString()), state.resolveSibling(state.getFileName() + "-start.log"), 180);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        LoopbackCluster cluster = new LoopbackCluster(state, r.output().strip().lines().reduce((a, b) -> b).orElse(""), seconds);
        if (r.exitCode() != 0 || !cluster.masterUrl.matches("spark://127\\.0\\.0\\.1:\\d+")) {
            cluster.close();
            throw new AssertionError("soret-cluster start failed (" + r.exitCode() + "): " + r.output());
        }
        System.out.printf("[cluster test] soret-cluster start %s: %s in %.1f s%n", String.join(" ", args), cluster.masterUrl, seconds);
        return cluster;
    }

    public String masterUrl() { return masterUrl; }

    public Path state() { return state; }

    /** The executor JVMs: children of the Workers whose PIDs soret-cluster recorded. */
    public List<ProcessHandle> executors() throws IOException {
        List<ProcessHandle> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(state)) {
            for (Path pidFile : files.filter(p -> p.getFileName().toString().matches("worker-\\d+\\.pid")).toList()) {
                long pid = Long.parseLong(Files.readString(pidFile).strip());
                ProcessHandle.of(pid).ifPresent(w -> w.children().filter(LoopbackCluster::isExecutor).forEach(out::add));
            }
        }
        return out;
    }

    /** Reads /proc (ProcessHandle.Info leaves out the arguments of command lines as long as an executor's). */
    private static boolean isExecutor(ProcessHandle p) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline")), StandardCharsets.UTF_8)
                    .contains("CoarseGrainedExecutorBackend");
        } catch (IOException e) {
            return false; // it ended
        }
    }

    /** The PIDs soret-cluster recorded (master and workers). */
    public List<Long> recordedPids() throws IOException {
        try (Stream<Path> files = Files.list(state)) {
            List<Long> pids = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                pids.add(Long.parseLong(Files.readString(p).strip()));
            }
            return pids;
        }
    }

    /** {@code soret-cluster status}. */
    public Result status() throws Exception {
        return run(List.of(home().resolve("deploy/bin/soret-cluster").toString(), "status"),
                Map.of("SORET_CLUSTER_DIR", state.toString()), state.resolveSibling(state.getFileName() + "-status.log"), 30);
    }

    /** {@code soret-cluster stop}, then checks that every process it had started has ended and its folders are gone. */
    @Override
    public void close() throws Exception {
        List<Long> pids = Files.isDirectory(state) ? recordedPids() : List.of();
        List<ProcessHandle> executors = Files.isDirectory(state) ? executors() : List.of();
        Result r = run(List.of(home().resolve("deploy/bin/soret-cluster").toString(), "stop"),
                Map.of("SORET_CLUSTER_DIR", state.toString()), state.resolveSibling(state.getFileName() + "-stop.log"), 120);
        assertEquals(0, r.exitCode(), r.output());
        for (long pid : pids) {
            assertTrue(ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true), "pid " + pid + " still runs after stop");
        }
        for (ProcessHandle e : executors) {
            assertTrue(!e.isAlive(), "executor " + e.pid() + " still runs after stop");
        }
        assertTrue(!Files.exists(state.resolve("work")), "stop removes the Workers' folders");
    }

    /** The outcome of a finished process: exit code and everything it printed. */
    public record Result(int exitCode, String output) { }

    /** Runs a command to its end (output to {@code log}, then read back), killing it after {@code timeoutSeconds}. */
    public static Result run(List<String> cmd, Map<String, String> env, Path log, long timeoutSeconds) throws Exception {
        Process p = startProcess(cmd, env, log);
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("timed out after " + timeoutSeconds + " s: " + cmd + "\n" + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Starts a command with stdout and stderr into {@code log}. */
    public static Process startProcess(List<String> cmd, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        pb.directory(log.getParent().toFile());
        return pb.start();
    }

    /** The launcher, {@code deploy/bin/soret-study ARGS}. */
    public static List<String> launcher(String... args) {
        List<String> cmd = new ArrayList<>(List.of(home().resolve("deploy/bin/soret-study").toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Committed chunk files of an output folder. */
    public static List<File> committedFiles(Path out) {
        File[] files = out.resolve("samples").toFile().listFiles((d, n) -> n.endsWith(".parquet"));
        return files == null ? List.of() : List.of(files);
    }

    /**
     * Asserts that two outputs hold the same rows, bit for bit, by sample_id (DuckDB, an independent reader):
     * the same number of rows, sample_ids exactly 0..rows-1 without duplicate, and no row of either missing from
     * the other (set difference both ways on every column, doubles compared exactly).
     */
    public static void assertSameRows(Path expected, Path actual, long rows) throws SQLException {
        try (Duck duck = new Duck()) {
            String a = Duck.rows(expected);
            String b = Duck.rows(actual);
            assertEquals(rows, duck.scalarLong("select count(*) from " + b));
            assertEquals(rows, duck.scalarLong("select count(distinct sample_id) from " + b));
            assertEquals(0, duck.scalarLong("select min(sample_id) from " + b));
            assertEquals(rows - 1, duck.scalarLong("select max(sample_id) from " + b));
            assertEquals(0, duck.scalarLong("select count(*) from (select * from " + a + " except all select * from " + b + ")"));
            assertEquals(0, duck.scalarLong("select count(*) from (select * from " + b + " except all select * from " + a + ")"));
        }
    }
}
