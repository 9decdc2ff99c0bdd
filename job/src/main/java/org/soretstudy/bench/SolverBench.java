package org.soretstudy.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.soretstudy.io.Versions;
import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.CellSolver;
import org.soretstudy.solver.CellWorkspace;
import org.soretstudy.solver.Closure;
import org.soretstudy.solver.Mode;
import org.soretstudy.solver.NumericInput;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.SoretModel;
import org.soretstudy.solver.Status;
import org.soretstudy.solver.ThermoModel;
import org.soretstudy.spec.StudyPoints;
import org.soretstudy.spec.StudySpec;

/**
 * The raw solver rate of each kind of cell, per thread, and the bytes allocated per solve, measured in one run
 * so that ratios between cases are meaningful on a shared, noisy machine. Each case cycles through 1024 varied
 * points (varied so that nothing is constant-folded); the threads run together, one workspace each, which is
 * what an executor with that many cores does.
 */
public final class SolverBench {
    private SolverBench() { }

    /** One benchmark case: a name and how to vary its base point. */
    public record Case(String name, Function<SplittableRandom, CellParameters> point) { }

    public static List<Case> cases() {
        List<Case> list = new ArrayList<>();
        list.add(new Case("steady binary, constant S_T, no Dufour", r -> liquid(r).build()));
        list.add(new Case("steady binary, constant S_T, Dufour (ideal)", r -> dufour(liquid(r)).build()));
        list.add(new Case("steady binary, S_T(T) piazza, no Dufour", r -> piazza(liquid(r), r).build()));
        list.add(new Case("transient binary, Dufour (ideal), default grid", r -> dufour(liquid(r)).mode(Mode.TRANSIENT).times(1000, 5000).build()));
        list.add(new Case("transient binary, no Dufour, default grid", r -> liquid(r).mode(Mode.TRANSIENT).times(1000, 5000).build()));
        list.add(new Case("transient gas (He-Ar-like), Dufour (ideal), default", r -> gas(r).mode(Mode.TRANSIENT).times(0.1, 0.5).build()));
        list.add(new Case("transient dilute colloid, S_T(T) piazza, default", r -> colloid(r).mode(Mode.TRANSIENT).times(100, 1000).build()));
        return list;
    }

    private static CellParameters.Builder liquid(SplittableRandom r) {
        // THN/IBB-like, 1 mm, 10 K: varied by a few percent so that nothing is constant-folded
        return CellParameters.builder().length(1e-3 * (1 + 0.05 * r.nextDouble())).walls(303 + r.nextDouble(), 293)
                .c0(0.45 + 0.1 * r.nextDouble()).diffusion(9.5e-10 * (1 + 0.1 * r.nextDouble()))
                .soret(3.3e-3 * (1 + 0.1 * r.nextDouble())).thermal(860, 1700, 0.13);
    }

    /** Equimolar-like He-Ar at 1 cm, 310/290 K (physics.md section 5's Dufour gas cell). */
    private static CellParameters.Builder gas(SplittableRandom r) {
        return CellParameters.builder().length(0.01).walls(310, 290).c0(0.0911).diffusion(7.3e-5 * (1 + 0.05 * r.nextDouble()))
                .soret(1.2e-3 * (1 + 0.1 * r.nextDouble())).thermal(0.893, 946, 0.068).thermo(ThermoModel.IDEAL)
                .set(NumericInput.MOLAR_MASS_1, 0.0040026).set(NumericInput.MOLAR_MASS_2, 0.039948);
    }

    /**
     * Issue 12's colloid study: 0.5 mm, 40 C / 0.5 C, c0 1e-3, D 3e-12 to 1e-10 m^2/s, S_inf 0.01-0.2 /K, T* 280-305 K,
     * T_w 10-40 K (the thermal traps included).
     */
    private static CellParameters.Builder colloid(SplittableRandom r) {
        return CellParameters.builder().length(5e-4).walls(313.15, 273.65).closure(Closure.DILUTE).c0(1e-3)
                .diffusion(3e-12 * Math.pow(1e-10 / 3e-12, r.nextDouble())).soretModel(SoretModel.PIAZZA)
                .set(NumericInput.SORET_INF, 0.01 + 0.19 * r.nextDouble()).set(NumericInput.T_STAR, 280 + 25 * r.nextDouble())
                .set(NumericInput.T_WIDTH, 10 + 30 * r.nextDouble()).thermal(1000, 4180, 0.6);
    }

    private static CellParameters.Builder dufour(CellParameters.Builder b) {
        return b.thermo(ThermoModel.IDEAL).set(NumericInput.MOLAR_MASS_1, 0.1322).set(NumericInput.MOLAR_MASS_2, 0.1342);
    }

    private static CellParameters.Builder piazza(CellParameters.Builder b, SplittableRandom r) {
        return b.soret(Double.NaN).soretModel(SoretModel.PIAZZA).set(NumericInput.SORET_INF, 0.01 * (1 + 0.1 * r.nextDouble()))
                .set(NumericInput.T_STAR, 280).set(NumericInput.T_WIDTH, 20);
    }

    /** A study's first 1024 points as a case (the index into a fixed point list, not a random draw). */
    public static Case specCase(StudySpec s) {
        int n = (int) Math.min(1024, s.rows());
        CellParameters[] points = new CellParameters[n];
        StudyPoints study = new StudyPoints(s);
        for (int i = 0; i < n; i++) {
            points[i] = study.at(i);
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

    /**
     * Measures each case whose name contains {@code only} (all when null): {@code threads} threads solving its
     * 1024 points at once for {@code seconds}, one line per case on {@code out}.
     */
    public static void run(List<Case> cases, int threads, double seconds, String only, PrintStream out) throws Exception {
        out.printf(Locale.ROOT, "soret-study %s bench: Java %s, %d thread(s), %.1f s per case, %d cores available%n",
                Versions.soretStudy(), System.getProperty("java.version"), threads, seconds, Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-48s %16s %16s %12s%n", "case", "solves/s/thread", "total solves/s", "bytes/solve");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Case c : cases) {
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
                out.printf(Locale.ROOT, "%-48s %,16.0f %,16.0f %12.1f%s%n", c.name(), total / threads, total, bytes,
                        notOk > 0 ? "  (" + notOk + " not ok!)" : "");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
