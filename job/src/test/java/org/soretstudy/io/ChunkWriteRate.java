package org.soretstudy.io;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.hadoop.conf.Configuration;
import org.soretstudy.solver.CellWorkspace;
import org.soretstudy.solver.Convection;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ReasonCode;
import org.soretstudy.solver.ResultBuffer;

/**
 * Micro measurement, not a test: rows/s and allocated bytes/row writing one chunk of steady-state rows
 * (3 parameters, 26 columns, random doubles so compression is not flattered; 1 % rejected rows).
 * Run: {@code java -cp <test classpath> org.soretstudy.io.ChunkWriteRate [rows] [ZSTD|SNAPPY]}.
 */
public final class ChunkWriteRate {
    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        ChunkCodec codec = args.length > 1 ? ChunkCodec.valueOf(args[1]) : ChunkCodec.ZSTD;
        Path dir = Files.createTempDirectory("chunk-rate");
        Configuration conf = new Configuration();
        StudySchema schema = StudySchema.of(List.of("diffusion", "soret", "c0"));
        ChunkWriterOptions options = ChunkWriterOptions.DEFAULTS.withCodec(codec);
        run(conf, dir.toUri(), 0, schema, options, rows / 10); // warm-up: the first write in a JVM is slow
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long bytes0 = mx.getThreadAllocatedBytes(tid);
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        run(conf, dir.toUri(), 1, schema, options, rows);
        double s = (System.nanoTime() - t0) * 1e-9;
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) * 1e-9; // the write path is synchronous: one thread
        long allocated = mx.getThreadAllocatedBytes(tid) - bytes0;
        long size = Files.size(dir.resolve("samples").resolve(ChunkLayout.fileName(1)));
        System.out.printf("%s: %d rows x %d columns in %.2f s = %.0f rows/s (%.0f rows per CPU-second of the writing"
                        + " thread); file %.1f MB (%.1f B/row); allocated %.1f B/row (Parquet's page buffers)%n", codec,
                rows, schema.columnNames().size(), s, rows / s, rows / cpu, size / 1e6, (double) size / rows,
                (double) allocated / rows);
        long rcpu0 = mx.getCurrentThreadCpuTime();
        long r0 = System.nanoTime();
        double sum = 0;
        long n = 0;
        try (ChunkReader r = ChunkReader.open(conf, dir.toUri(), 1)) {
            while (r.next()) {
                sum += r.row().param(0);
                n++;
            }
        }
        double rs = (System.nanoTime() - r0) * 1e-9;
        double rcpu = (mx.getCurrentThreadCpuTime() - rcpu0) * 1e-9;
        System.out.printf("read back with ChunkReader: %d rows in %.2f s = %.0f rows/s (%.0f per CPU-second) [%g]%n",
                n, rs, n / rs, n / rcpu, sum);
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void run(Configuration conf, URI out, long chunk, StudySchema schema, ChunkWriterOptions options,
                            long rows) throws Exception {
        ResultBuffer b = new CellWorkspace().result();
        double[] params = new double[3];
        SplittableRandom rng = new SplittableRandom(chunk);
        try (ChunkWriter w = ChunkWriter.open(conf, out, chunk, schema, Map.of("soret_study.seed", "1"), options)) {
            for (long id = 0; id < rows; id++) {
                params[0] = 9.5e-10 * Math.exp(0.05 * rng.nextGaussian());
                params[1] = rng.nextDouble(2.5e-3, 4.0e-3);
                params[2] = 0.5 + 0.01 * rng.nextGaussian();
                if (id % 100 == 99) {
                    b.reject(ReasonCode.OUT_OF_RANGE, "c0", "c0 is outside [0.45, 0.55]");
                } else {
                    b.clear();
                    double sep = params[1] * params[2] * (1 - params[2]);
                    b.set(OutputField.SEPARATION, sep);
                    b.set(OutputField.C_HOT, params[2] - sep / 2);
                    b.set(OutputField.C_COLD, params[2] + sep / 2);
                    b.set(OutputField.SORET_EFFECTIVE, params[1] * (1 + 1e-9 * rng.nextGaussian()));
                    b.set(OutputField.WALL_DT, 1.0);
                    b.set(OutputField.TAU, 1e-4 / (Math.PI * Math.PI * params[0]));
                    b.set(OutputField.MASS_ERROR, 1e-16 * rng.nextDouble());
                    b.set(OutputField.DIFFUSION_USED, params[0]);
                    b.set(OutputField.SORET_USED, params[1]);
                    b.set(OutputField.WALL_HEAT_FLUX, 60.0 + rng.nextDouble());
                    b.set(OutputField.ENTROPY_PRODUCTION, 6.7e-4 + 1e-6 * rng.nextDouble());
                    b.setConvection(Convection.UNKNOWN);
                }
                w.write(id, params, b);
            }
            w.commit();
        }
    }
}
