package org.soretstudy.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.soretstudy.io.ChunkWriter;
import org.soretstudy.io.StudySchema;
import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.CellSolver;
import org.soretstudy.solver.CellWorkspace;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ResultBuffer;

/**
 * Where a steady solve is cheaper than writing its row, the question is what solving adds to writing. On one
 * thread and in one run: solve N rows into memory; write those same rows (already solved) to Parquet chunks of a
 * steady study's size; then solve and write N rows as a study task does. The rows are the same in both writes.
 *
 * <p>The three phases alternate over {@link #ROUNDS} rounds after a warm-up round (JIT, codec), each timed by this
 * thread's CPU time, and the median round of each is reported: one round of a shared machine can be twice as slow
 * as the next (another process, a GC of the solved rows), which a single timing would pass on to the ratio.
 */
public final class WriteBench {
    /** Measured rounds after the warm-up one. */
    static final int ROUNDS = 5;
    /** Rows per chunk file: a steady study's chunk (StudyPlan). */
    static final int CHUNK_ROWS = 1 << 20;

    private WriteBench() { }

    /** Median thread-CPU nanoseconds of each phase over the measured rounds. */
    record Phases(long solve, long write, long solveAndWrite) { }

    public static void run(int n, PrintStream out) throws IOException {
        SplittableRandom rng = new SplittableRandom(5);
        CellParameters[] points = new CellParameters[n];
        double[][] params = new double[n][];
        for (int i = 0; i < n; i++) {
            double c0 = 0.4 + 0.2 * rng.nextDouble(), d = 9.5e-10 * (1 + 0.1 * rng.nextDouble()), st = 2.5e-3 + 1.5e-3 * rng.nextDouble();
            params[i] = new double[] {d, st, c0};
            points[i] = CellParameters.builder().length(1e-3).walls(303, 293).c0(c0).diffusion(d).soret(st).thermal(950, 1700, 0.13).build();
        }
        Path dir = Files.createTempDirectory("soret-study-write-bench");
        try {
            Phases p = measure(points, params, dir);
            out.printf(Locale.ROOT, "steady rows, one thread, %,d rows (thread CPU time, median of %d rounds after a warm-up):%n", n, ROUNDS);
            out.printf(Locale.ROOT, "  solve only               %,12.0f rows/s  %6.3f us/row%n", rate(n, p.solve()), perRow(n, p.solve()));
            out.printf(Locale.ROOT, "  write the solved rows    %,12.0f rows/s  %6.3f us/row%n", rate(n, p.write()), perRow(n, p.write()));
            out.printf(Locale.ROOT, "  solve + write            %,12.0f rows/s  %6.3f us/row  (%.2fx the cost of writing alone)%n",
                    rate(n, p.solveAndWrite()), perRow(n, p.solveAndWrite()), (double) p.solveAndWrite() / p.write());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    static Phases measure(CellParameters[] points, double[][] params, Path dir) throws IOException {
        int n = points.length;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        CellWorkspace ws = new CellWorkspace();
        double[][] solved = new double[n][OutputField.ALL.length];
        Configuration conf = new Configuration();
        FileSystem.get(dir.toUri(), conf).setWriteChecksum(false);
        StudySchema schema = StudySchema.of(List.of("diffusion", "soret", "c0"));
        long[][] cpu = new long[3][ROUNDS];
        long chunk = 0;
        for (int round = -1; round < ROUNDS; round++) { // round -1 warms the JIT and the codec
            long t0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                ResultBuffer r = CellSolver.solve(points[i], ws);
                for (OutputField f : OutputField.ALL) {
                    solved[i][f.ordinal()] = r.get(f);
                }
            }
            long t1 = mx.getCurrentThreadCpuTime();
            ResultBuffer buffer = ws.result();
            for (int from = 0; from < n; from += CHUNK_ROWS) {
                try (ChunkWriter w = ChunkWriter.open(conf, dir.toUri(), chunk++, schema, Map.of())) {
                    for (int i = from; i < Math.min(n, from + CHUNK_ROWS); i++) {
                        for (OutputField f : OutputField.ALL) {
                            buffer.set(f, solved[i][f.ordinal()]); // the solved row, not solved again
                        }
                        w.write(i, params[i], buffer);
                    }
                    w.commit();
                }
            }
            long t2 = mx.getCurrentThreadCpuTime();
            for (int from = 0; from < n; from += CHUNK_ROWS) {
                try (ChunkWriter w = ChunkWriter.open(conf, dir.toUri(), chunk++, schema, Map.of())) {
                    for (int i = from; i < Math.min(n, from + CHUNK_ROWS); i++) {
                        w.write(i, params[i], CellSolver.solve(points[i], ws));
                    }
                    w.commit();
                }
            }
            long t3 = mx.getCurrentThreadCpuTime();
            if (round >= 0) {
                cpu[0][round] = t1 - t0;
                cpu[1][round] = t2 - t1;
                cpu[2][round] = t3 - t2;
            }
        }
        return new Phases(median(cpu[0]), median(cpu[1]), median(cpu[2]));
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double rate(int n, long nanos) { return n / (nanos * 1e-9); }

    private static double perRow(int n, long nanos) { return nanos * 1e-3 / n; }
}
