package org.soretstudy.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.soretstudy.io.ChunkWriter;
import org.soretstudy.io.StudySchema;
import org.soretstudy.run.StudyTask;
import org.soretstudy.solver.CellSolver;
import org.soretstudy.solver.CellWorkspace;
import org.soretstudy.solver.Convection;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.Reason;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.Status;
import org.soretstudy.spec.SpecParser;
import org.soretstudy.spec.StudyPoints;
import org.soretstudy.spec.StudySpec;
import org.soretstudy.stats.StudyStatistics;

/**
 * What a steady study's row costs beyond writing it. On one thread and in one run, over the same rows of a study:
 * each part of a study task alone (generate the points, solve them, feed their statistics, write the solved rows
 * to Parquet), then the task itself ({@link StudyTask}, the loop the executors run: all four, row by row). The
 * task against writing alone is the per-row overhead of the study; the parts say where it goes.
 *
 * <p>The phases alternate over {@link #ROUNDS} rounds after a warm-up round (JIT, codec), each timed by this
 * thread's CPU time, and the median round of each is reported: one round of a shared machine can be twice as slow
 * as the next (another process, a GC of the kept rows), which a single timing would pass on to the ratios.
 */
public final class WriteBench {
    /** Measured rounds after the warm-up one. */
    static final int ROUNDS = 5;

    /** The default study, shipped in the datasets jar: its cells and design, as many rows as asked. */
    static final String DEFAULT_STUDY = "/soret-study/studies/bench-steady-10m.json";

    private WriteBench() { }

    /** Median thread-CPU nanoseconds of each phase over the measured rounds. */
    record Phases(long points, long solve, long statistics, long write, long task) { }

    /** The default study ({@link #DEFAULT_STUDY}) with {@code n} rows. */
    public static StudySpec defaultSpec(int n) {
        try (InputStream in = WriteBench.class.getResourceAsStream(DEFAULT_STUDY)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_STUDY);
            }
            ObjectMapper json = new ObjectMapper();
            ObjectNode study = (ObjectNode) json.readTree(in);
            ((ObjectNode) study.get("design")).put("samples", n);
            return SpecParser.parse(json.writeValueAsString(study));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Measures the first {@code n} rows of {@code spec} (a steady study of at least n rows) and prints the phases. */
    public static void run(StudySpec spec, int n, PrintStream out) throws IOException {
        Path dir = Files.createTempDirectory("soret-study-write-bench");
        try {
            Phases p = measure(spec, n, dir);
            out.printf(Locale.ROOT, "study %s, its first %,d rows on one thread (thread CPU time, median of %d rounds after a warm-up):%n",
                    spec.name(), n, ROUNDS);
            line(out, "generate the points", n, p.points());
            line(out, "solve them", n, p.solve(), "  (generate and solve, less generating)");
            line(out, "their statistics", n, p.statistics());
            line(out, "write the solved rows", n, p.write());
            out.printf(Locale.ROOT, "  %-24s %,12.0f rows/s  %6.3f us/row  = %.2fx writing alone (the parts add up to %.2fx)%n",
                    "a study task (all four)", rate(n, p.task()), perRow(n, p.task()), (double) p.task() / p.write(),
                    (double) (p.points() + p.solve() + p.statistics() + p.write()) / p.write());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void line(PrintStream out, String what, int n, long nanos) {
        line(out, what, n, nanos, "");
    }

    private static void line(PrintStream out, String what, int n, long nanos, String note) {
        out.printf(Locale.ROOT, "  %-24s %,12.0f rows/s  %6.3f us/row%s%n", what, rate(n, nanos), perRow(n, nanos), note);
    }

    /**
     * The five phases over rows 0 .. n-1 of {@code spec}, in {@code dir}: each round writes two chunks with the same
     * rows, the solved rows written alone and then the study task's (chunks 0 and 1: the warm-up round).
     */
    static Phases measure(StudySpec spec, int n, Path dir) throws IOException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Configuration conf = new Configuration();
        FileSystem.get(dir.toUri(), conf).setWriteChecksum(false);
        StudySchema schema = StudySchema.of(spec.parameterNames());
        StudyPoints points = new StudyPoints(spec);
        StudyTask task = new StudyTask(spec);
        CellWorkspace ws = new CellWorkspace();
        int d = spec.parameterNames().size();
        double[][] params = new double[n][d];
        double[][] solved = new double[n][OutputField.ALL.length];
        Status[] status = new Status[n];
        Reason[] reasons = new Reason[n];
        Convection[] convection = new Convection[n];
        long[][] cpu = new long[5][ROUNDS];
        long chunk = 0;
        for (int round = -1; round < ROUNDS; round++) { // round -1 warms the JIT and the codec
            long t0 = mx.getCurrentThreadCpuTime();
            points.seek(0);
            for (int i = 0; i < n; i++) {
                points.next();
                System.arraycopy(points.values(), 0, params[i], 0, d);
            }
            long t1 = mx.getCurrentThreadCpuTime();
            // the points again, not kept from above: a million kept cells would time the collector, not the solver
            points.seek(0);
            for (int i = 0; i < n; i++) {
                ResultBuffer r = CellSolver.solve(points.next(), ws);
                status[i] = r.status();
                reasons[i] = r.reason();
                convection[i] = r.convection();
                for (OutputField f : OutputField.ALL) {
                    solved[i][f.ordinal()] = r.get(f);
                }
            }
            long t2 = mx.getCurrentThreadCpuTime();
            StudyStatistics statistics = task.statisticsOf(chunk, status, solved);
            long t3 = mx.getCurrentThreadCpuTime();
            ResultBuffer buffer = ws.result();
            try (ChunkWriter w = ChunkWriter.open(conf, dir.toUri(), chunk++, schema, Map.of())) {
                for (int i = 0; i < n; i++) {
                    buffer.clear(); // the solved row, not solved again
                    if (reasons[i] != null) {
                        buffer.reject(reasons[i]);
                    } else {
                        for (OutputField f : OutputField.ALL) {
                            buffer.set(f, solved[i][f.ordinal()]);
                        }
                        buffer.setConvection(convection[i]);
                    }
                    w.write(i, params[i], buffer);
                }
                w.commit();
            }
            long t4 = mx.getCurrentThreadCpuTime();
            try (ChunkWriter w = ChunkWriter.open(conf, dir.toUri(), chunk, schema, Map.of())) {
                task.solve(chunk++, 0, n, w);
                w.commit();
            }
            long t5 = mx.getCurrentThreadCpuTime();
            if (round >= 0) {
                cpu[0][round] = t1 - t0;
                cpu[1][round] = (t2 - t1) - (t1 - t0); // the solves: generating the points is the phase before
                cpu[2][round] = t3 - t2;
                cpu[3][round] = t4 - t3;
                cpu[4][round] = t5 - t4;
            }
            if (statistics.count(status[0]) == 0) {
                throw new IllegalStateException("the statistics were not fed"); // (and keeps them from being optimised away)
            }
        }
        return new Phases(median(cpu[0]), median(cpu[1]), median(cpu[2]), median(cpu[3]), median(cpu[4]));
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double rate(int n, long nanos) { return n / (nanos * 1e-9); }

    private static double perRow(int n, long nanos) { return nanos * 1e-3 / n; }
}
