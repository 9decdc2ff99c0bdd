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
        // a Fontainebleau-like liquid (THN/nC12 order of magnitude): Le ~ 100, stiff
        double tauLiquid = 1e-6 / (Math.PI * Math.PI * 9.5e-10);
        CellParameters.Builder liquid = CellParameters.builder().length(1e-3).walls(303, 293).c0(0.5)
                .diffusion(9.5e-10).soret(9.5e-3).thermal(830, 1900, 0.13).thermo(ThermoModel.CONSTANT)
                .set(org.soretstudy.solver.NumericInput.DMU_DC, 3e5).mode(org.soretstudy.solver.Mode.TRANSIENT)
                .times(0.1 * tauLiquid, tauLiquid);
        run("liquid, Dufour, linear start", liquid.build(), tol);
        run("liquid, Dufour, uniform start", liquid.initialTemperature(InitialTemperature.UNIFORM).build(), tol);
        run("liquid, piazza, no Dufour", liquid.thermo(ThermoModel.NONE).initialTemperature(InitialTemperature.LINEAR)
                .soretModel(org.soretstudy.solver.SoretModel.PIAZZA).set(org.soretstudy.solver.NumericInput.SORET, Double.NaN)
                .set(org.soretstudy.solver.NumericInput.SORET_INF, 0.02).set(org.soretstudy.solver.NumericInput.T_STAR, 290)
                .set(org.soretstudy.solver.NumericInput.T_WIDTH, 20).build(), tol);
    }

    private static void run(String name, CellParameters p, double tol) {
        CellModel model = new CellModel();
        ResultBuffer out = Cells.buffer();
        Cells.prepare(p, model, out);
        TransientSolver solver = new TransientSolver();
        solver.setTolerance(tol);
        int reps = 2000;
        double best = Double.POSITIVE_INFINITY;
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                solver.solve(p, model, out);
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e3 / reps);
        }
        System.out.printf("%-36s %7.1f us/solve  %3d steps  status %s  sep_at %s t99 %.4g dufour_dt_max %.3g mass_error %.1e%n",
                name, best, solver.lastSteps, out.status(), java.util.Arrays.toString(out.snapshot().separationAt()),
                out.get(org.soretstudy.solver.OutputField.T99), out.get(org.soretstudy.solver.OutputField.DUFOUR_DT_MAX),
                out.get(org.soretstudy.solver.OutputField.MASS_ERROR));
    }
}
