package org.soretstudy.solver.internal;

import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.InitialTemperature;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.ThermoModel;

/**
 * Throwaway speed probe (not a test: no timing assertions belong in tests). Run after test-compile:
 * {@code java -cp solver/target/classes:solver/target/test-classes org.soretstudy.solver.internal.TransientSpeedMain [tol]}.
 * Prints microseconds per transient solve (64 cells, marched to the steady state) for equimolar He-Ar.
 */
public final class TransientSpeedMain {
    private TransientSpeedMain() { }

    public static void main(String[] args) {
        double tol = args.length > 0 ? Double.parseDouble(args[0]) : TransientSolver.DEFAULT_TOLERANCE;
        double tau = 0.01 * 0.01 / (Math.PI * Math.PI * 7.3e-5);
        double[] times = {0.1 * tau, 0.58 * tau, tau, 3 * tau};
        run("binary, Dufour (ideal), T solved", TransientSolverTest.heliumArgon(ThermoModel.IDEAL, times).build(), tol);
        run("binary, no Dufour, T linear", TransientSolverTest.heliumArgon(ThermoModel.NONE, times).build(), tol);
        run("binary, no Dufour, uniform start", TransientSolverTest.heliumArgon(ThermoModel.NONE, times)
                .initialTemperature(InitialTemperature.UNIFORM).build(), tol);
        run("binary, Dufour, one report time", TransientSolverTest.heliumArgon(ThermoModel.IDEAL, tau).build(), tol);
    }

    private static void run(String name, CellParameters p, double tol) {
        CellModel model = new CellModel();
        ResultBuffer out = Cells.buffer();
        Cells.prepare(p, model, out);
        TransientSolver solver = new TransientSolver();
        solver.setTolerance(tol);
        int reps = 5000;
        double best = Double.POSITIVE_INFINITY;
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                solver.solve(p, model, out);
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e3 / reps);
        }
        System.out.printf("%-36s %7.1f us/solve  %3d steps  status %s%n", name, best, solver.lastSteps, out.status());
    }
}
