package org.soretstudy.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * thread and in one run: solve N rows into memory; write those same rows (already solved) to a Parquet chunk;
 * then solve and write N rows as a study task does. The rows are the same in both writes.
 */
public final class WriteBench {
    private WriteBench() { }

    public static void run(int n, PrintStream out) throws IOException {
        SplittableRandom rng = new SplittableRandom(5);
        CellParameters[] points = new CellParameters[n];
        double[][] params = new double[n][];
        for (int i = 0; i < n; i++) {
            double c0 = 0.4 + 0.2 * rng.nextDouble(), d = 9.5e-10 * (1 + 0.1 * rng.nextDouble()), st = 2.5e-3 + 1.5e-3 * rng.nextDouble();
            params[i] = new double[] {d, st, c0};
            points[i] = CellParameters.builder().length(1e-3).walls(303, 293).c0(c0).diffusion(d).soret(st).thermal(950, 1700, 0.13).build();
        }
        CellWorkspace ws = new CellWorkspace();
        double[][] solved = new double[n][OutputField.ALL.length];
        Path dir = Files.createTempDirectory("soret-study-write-bench");
        Configuration conf = new Configuration();
        FileSystem.get(dir.toUri(), conf).setWriteChecksum(false);
        StudySchema schema = StudySchema.of(List.of("diffusion", "soret", "c0"));
        try {
            for (int round = 0; round < 2; round++) { // the first round warms the JIT and the codec
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    ResultBuffer r = CellSolver.solve(points[i], ws);
                    for (OutputField f : OutputField.ALL) {
                        solved[i][f.ordinal()] = r.get(f);
                    }
                }
                long t1 = System.nanoTime();
                ResultBuffer buffer = ws.result();
                try (ChunkWriter w = ChunkWriter.open(conf, dir.toUri(), 2L * round, schema, Map.of())) {
                    for (int i = 0; i < n; i++) {
                        for (OutputField f : OutputField.ALL) {
                            buffer.set(f, solved[i][f.ordinal()]); // the solved row, not solved again
                        }
                        w.write(i, params[i], buffer);
                    }
                    w.commit();
                }
                long t2 = System.nanoTime();
                try (ChunkWriter w = ChunkWriter.open(conf, dir.toUri(), 2L * round + 1, schema, Map.of())) {
                    for (int i = 0; i < n; i++) {
                        w.write(i, params[i], CellSolver.solve(points[i], ws));
                    }
                    w.commit();
                }
                long t3 = System.nanoTime();
                if (round == 1) {
                    double solve = n / ((t1 - t0) * 1e-9), write = n / ((t2 - t1) * 1e-9), both = n / ((t3 - t2) * 1e-9);
                    out.printf(Locale.ROOT, "steady rows, one thread, %,d rows:%n", n);
                    out.printf(Locale.ROOT, "  solve only               %,12.0f rows/s%n", solve);
                    out.printf(Locale.ROOT, "  write the solved rows    %,12.0f rows/s%n", write);
                    out.printf(Locale.ROOT, "  solve + write            %,12.0f rows/s  (%.2f of writing alone)%n", both, both / write);
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
