package org.soretstudy.solver.internal;

import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.CellSolver;
import org.soretstudy.solver.CellWorkspace;
import org.soretstudy.solver.Mode;
import org.soretstudy.solver.NumericInput;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.ThermoModel;

/**
 * Throwaway speed probe for the THN/IBB-like liquid (not a test). Run after test-compile:
 * {@code java -cp solver/target/classes:solver/target/test-classes org.soretstudy.solver.internal.TransientBenchMain}.
 * Prints us per kernel solve, steps, and the deviation of separation_at from a tight-tolerance reference
 * (same cells: the time error) and from a 512-cell reference (the total error).
 */
public final class TransientBenchMain {
    private TransientBenchMain() { }

    static CellParameters.Builder liquid(boolean dufour, double... times) {
        CellParameters.Builder b = CellParameters.builder().length(1e-3).walls(303, 293).c0(0.5).diffusion(9.5e-10)
                .soret(3.3e-3).thermal(860, 1700, 0.13).mode(Mode.TRANSIENT).times(times);
        if (dufour) {
            b.thermo(ThermoModel.IDEAL).set(NumericInput.MOLAR_MASS_1, 0.1322).set(NumericInput.MOLAR_MASS_2, 0.1342);
        }
        return b;
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        double tau = 1e-6 / (Math.PI * Math.PI * 9.5e-10);
        double[][] timeSets = {{1000, 5000}, {0.1 * tau, 0.5 * tau, tau, 2 * tau, 5000}};
        for (double[] times : timeSets) {
            for (boolean dufour : new boolean[] {true, false}) {
                if (args.length > 1 && !(dufour ? "dufour" : "plain").equals(args[1])) {
                    continue;
                }
                run((dufour ? "Dufour ideal " : "no Dufour    ") + java.util.Arrays.toString(times), liquid(dufour, times), reps);
            }
        }
    }

    private static ResultBuffer kernel(CellParameters p, TransientSolver solver, CellModel model, ResultBuffer out) {
        CellWorkspace ws = new CellWorkspace();
        ResultBuffer steady = CellSolver.solve(p.toBuilder().mode(Mode.STEADY).build(), ws);
        out.clear();
        for (OutputField f : OutputField.ALL) {
            out.set(f, steady.get(f));
        }
        model.load(p);
        model.tHot = p.tHot();
        model.tCold = p.tCold();
        solver.solve(p, model, out);
        return out;
    }

    private static void run(String name, CellParameters.Builder b, int reps) {
        CellParameters p = b.build();
        TransientSolver solver = new TransientSolver();
        CellModel model = new CellModel();
        ResultBuffer out = Cells.buffer();
        kernel(p, solver, model, out);
        double[] sepAt = out.snapshot().separationAt();
        int steps = solver.lastSteps;
        double massErr = out.get(OutputField.MASS_ERROR);
        double t99 = out.get(OutputField.T99);
        double bump = out.get(OutputField.DUFOUR_DT_MAX);

        TransientSolver ref = new TransientSolver();
        ref.setTolerance(1e-10);
        ResultBuffer refOut = kernel(p, ref, new CellModel(), Cells.buffer());
        double[] sepRef = refOut.snapshot().separationAt();
        ResultBuffer fine = kernel(p.toBuilder().cells(512).build(), ref, new CellModel(), Cells.buffer());
        double[] sepFine = fine.snapshot().separationAt();
        double timeErr = 0, totalErr = 0;
        for (int i = 0; i < sepAt.length; i++) {
            timeErr = Math.max(timeErr, Math.abs(sepAt[i] / sepRef[i] - 1));
            totalErr = Math.max(totalErr, Math.abs(sepAt[i] / sepFine[i] - 1));
        }
        double best = Double.POSITIVE_INFINITY;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                solver.solve(p, model, out);
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e3 / reps);
        }
        System.out.printf("%-60s %7.1f us  %3d steps  time-err %.1e  total-err %.1e  t99 %.3e (ref %.3e)  bump %.3e (ref %.3e)  mass %.0e%n",
                name, best, steps, timeErr, totalErr, t99, refOut.get(OutputField.T99), bump,
                refOut.get(OutputField.DUFOUR_DT_MAX), massErr);
    }
}
