package org.soretstudy.solver.internal;

import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.CellWorkspace;
import org.soretstudy.solver.Closure;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.ThermalBc;

/** Test fixtures: the exact steady outputs the transient kernel expects on entry (physics.md section 4). */
final class Cells {
    private Cells() { }

    /** The grid of the single-grid tests of the march (the kernel chooses its own). */
    static final int GRID = 64;

    /**
     * One march on one grid ({@code cells} of {@code p}, else {@link #GRID}) with its outputs copied into
     * {@code out} (or its failure): the march under test without the kernel's choice of grid, at the time
     * tolerance {@code tolerance}.
     */
    static void march(GridMarch solver, double tolerance, CellParameters p, CellModel model, ResultBuffer out) {
        GridResult r = new GridResult();
        solver.solve(p, model, out, p.cells() == 0 ? GRID : p.cells(), tolerance, r);
        if (!r.ok()) {
            out.reject(r.failure());
            return;
        }
        r.writeTo(out);
    }

    /** A cleared result buffer (its constructor is package-private in the API package). */
    static ResultBuffer buffer() {
        ResultBuffer out = new CellWorkspace().result();
        out.clear();
        return out;
    }

    /**
     * Loads the model and writes the closed-form steady outputs for constant S_T without Dufour (with Dufour
     * the steady c(T) relation is the same; only the wall temperatures' x-positions change, a relative
     * correction of order eps_D that the tests using it tolerate). For the flux BC the steady walls of a
     * linear profile around t_initial are set into the model.
     */
    static void prepare(CellParameters p, CellModel model, ResultBuffer out) {
        model.load(p);
        if (p.thermalBc() == ThermalBc.FLUX) {
            double lam = model.effectiveConductivity(p.c0(), p.tInitial());
            double half = 0.5 * p.heatFlux() * p.length() / lam;
            model.loadWalls(p.tInitial() + half, p.tInitial() - half);
        }
        if (!model.constantSoret()) {
            double[] walls = numericWalls(model);
            out.set(OutputField.C_HOT, walls[0]);
            out.set(OutputField.C_COLD, walls[1]);
            out.set(OutputField.SEPARATION, walls[1] - walls[0]);
            return;
        }
        double s = model.soret(0.5 * (model.tHot() + model.tCold()));
        double[] walls = p.closure() == Closure.BINARY
                ? binaryWalls(p.c0(), s * model.tCold(), s * model.tHot())
                : diluteWalls(p.c0(), s * (model.tHot() - model.tCold()));
        out.set(OutputField.C_HOT, walls[0]);
        out.set(OutputField.C_COLD, walls[1]);
        out.set(OutputField.SEPARATION, walls[1] - walls[0]);
    }

    /**
     * Any S_T(T), linear T, no Dufour: c = steadyComposition(K, T(x)) with K from mass conservation (bisection
     * on K, Simpson's rule with 4000 intervals). Returns {c_hot, c_cold}.
     */
    static double[] numericWalls(CellModel m) {
        double lo = -50, hi = 50;
        for (int it = 0; it < 200; it++) {
            double k = 0.5 * (lo + hi);
            int n = 4000;
            double sum = 0;
            for (int i = 0; i <= n; i++) {
                double t = m.tHot() + (m.tCold() - m.tHot()) * i / n;
                double w = i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2);
                sum += w * steadyComposition(m, k + m.phi(m.tHot()), t);
            }
            double mean = sum / (3.0 * n);
            if (mean < m.c0()) {
                lo = k;
            } else {
                hi = k;
            }
        }
        double k = 0.5 * (lo + hi) + m.phi(m.tHot());
        return new double[] {steadyComposition(m, k, m.tHot()), steadyComposition(m, k, m.tCold())};
    }

    /** c(T) of the steady state for the constant K (physics.md 4): 1/(1 + e^{Phi - K}) binary, e^{K - Phi} dilute. */
    private static double steadyComposition(CellModel m, double k, double t) {
        return m.binary() ? 1 / (1 + Math.exp(m.phi(t) - k)) : Math.exp(k - m.phi(t));
    }

    /** physics.md 4: u = S_T T over [a, b] = [S_T T_cold, S_T T_hot]; returns {c_hot, c_cold}. */
    static double[] binaryWalls(double c0, double a, double b) {
        double d = b - a;
        if (d == 0) {
            return new double[] {c0, c0};
        }
        double m = Math.expm1((1 - c0) * d);
        double ka = Math.log((Math.expm1(d) - m) / m); // K - a
        return new double[] {1 / (1 + Math.exp(d - ka)), 1 / (1 + Math.exp(-ka))};
    }

    /** Dilute, constant S_T: c_cold/c_hot = exp(S_T dT), mean c0. */
    static double[] diluteWalls(double c0, double d) {
        double hot = d == 0 ? c0 : c0 * d / Math.expm1(d);
        return new double[] {hot, hot * Math.exp(d)};
    }

    /** de Groot: sep(t)/sep_inf = 1 - (8/pi^2) sum exp(-(2k+1)^2 t/tau)/(2k+1)^2. */
    static double deGroot(double tOverTau) {
        double sum = 0;
        for (int k = 0; k < 100_000; k++) {
            double n = 2 * k + 1;
            double term = Math.exp(-n * n * tOverTau) / (n * n);
            sum += term;
            if (term < 1e-20 && k > 10) {
                break;
            }
        }
        return 1 - 8 / (Math.PI * Math.PI) * sum;
    }
}
