package org.soretstudy.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.soretstudy.error.UserException;
import org.soretstudy.io.Versions;
import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.CellSolver;
import org.soretstudy.solver.CellWorkspace;
import org.soretstudy.solver.Mode;
import org.soretstudy.solver.NumericInput;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.SoretModel;
import org.soretstudy.solver.Status;
import org.soretstudy.solver.ThermoModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code soret-study bench}: the raw solver rate of each kind of cell, per thread, and the bytes allocated per
 * solve, measured in one run so that ratios between cases are meaningful on a shared, noisy machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the raw solver: solves/s per thread for steady and transient cells (1024 varied points each,",
            "cycled), and the heap bytes allocated per solve (ThreadMXBean). With --threads N the threads run together",
            "(one workspace each), which is what an executor with N cores does."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--seconds", defaultValue = "3", description = "measuring time per case (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--threads", defaultValue = "1", description = "threads solving at once (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--case", description = "only the cases whose name contains this text")
    String only;

    @Option(names = "--spec", description = {"instead of the built-in cases: the raw solver rate on a study's own points",
        "(its first 1024 sample rows, cycled), the denominator of the study's Spark efficiency"})
    java.nio.file.Path spec;

    @Option(names = "--rows", description = {"instead: solving against writing, for N steady rows on one thread: solve only,",
        "write the same rows already solved (Parquet, zstd, to a temp folder), and solve + write"})
    Integer rows;

    /** One benchmark case: a name and how to vary its base point. */
    record Case(String name, Function<SplittableRandom, CellParameters> point) { }

    static List<Case> cases() {
        List<Case> list = new ArrayList<>();
        list.add(new Case("steady binary, constant S_T, no Dufour", r -> liquid(r).build()));
        list.add(new Case("steady binary, constant S_T, Dufour (ideal)", r -> dufour(liquid(r)).build()));
        list.add(new Case("steady binary, S_T(T) piazza, no Dufour", r -> piazza(liquid(r), r).build()));
        list.add(new Case("transient binary, Dufour (ideal), default grid", r -> dufour(liquid(r)).mode(Mode.TRANSIENT).times(1000, 5000).build()));
        list.add(new Case("transient binary, no Dufour, default grid", r -> liquid(r).mode(Mode.TRANSIENT).times(1000, 5000).build()));
        return list;
    }

    private static CellParameters.Builder liquid(SplittableRandom r) {
        // THN/IBB-like, 1 mm, 10 K: varied by a few percent so that nothing is constant-folded
        return CellParameters.builder().length(1e-3 * (1 + 0.05 * r.nextDouble())).walls(303 + r.nextDouble(), 293)
                .c0(0.45 + 0.1 * r.nextDouble()).diffusion(9.5e-10 * (1 + 0.1 * r.nextDouble()))
                .soret(3.3e-3 * (1 + 0.1 * r.nextDouble())).thermal(860, 1700, 0.13);
    }

    private static CellParameters.Builder dufour(CellParameters.Builder b) {
        return b.thermo(ThermoModel.IDEAL).set(NumericInput.MOLAR_MASS_1, 0.1322).set(NumericInput.MOLAR_MASS_2, 0.1342);
    }

    private static CellParameters.Builder piazza(CellParameters.Builder b, SplittableRandom r) {
        return b.soret(Double.NaN).soretModel(SoretModel.PIAZZA).set(NumericInput.SORET_INF, 0.01 * (1 + 0.1 * r.nextDouble()))
                .set(NumericInput.T_STAR, 280).set(NumericInput.T_WIDTH, 20);
    }

    /** A study's first 1024 points as a case (the index into a fixed point list, not a random draw). */
    static Case specCase(java.nio.file.Path file) {
        org.soretstudy.spec.StudySpec s = SpecFiles.read(file);
        int n = (int) Math.min(1024, s.rows());
        CellParameters[] points = new CellParameters[n];
        double[] values = new double[s.dimension()];
        List<NumericInput> inputs = s.parameterNames().stream().map(NumericInput::fromKey).toList();
        for (int i = 0; i < n; i++) {
            s.sampler().values(i, values);
            CellParameters.Builder b = s.baseBuilder();
            for (int j = 0; j < values.length; j++) {
                b.set(inputs.get(j), values[j]);
            }
            points[i] = b.build();
        }
        int[] next = {0};
        return new Case("study " + s.name() + " (" + n + " points)", r -> points[next[0]++ % n]);
    }

    /** Solves/s and bytes/solve of one thread. */
    record Measurement(double solvesPerSecond, double bytesPerSolve, long notOk) { }

    static Measurement measure(CellParameters[] points, double seconds) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        CellWorkspace ws = new CellWorkspace();
        double sink = 0;
        long warmEnd = System.nanoTime() + (long) (Math.min(1.0, seconds / 2) * 1e9);
        for (int i = 0; System.nanoTime() < warmEnd; i++) {
            sink += CellSolver.solve(points[i & (points.length - 1)], ws).get(OutputField.SEPARATION);
        }
        long tid = Thread.currentThread().getId();
        long bytes0 = mx.getThreadAllocatedBytes(tid);
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long n = 0;
        long notOk = 0;
        long now;
        do {
            for (int i = 0; i < 256; i++, n++) {
                ResultBuffer r = CellSolver.solve(points[(int) (n & (points.length - 1))], ws);
                sink += r.get(OutputField.SEPARATION);
                if (r.status() != Status.OK) {
                    notOk++;
                }
            }
            now = System.nanoTime();
        } while (now < end);
        long bytes = mx.getThreadAllocatedBytes(tid) - bytes0;
        if (sink == 42) {
            System.out.print(""); // keep the results alive
        }
        return new Measurement(n / ((now - start) * 1e-9), (double) bytes / n, notOk);
    }

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || !(seconds > 0)) {
            throw new UserException(threads < 1 ? "--threads" : "--seconds", threads < 1 ? threads : seconds, threads < 1 ? "an integer >= 1" : "a number > 0");
        }
        if (rows != null) {
            if (rows < 1000) {
                throw new UserException("--rows", rows, "an integer >= 1000");
            }
            WriteBench.run(rows, System.out);
            return ExitCode.OK;
        }
        System.out.printf(Locale.ROOT, "soret-study %s bench: Java %s, %d thread(s), %.1f s per case, %d cores available%n",
                Versions.soretStudy(), System.getProperty("java.version"), threads, seconds, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-48s %16s %16s %12s%n", "case", "solves/s/thread", "total solves/s", "bytes/solve");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Case c : spec == null ? cases() : List.of(specCase(spec))) {
                if (only != null && !c.name().contains(only)) {
                    continue;
                }
                SplittableRandom rng = new SplittableRandom(1);
                CellParameters[] points = new CellParameters[1024];
                for (int i = 0; i < points.length; i++) {
                    points[i] = c.point().apply(rng);
                }
                List<Future<Measurement>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> measure(points, seconds)));
                }
                double total = 0;
                double bytes = 0;
                long notOk = 0;
                for (Future<Measurement> f : futures) {
                    Measurement m = f.get();
                    total += m.solvesPerSecond();
                    bytes = Math.max(bytes, m.bytesPerSolve());
                    notOk += m.notOk();
                }
                System.out.printf(Locale.ROOT, "%-48s %,16.0f %,16.0f %12.1f%s%n", c.name(), total / threads, total, bytes,
                        notOk > 0 ? "  (" + notOk + " not ok!)" : "");
            }
        } finally {
            pool.shutdownNow();
        }
        return ExitCode.OK;
    }
}
