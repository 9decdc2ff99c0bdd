package org.soretstudy.solver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.Closure;
import org.soretstudy.solver.InitialTemperature;
import org.soretstudy.solver.Mode;
import org.soretstudy.solver.NumericInput;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.Status;
import org.soretstudy.solver.ThermalBc;
import org.soretstudy.solver.ThermoModel;

class GridMarchTest {
    // de Groot cell: 1 mm, D = 1e-9 m^2/s, S_T = 1e-3 /K, 1 K across, c0 = 0.5 (g'(c0) = 0: the separation
    // 2.5e-4 is small enough for the linear theory to hold to ~1e-7).
    private static final double L = 1e-3;
    private static final double D = 1e-9;
    private static final double TAU = L * L / (Math.PI * Math.PI * D);

    private static CellParameters.Builder deGrootCell(double... times) {
        return CellParameters.builder().length(L).walls(300.5, 299.5).c0(0.5).diffusion(D).soret(1e-3)
                .mode(Mode.TRANSIENT).times(times);
    }

    private static ResultBuffer run(CellParameters p, GridMarch solver) {
        return run(p, solver, GridMarch.DEFAULT_TOLERANCE);
    }

    private static ResultBuffer run(CellParameters p, GridMarch solver, double tolerance) {
        CellModel model = new CellModel();
        ResultBuffer out = Cells.buffer();
        Cells.prepare(p, model, out);
        Cells.march(solver, tolerance, p, model, out);
        return out;
    }

    /** The exact t99 of the de Groot series, by bisection. */
    private static double deGrootT99() {
        double lo = 4, hi = 5;
        for (int i = 0; i < 100; i++) {
            double mid = 0.5 * (lo + hi);
            if (Cells.deGroot(mid) < 0.99) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi) * TAU;
    }

    @Test
    void deGrootSeriesAtDefaultSettings() {
        // unsorted, with a duplicate and t = 0: reported in the given order
        double[] f = {1, 0.1, 5, 0.3, 0, 2, 0.5, 3, 1, 1e-18, 0.1 + 1e-15};
        double[] times = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            times[i] = f[i] * TAU;
        }
        ResultBuffer out = run(deGrootCell(times).build(), new GridMarch());
        assertEquals(Status.OK, out.status(), () -> String.valueOf(out.reason()));
        assertEquals(f.length, out.separationAtCount());
        double sepInf = out.get(OutputField.SEPARATION);
        for (int i = 0; i < f.length; i++) {
            double exact = Cells.deGroot(f[i]) * sepInf;
            if (f[i] == 0) {
                assertEquals(0, out.separationAt(i), 0);
            } else if (f[i] < 1e-6) {
                // a layer thinner than a cell is not resolved: the wall extrapolation's slope term alone gives
                // sep_inf 2/(3n) (exact: ~sqrt(t) -> 0); the report time is still landed on and reported
                assertEquals(0, out.separationAt(i), 1.01 * sepInf * 2 / (3 * Cells.GRID));
            } else {
                assertEquals(exact, out.separationAt(i), 1e-4 * Math.abs(exact), "t = " + f[i] + " tau");
            }
        }
        double t99 = deGrootT99();
        assertEquals(Math.log(800 / (Math.PI * Math.PI)) * TAU, t99, 1e-12 * TAU); // higher modes negligible
        assertEquals(t99, out.get(OutputField.T99), 1e-3 * t99);
        assertEquals(0, out.get(OutputField.DUFOUR_DT_MAX), 0); // no Dufour: T stays the conduction profile
        assertTrue(out.get(OutputField.MASS_ERROR) < 1e-13);
    }

    @Test
    void earlyTimesComeFromTheAnalyticWallLayers() {
        // up to 0.5 tau the separation is that of the two wall layers and their first images: exact for the
        // de Groot cell, far below a cell's diffusion time too; early on it is 4 S_T g dT sqrt(D t/pi)/L
        double[] f = {1e-8, 1e-4, 1e-3, 0.01, 0.05, 0.1, 0.3, 0.5, 0.7};
        double[] times = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            times[i] = f[i] * TAU;
        }
        ResultBuffer out = run(deGrootCell(times).build(), new GridMarch());
        assertEquals(Status.OK, out.status(), () -> String.valueOf(out.reason()));
        double sepInf = out.get(OutputField.SEPARATION);
        for (int i = 0; i < f.length; i++) {
            double layers = 4 * 1e-3 * 0.25 * 1 * Math.sqrt(D * times[i] / Math.PI) / L;
            // (the series loses digits to cancellation at the earliest times: there the layers are the reference)
            double exact = f[i] < 1e-4 ? layers : Cells.deGroot(f[i]) * sepInf;
            if (f[i] <= 0.05) {
                assertEquals(exact, layers, 1e-7 * exact); // agree at early times (linear theory: ~1e-7)
            }
            double tol = f[i] <= 0.5 ? 1e-6 : 1e-4; // after 0.5 tau: the marching error
            assertEquals(exact, out.separationAt(i), tol * exact, "t = " + f[i] + " tau");
        }
        assertTrue(out.get(OutputField.MASS_ERROR) < 1e-13);
    }

    @Test
    void aToleranceThatCannotBeMetFailsThePointWithoutThrowing() {
        GridMarch solver = new GridMarch();
        ResultBuffer out = run(deGrootCell(TAU).build(), solver, 1e-300); // no step can meet it
        assertEquals(org.soretstudy.solver.Status.FAILED, out.status());
        assertEquals(org.soretstudy.solver.ReasonCode.NOT_CONVERGED, out.reason().code());
        for (OutputField f : OutputField.ALL) {
            assertTrue(Double.isNaN(out.get(f)), "a failed result carries no output");
        }
        // the same workspace solves the next point as usual
        assertEquals(org.soretstudy.solver.Status.OK, run(deGrootCell(TAU).build(), solver).status());
    }

    @Test
    void tighterToleranceReducesTheTimeError() {
        double[] f = {0.5, 1, 2, 3, 5};
        double[] times = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            times[i] = f[i] * TAU;
        }
        CellParameters p = deGrootCell(times).build();
        double previous = Double.POSITIVE_INFINITY;
        double first = Double.NaN;
        GridMarch solver = new GridMarch();
        for (double tol : new double[] {1e-4, 1e-5, 1e-6}) {
            ResultBuffer out = run(p, solver, tol);
            double err = 0;
            for (int i = 0; i < f.length; i++) {
                double exact = Cells.deGroot(f[i]) * out.get(OutputField.SEPARATION);
                err = Math.max(err, Math.abs(out.separationAt(i) / exact - 1));
            }
            assertTrue(err < previous, "tol " + tol + ": error " + err + " not below " + previous);
            previous = err;
            if (Double.isNaN(first)) {
                first = err;
            }
        }
        // the error follows the tolerance (ROS34PW2: about proportionally); 100x tighter gives > 10x smaller
        assertTrue(first / previous > 10, "error ratio " + first / previous);
    }

    // ---------------------------------------------------------------- the linear coupled Soret + Dufour cell

    /**
     * Flux BC, Dufour on, coefficients effectively frozen (M1 = M2 makes K_D independent of c; 0.01 K across
     * 300 K makes its T dependence negligible; c0 = 0.5 makes g'(c0) = 0). Then u = (c, T) solves u_t = M u_xx
     * with M u_x = b = (0, -q/(rho c_p)) at both walls; w = u - u_inf has w_x = 0 there and decouples in the
     * eigenvectors of M into cosine series (physics.md section 5).
     */
    @Test
    void linearCoupledSoretDufourFluxCell() {
        double rho = 1000, cp = 1000, lambda = 0.01, soret = 0.01, c0 = 0.5, tInit = 300, molar = 6.2e-3;
        double kappa = lambda / (rho * cp);
        // K_D = rho m T D_T with m = R T/M (ideal, M1 = M2)
        double kd = rho * CellModel.GAS_CONSTANT * tInit / molar * tInit * D * soret;
        double g0 = c0 * (1 - c0);
        double epsD = kd * soret * g0 / lambda;
        assertTrue(epsD > 0.2 && epsD < 0.5, "a strongly coupled but admissible cell: eps_D = " + epsD);
        double q = 0.01 * lambda * (1 - epsD) / L; // about 0.01 K across
        double[][] mm = {{D, D * soret * g0}, {kd / (rho * cp), kappa}};
        double[] b = {0, -q / (rho * cp)};
        double det = mm[0][0] * mm[1][1] - mm[0][1] * mm[1][0];
        double[] slope = {(mm[1][1] * b[0] - mm[0][1] * b[1]) / det, (-mm[1][0] * b[0] + mm[0][0] * b[1]) / det};
        // eigen-decomposition of the 2x2 M
        double tr = mm[0][0] + mm[1][1];
        double disc = Math.sqrt(0.25 * tr * tr - det);
        double[] eig = {0.5 * tr - disc, 0.5 * tr + disc};
        double[][] v = new double[2][2]; // columns: eigenvectors (M - e I) v = 0 -> v = (m01, e - m00)
        for (int j = 0; j < 2; j++) {
            v[0][j] = mm[0][1];
            v[1][j] = eig[j] - mm[0][0];
        }
        double dv = v[0][0] * v[1][1] - v[0][1] * v[1][0];
        // a = V^{-1} slope
        double[] a = {(v[1][1] * slope[0] - v[0][1] * slope[1]) / dv, (-v[1][0] * slope[0] + v[0][0] * slope[1]) / dv};

        double tauSlow = L * L / (Math.PI * Math.PI * eig[0]);
        double[] f = {0.05, 0.2, 0.5, 1, 2, 4};
        double[] times = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            times[i] = f[i] * tauSlow;
        }
        CellParameters p = CellParameters.builder().length(L).c0(c0).diffusion(D).soret(soret)
                .thermal(rho, cp, lambda).thermalBc(ThermalBc.FLUX).set(NumericInput.HEAT_FLUX, q)
                .set(NumericInput.T_INITIAL, tInit).thermo(ThermoModel.IDEAL)
                .set(NumericInput.MOLAR_MASS_1, molar).set(NumericInput.MOLAR_MASS_2, molar)
                .initialTemperature(InitialTemperature.UNIFORM).mode(Mode.TRANSIENT).times(times).build();
        CellModel model = new CellModel();
        ResultBuffer out = Cells.buffer();
        model.load(p);
        double sepInf = slope[0] * L;
        model.loadWalls(tInit - 0.5 * slope[1] * L, tInit + 0.5 * slope[1] * L);
        out.set(OutputField.SEPARATION, sepInf);
        out.set(OutputField.C_HOT, c0 - 0.5 * sepInf);
        out.set(OutputField.C_COLD, c0 + 0.5 * sepInf);
        Cells.march(new GridMarch(), GridMarch.DEFAULT_TOLERANCE, p, model, out);
        assertEquals(Status.OK, out.status(), () -> String.valueOf(out.reason()));
        for (int i = 0; i < f.length; i++) {
            double t = times[i];
            // sep(t) = sep_inf + sum_j V0j a_j sum_k odd (-8L/(k pi)^2) exp(-e_j (k pi/L)^2 t)
            double sep = sepInf;
            for (int j = 0; j < 2; j++) {
                for (int k = 1; k < 20001; k += 2) {
                    double kp = k * Math.PI / L;
                    sep += v[0][j] * a[j] * (-8 * L / (k * k * Math.PI * Math.PI)) * Math.exp(-eig[j] * kp * kp * t);
                }
            }
            assertEquals(sep, out.separationAt(i), 1e-4 * Math.abs(sep), "t = " + f[i] + " tau_slow");
        }
        assertTrue(Double.isNaN(out.get(OutputField.DUFOUR_DT_MAX)), "dufour_dt_max is null for the flux BC");
        assertTrue(out.get(OutputField.MASS_ERROR) < 1e-13);
    }

    /**
     * Equimolar He-Ar, 1 cm, 290/310 K (physics.md 5: a Dufour bump of ~15 mK). Properties at 300 K, 1 atm:
     * D12 = 7.3e-5 m^2/s and alpha_T = 0.38 (Chapman-Enskog for He-Ar; measured 0.37-0.40), S_T = alpha_T/T;
     * ideal-gas density p Mbar/(R T) = 0.893 kg/m^3 with Mbar = 21.98 g/mol; monatomic c_p = (5/2) R/Mbar =
     * 946 J/(kg K); lambda = 0.068 W/(m K) (between He 0.155 and Ar 0.0177, for the equimolar mixture).
     * c0 = x1 M1/Mbar = 0.0911.
     */
    static CellParameters.Builder heliumArgon(ThermoModel thermo, double... times) {
        return CellParameters.builder().length(0.01).walls(310, 290).c0(0.0911).diffusion(7.3e-5)
                .soret(0.38 / 300).thermal(0.893, 946, 0.068).thermo(thermo)
                .set(NumericInput.MOLAR_MASS_1, 4.0026e-3).set(NumericInput.MOLAR_MASS_2, 39.948e-3)
                .mode(Mode.TRANSIENT).times(times);
    }

    @Test
    void heliumArgonDufourBumpIsMillikelvin() {
        double tau = 0.01 * 0.01 / (Math.PI * Math.PI * 7.3e-5);
        ResultBuffer out = run(heliumArgon(ThermoModel.IDEAL, 0.58 * tau).build(), new GridMarch());
        assertEquals(Status.OK, out.status(), () -> String.valueOf(out.reason()));
        double bump = out.get(OutputField.DUFOUR_DT_MAX);
        // K_D dc/lambda: the order of magnitude physics.md quotes (~15 mK); a kelvin would be a units error
        assertTrue(bump > 5e-3 && bump < 5e-2, "dufour_dt_max = " + bump + " K");
        assertTrue(out.get(OutputField.MASS_ERROR) < 1e-13);

        ResultBuffer none = run(heliumArgon(ThermoModel.NONE, 0.58 * tau).build(), new GridMarch());
        assertEquals(0, none.get(OutputField.DUFOUR_DT_MAX), 0);
        ResultBuffer uniform = run(heliumArgon(ThermoModel.IDEAL, 0.58 * tau)
                .initialTemperature(InitialTemperature.UNIFORM).build(), new GridMarch());
        assertEquals(Status.OK, uniform.status());
        assertTrue(Double.isNaN(uniform.get(OutputField.DUFOUR_DT_MAX)), "null unless dirichlet + linear start");
    }

    /**
     * A later grid holds its steps short only near the previous grid's peak time (GridMarch.BUMP_WINDOW_STEPS). Misled
     * by a hint far past its own peak (the 1 cm He-Ar cell's, 0.56 of its tau, where the 5 mm cell peaks at a quarter of
     * that), the march passes its peak with long steps, sees it, and marches again held throughout: the same rows as
     * a march that had no hint.
     */
    @Test
    void aGridMisledByThePreviousGridsPeakTimeMarchesAgainHeld() {
        CellParameters small = heliumArgon(ThermoModel.IDEAL, 0.05).length(0.005).cells(32).build();
        ResultBuffer fresh = run(small, new GridMarch());
        GridMarch misled = new GridMarch();
        run(heliumArgon(ThermoModel.IDEAL, 0.1).cells(16).build(), misled);
        ResultBuffer out = run(small, misled);
        assertEquals(Status.OK, out.status(), () -> String.valueOf(out.reason()));
        for (OutputField f : new OutputField[] {OutputField.DUFOUR_DT_MAX, OutputField.T99}) {
            assertEquals(fresh.get(f), out.get(f), 0, f.name());
        }
        assertEquals(fresh.separationAt(0), out.separationAt(0), 0);
    }

    // ---------------------------------------------------------------- convergence in space

    /**
     * A strongly separating dilute cell (S_T dT = 3: the drift term is far from linear) where the spatial
     * error is visible: halving the cells three times, the observed order of the separation at t = tau (from
     * successive differences) and of the final separation against the exact steady value is at least 1.8.
     */
    @Test
    void observedSpatialOrder() {
        double tau = L * L / (Math.PI * Math.PI * D);
        int[] cells = {16, 32, 64, 128};
        double[] atTau = new double[cells.length];
        double[] steadyError = new double[cells.length];
        GridMarch solver = new GridMarch();
        double tolerance = 1e-9; // time error well below the spatial one
        for (int i = 0; i < cells.length; i++) {
            CellParameters p = CellParameters.builder().length(L).walls(305, 295).c0(1.0).closure(Closure.DILUTE)
                    .diffusion(D).soret(0.3).mode(Mode.TRANSIENT).times(tau, 60 * tau).cells(cells[i]).build();
            ResultBuffer out = run(p, solver, tolerance);
            assertEquals(Status.OK, out.status(), () -> String.valueOf(out.reason()));
            atTau[i] = out.separationAt(0);
            steadyError[i] = Math.abs(out.separationAt(1) - out.get(OutputField.SEPARATION));
        }
        for (int i = 0; i + 2 < cells.length; i++) {
            double order = Math.log(Math.abs(atTau[i] - atTau[i + 1]) / Math.abs(atTau[i + 1] - atTau[i + 2])) / Math.log(2);
            assertTrue(order >= 1.8, "order from successive differences " + order);
        }
        for (int i = 0; i + 1 < cells.length; i++) {
            double order = Math.log(steadyError[i] / steadyError[i + 1]) / Math.log(2);
            assertTrue(order >= 1.8, "order against the exact steady state " + order);
        }
    }

    /**
     * The temperature is solved too (He-Ar, Dirichlet walls switched on at t = 0 on a uniform cell, Dufour
     * on): the compact Dirichlet wall closure keeps the separation converging at order >= 1.8 (observed ~3).
     */
    @Test
    void observedSpatialOrderWithTheTemperatureSolved() {
        double tau = 0.01 * 0.01 / (Math.PI * Math.PI * 7.3e-5);
        int[] cells = {16, 32, 64, 128};
        double[][] sep = new double[cells.length][];
        GridMarch solver = new GridMarch();
        for (int i = 0; i < cells.length; i++) {
            ResultBuffer out = run(heliumArgon(ThermoModel.IDEAL, 0.3 * tau, tau).cells(cells[i])
                    .initialTemperature(InitialTemperature.UNIFORM).build(), solver, 1e-9);
            assertEquals(Status.OK, out.status(), () -> String.valueOf(out.reason()));
            sep[i] = out.snapshot().separationAt();
        }
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i + 2 < cells.length; i++) {
                double order = Math.log(Math.abs(sep[i][k] - sep[i + 1][k]) / Math.abs(sep[i + 1][k] - sep[i + 2][k]))
                        / Math.log(2);
                assertTrue(order >= 1.8, "order " + order + " at report time " + k);
            }
        }
    }

    // ---------------------------------------------------------------- invariants

    @Test
    void massIsConservedToRoundOffOnRandomPoints() {
        Random rng = new Random(20261126);
        GridMarch solver = new GridMarch();
        for (int trial = 0; trial < 40; trial++) {
            boolean binary = rng.nextBoolean();
            boolean flux = rng.nextBoolean();
            ThermoModel thermo = ThermoModel.values()[rng.nextInt(3)]; // none, constant, ideal
            double c0 = 0.05 + 0.9 * rng.nextDouble();
            double dT = 0.5 + 20 * rng.nextDouble();
            double soret = (rng.nextBoolean() ? 1 : -1) * Math.pow(10, -3 + 2 * rng.nextDouble());
            double length = Math.pow(10, -3 + rng.nextDouble());
            double diff = Math.pow(10, -9.5 + 1.5 * rng.nextDouble());
            double lambda = 0.1 + rng.nextDouble();
            double rho = 800 + 400 * rng.nextDouble();
            double cp = 1500 + 2500 * rng.nextDouble();
            double lewis = lambda / (rho * cp) / diff;
            // keep eps_D = K_D S_T g/lambda below 0.5: K_D = rho m T D S_T with m ~ c dmu_dc
            double dmuDc = 0.5 * lambda / (rho * 300 * diff * soret * soret) * rng.nextDouble();
            CellParameters.Builder b = CellParameters.builder().length(length).c0(c0).diffusion(diff).soret(soret)
                    .closure(binary ? Closure.BINARY : Closure.DILUTE).thermal(rho, cp, lambda).thermo(thermo)
                    .set(NumericInput.DMU_DC, dmuDc).set(NumericInput.MOLAR_MASS_1, 0.02 + 0.1 * rng.nextDouble())
                    .set(NumericInput.MOLAR_MASS_2, 0.02 + 0.1 * rng.nextDouble())
                    .initialTemperature(rng.nextBoolean() ? InitialTemperature.LINEAR : InitialTemperature.UNIFORM)
                    .mode(Mode.TRANSIENT).cells(8 + rng.nextInt(120));
            double tau = length * length / (Math.PI * Math.PI * diff);
            b.times(rng.nextDouble() * tau, 3 * rng.nextDouble() * tau);
            if (flux) {
                b.thermalBc(ThermalBc.FLUX).set(NumericInput.HEAT_FLUX, dT * lambda / length)
                        .set(NumericInput.T_INITIAL, 300);
            } else {
                b.walls(300 + 0.5 * dT, 300 - 0.5 * dT);
            }
            if (!binary && thermo == ThermoModel.IDEAL) {
                b.thermo(ThermoModel.IDEAL_DILUTE);
            }
            if (!binary) {
                b.c0(0.01 + 0.1 * rng.nextDouble()); // a mass fraction when Dufour is on
            }
            CellParameters p = b.build();
            CellModel probe = new CellModel();
            probe.load(p);
            if (probe.dufourRatio(Math.min(0.5, 2 * p.c0()), 320) > 0.5) {
                continue; // inadmissible or near the second-law limit: not this test's subject
            }
            ResultBuffer out = run(p, solver);
            String what = p + " Le=" + lewis;
            assertEquals(Status.OK, out.status(), () -> what + " " + out.reason());
            assertTrue(out.get(OutputField.MASS_ERROR) < 1e-13, () -> what + " mass_error " + out.get(OutputField.MASS_ERROR));
        }
    }

    @Test
    void noAllocationAfterWarmUp() {
        double tau = 0.01 * 0.01 / (Math.PI * Math.PI * 7.3e-5);
        CellParameters p = heliumArgon(ThermoModel.IDEAL, 0.1 * tau, 0.58 * tau, tau, 3 * tau).build();
        CellParameters plain = deGrootCell(0.5 * TAU, 2 * TAU).build();
        TransientKernel solver = new TransientKernel();
        CellModel model = new CellModel();
        ResultBuffer out = Cells.buffer();
        ResultBuffer out2 = Cells.buffer();
        Cells.prepare(p, model, out);
        CellModel model2 = new CellModel();
        Cells.prepare(plain, model2, out2);
        for (int i = 0; i < 300; i++) {
            solver.solve(p, model, out);
            solver.solve(plain, model2, out2);
        }
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(tid);
        for (int i = 0; i < 200; i++) {
            solver.solve(p, model, out);
            solver.solve(plain, model2, out2);
        }
        long allocated = bean.getThreadAllocatedBytes(tid) - before;
        assertEquals(Status.OK, out.status());
        assertEquals(Status.OK, out2.status());
        assertTrue(allocated < 1024, "allocated " + allocated + " bytes over 400 solves");
    }
    // ---------------------------------------------------------------- the analytic start with Dufour

    /** THN/IBB-like liquid (D/kappa = 0.011, eps_D = 1e-4), ideal thermo: K_D ~ T^2 varies 7 % across 10 K. */
    private static CellParameters.Builder dufourLiquid(double tHot, double tCold, double conductivity,
            double... times) {
        return CellParameters.builder().length(1e-3).walls(tHot, tCold).c0(0.5).diffusion(9.5e-10).soret(3.3e-3)
                .thermal(860, 1700, conductivity).thermo(ThermoModel.IDEAL).set(NumericInput.MOLAR_MASS_1, 0.1322)
                .set(NumericInput.MOLAR_MASS_2, 0.1342).mode(Mode.TRANSIENT).times(times);
    }

    /**
     * The analytic start runs past the peak of the Dufour bump (~0.19 tau): dufour_dt_max then comes from the
     * analytic bump (quasi-steady with the T dependence of K_D, plus the lag of T behind c) and separation_at up
     * to the start from the layers. Reference: the same kernel marched from t = 0 (no analytic start) on 512 cells
     * at tolerance 1e-9 (it resolves the early layers and the bump's peak).
     */
    @Test
    void dufourAnalyticStartMatchesAMarchedFineReference() {
        double tau = 1e-6 / (Math.PI * Math.PI * 9.5e-10);
        double[] f = {0.02, 0.1, 0.19, 0.3, 0.5, 1, 2};
        double[] times = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            times[i] = f[i] * tau;
        }
        // the liquid; a 40 K cell (K_D varies 27 %); a lower conductivity (D/kappa = 0.021, a larger lag);
        // constant thermo (K_D ~ c T: its c dependence moves the bump by ~0.3 %)
        CellParameters[] cases = {dufourLiquid(303, 293, 0.13, times).build(),
            dufourLiquid(318, 278, 0.13, times).build(), dufourLiquid(303, 293, 0.065, times).build(),
            dufourLiquid(303, 293, 0.13, times).thermo(ThermoModel.CONSTANT).set(NumericInput.DMU_DC, 5000).build()};
        for (int k = 0; k < cases.length; k++) {
            CellParameters p = cases[k];
            GridMarch started = new GridMarch();
            ResultBuffer out = run(p, started);
            double startEnd = started.lastLayerTime() / tau;
            GridMarch marched = new GridMarch(MarchOptions.DEFAULT.withoutAnalyticStart());
            // T's steps are controlled on the bump's scale: ~1e-11 K
            ResultBuffer ref = run(p.toBuilder().cells(512).build(), marched, 1e-7);
            assertEquals(Status.OK, out.status(), () -> String.valueOf(out.reason()));
            assertEquals(Status.OK, ref.status(), () -> String.valueOf(ref.reason()));
            double sepInf = out.get(OutputField.SEPARATION);
            for (int i = 0; i < f.length; i++) {
                // up to the start's end (at most 0.5 tau; 0.075 tau in the 40 K cell, where the start ends before the
                // bump's peak) half the step tolerance (seen: 7e-6 with the 40 K cell's nonlinear drift), then the step
                // tolerance (seen: 1.1e-5 at 2 tau, as when starting at 0.15 tau; 1.2e-5 at 0.5 tau in the 40 K cell)
                double allowed = (f[i] <= startEnd ? 0.5 : 1) * GridMarch.DEFAULT_TOLERANCE * Math.abs(sepInf);
                assertEquals(ref.separationAt(i), out.separationAt(i), allowed,
                        "t = " + f[i] + " tau, case " + k);
            }
            double bump = ref.get(OutputField.DUFOUR_DT_MAX);
            // seen: 4e-4, 1e-3 (marched: that start is before the peak), 1.6e-3 (second order in D/kappa), 4e-4
            assertEquals(bump, out.get(OutputField.DUFOUR_DT_MAX), 5e-3 * bump,
                    "dufour_dt_max, case " + k);
        }
    }

    /**
     * Where T lags c little (D/kappa up to {@link WallLayerStart#PEAK_LAG_RATIO}) the analytic start runs past the
     * bump's peak (~0.19 tau) and gives it, its lag taken in full: a K_D varying across the cell adds an even part to
     * the lag that the start's shortcut leaves out (1.4e-3 of the bump of the first cell, more across 40 K). Within its
     * target, 1e-3, of a march from t = 0 on 512 cells at tolerance 1e-9 (converged: within 2e-5 of 1024 cells).
     * Cells: THN/IBB-like (K_D ~ T^2 varies 7 %); off mid-composition (the drift's first order); constant
     * thermodynamics; twice the conductivity (D/kappa = 0.0053). Across 20 K or more the drift's nonlinearity ends the
     * start before the peak, and the march takes it (the other tests).
     */
    @Test
    void aStartPastTheBumpsPeakGivesItWithinItsTarget() {
        double tau = 1e-6 / (Math.PI * Math.PI * 9.5e-10);
        CellParameters[] cases = startPastPeakCells(tau);
        for (int k = 0; k < cases.length; k++) {
            CellParameters p = cases[k];
            GridMarch solver = new GridMarch();
            ResultBuffer out = run(p, solver);
            assertEquals(Status.OK, out.status(), () -> String.valueOf(out.reason()));
            assertTrue(solver.lastLayerTime() > 0.3 * tau, "case " + k + ": the start passes the peak, it ends at "
                    + solver.lastLayerTime() / tau + " tau");
            double reference = marchedBump(p, 512);
            double finer = marchedBump(p, 1024);
            assertEquals(finer, reference, 2e-5 * finer, "case " + k + ": the reference converged");
            assertEquals(reference, out.get(OutputField.DUFOUR_DT_MAX), 1e-3 * reference, "case " + k);
        }
    }

    /**
     * The cells whose analytic start passes the bump's peak: THN/IBB-like (K_D ~ T^2 varies 7 %); off mid-composition
     * (the drift's first order); constant thermodynamics; twice the conductivity (D/kappa = 0.0053).
     */
    private static CellParameters[] startPastPeakCells(double tau) {
        return new CellParameters[] {dufourLiquid(303, 293, 0.13, 2 * tau).build(),
            dufourLiquid(303, 293, 0.13, 2 * tau).c0(0.3).build(),
            dufourLiquid(303, 293, 0.13, 2 * tau).thermo(ThermoModel.CONSTANT).set(NumericInput.DMU_DC, 5000).build(),
            dufourLiquid(303, 293, 0.26, 2 * tau).build()};
    }

    /** dufour_dt_max of {@code p} marched from t = 0 (no analytic start) on {@code cells} cells at tolerance 1e-9. */
    private static double marchedBump(CellParameters p, int cells) {
        GridMarch marched = new GridMarch(MarchOptions.DEFAULT.withoutAnalyticStart());
        return run(p.toBuilder().cells(cells).build(), marched, 1e-9).get(OutputField.DUFOUR_DT_MAX);
    }

    /**
     * The solver's own grids (16 and 32 cells, the second taking its bump once at the first grid's peak time with the
     * first grid's lag correction) against the converged marches of the test above: measured within 4.1e-5 on these
     * cells (the lag's neglected second order); asserted at a fifth of the target.
     */
    @Test
    void theAdaptiveGridsGiveTheStartsPeakWithinAFifthOfItsTarget() {
        double tau = 1e-6 / (Math.PI * Math.PI * 9.5e-10);
        CellParameters[] cases = startPastPeakCells(tau);
        for (int k = 0; k < cases.length; k++) {
            CellParameters p = cases[k];
            CellModel model = new CellModel();
            ResultBuffer out = Cells.buffer();
            Cells.prepare(p, model, out);
            TransientKernel kernel = new TransientKernel();
            kernel.solve(p, model, out);
            assertEquals(Status.OK, out.status(), () -> String.valueOf(out.reason()));
            assertEquals(32, kernel.lastCells(), "case " + k + ": the 16/32 pair meets the targets");
            double reference = marchedBump(p, 512);
            assertEquals(reference, out.get(OutputField.DUFOUR_DT_MAX), 2e-4 * reference, "case " + k);
        }
    }

    /**
     * Off c0 = 0.5 the drift's dependence on c (g'(c0) != 0) perturbs the layers at first order: the start carries
     * it (even about the centre, so the separation is unchanged, see WallLayerStart.layerDriftEps). Reference: the
     * kernel marched from t = 0 on 1024 cells at tolerance 1e-10; the start's cells against the reference's
     * averaged 16 to a cell, separation_at up to the start time, dufour_dt_max (its peak is before the start).
     */
    @Test
    void analyticStartOffMidCompositionMatchesAMarchedFineReference() {
        double tau = 1e-6 / (Math.PI * Math.PI * 9.5e-10);
        for (double c0 : new double[] {0.3, 0.45, 0.49}) {
            for (boolean withDufour : new boolean[] {false, true}) {
                CellParameters.Builder b = dufourLiquid(303, 293, 0.13, 2 * tau).c0(c0);
                if (!withDufour) {
                    b.thermo(ThermoModel.NONE);
                }
                GridMarch probe = new GridMarch();
                run(b.build(), probe);
                double start = probe.lastLayerTime();
                String label = "c0 = " + c0 + (withDufour ? ", Dufour" : "") + ", start " + start / tau + " tau";
                // seen: 0.365 tau at c0 = 0.3; with Dufour the start ends before the bump's peak (0.08 tau)
                assertTrue(start >= (withDufour ? 0.05 : 0.3) * tau, label);
                CellParameters p = b.times(0.02 * tau, 0.1 * tau, 0.2 * tau, start).build();
                GridMarch solver = new GridMarch(MarchOptions.DEFAULT.withProfileAt(start)); // the start's cells
                ResultBuffer out = run(p, solver);
                GridMarch marched = new GridMarch(MarchOptions.DEFAULT.withoutAnalyticStart().withProfileAt(start));
                // with Dufour T is controlled on the bump
                ResultBuffer ref = run(p.toBuilder().cells(1024).build(), marched, withDufour ? 1e-7 : 1e-10);
                assertEquals(Status.OK, out.status(), () -> String.valueOf(out.reason()));
                assertEquals(Status.OK, ref.status(), () -> String.valueOf(ref.reason()));
                double[] profile = new double[Cells.GRID];
                double[] reference = new double[1024];
                assertTrue(solver.profile(profile) && marched.profile(reference), "both profiles kept");
                double sepInf = Math.abs(out.get(OutputField.SEPARATION));
                for (int i = 0; i < 4; i++) {
                    // seen: up to 2e-6 (the drift's second order at the start; 2e-6 at c0 = 0.5 too)
                    assertEquals(ref.separationAt(i), out.separationAt(i), 5e-6 * sepInf, label + ", time " + i);
                }
                int ratio = 1024 / Cells.GRID;
                for (int i = 0; i < Cells.GRID; i++) {
                    double mean = 0;
                    for (int k = 0; k < ratio; k++) {
                        mean += reference[ratio * i + k];
                    }
                    // seen: up to 1.2e-6 (2.2e-4 at c0 = 0.3 without the drift's first order)
                    assertEquals(mean / ratio, profile[i], 5e-6 * sepInf, label + ", cell " + i);
                }
                if (withDufour) {
                    double bump = ref.get(OutputField.DUFOUR_DT_MAX);
                    // seen: 4.5e-4 (2.8e-3 at c0 = 0.3 without the drift's first order in the analytic peak)
                    assertEquals(bump, out.get(OutputField.DUFOUR_DT_MAX), 1.5e-3 * bump, label);
                }
            }
        }
    }

    /**
     * Gases: T does not relax much faster than c (D/kappa ~ 1). Where the coupled layers' modes are apart
     * ({@link CoupledWallLayer#MIN_GAP}) the start is the two walls' coupled layers to first order in their width,
     * then the march resolves the bump at the default tolerance (its step control on the bump's scale). Reference: a
     * march from t = 0 on 1024 cells at a tight tolerance, its cells averaged 16 to one of the start's 64. Cells: the
     * He-Ar bench cell and the same off its composition (c0 0.3: a smaller g'/g); dilute in a light gas with
     * D/kappa = 2.4 (T the slow field); an equimolar-ish binary with D/kappa = 1.0 (the coupling's resonance: modes
     * within 5 %, no start) and 0.7; constant and ideal thermodynamics.
     */
    @Test
    void gasCoupledStartAndBumpMatchATightMarch() {
        CellParameters heAr = CellParameters.builder().length(0.01).walls(310, 290).c0(0.0911).diffusion(7.3e-5)
                .soret(1.2e-3).thermal(0.893, 946, 0.068).thermo(ThermoModel.IDEAL)
                .set(NumericInput.MOLAR_MASS_1, 0.0040026).set(NumericInput.MOLAR_MASS_2, 0.039948).build();
        CellParameters[] cells = {heAr, heAr.toBuilder().c0(0.3).build(),
            CellParameters.builder().length(1.39e-3).walls(348.19, 314.82).c0(1.49e-3).closure(Closure.DILUTE)
                    .diffusion(7.33e-5).soret(-1.46e-4).thermal(1.0, 1000, 0.03).thermo(ThermoModel.IDEAL)
                    .set(NumericInput.MOLAR_MASS_1, 0.0591).set(NumericInput.MOLAR_MASS_2, 0.0500).build(),
            CellParameters.builder().length(8.6e-4).walls(286.75, 281.21).c0(1.19e-3).closure(Closure.DILUTE)
                    .diffusion(3.02e-5).soret(4.43e-3).thermal(1.0, 1000, 0.03).thermo(ThermoModel.CONSTANT)
                    .set(NumericInput.DMU_DC, 4.87e4).build(),
            CellParameters.builder().length(6.1e-4).walls(326.2, 297.6).c0(0.743).diffusion(2.11e-5).soret(1.26e-4)
                    .thermal(1.0, 1000, 0.03).thermo(ThermoModel.IDEAL).set(NumericInput.MOLAR_MASS_1, 0.0812)
                    .set(NumericInput.MOLAR_MASS_2, 0.0889).build()};
        for (CellParameters cell : cells) {
            double tau = cell.length() * cell.length() / (Math.PI * Math.PI * cell.diffusion());
            GridMarch probe = new GridMarch();
            run(cell.toBuilder().mode(Mode.TRANSIENT).times(tau).build(), probe);
            double start = probe.lastLayerTime();
            String label = "D/kappa = " + cell.diffusion() * cell.density() * cell.heatCapacity() / cell.conductivity()
                    + ", c0 = " + cell.c0() + ", start " + start / tau + " tau";
            if (cell.diffusion() != 3.02e-5) {
                // seen: 0.155 tau (He-Ar, both compositions), 0.275 (dilute, T the slow field), 0.137 (D/kappa = 0.7);
                // the resonance (modes within 5 %) has none
                assertTrue(start > 0.1 * tau, label);
            }
            double[] times = start > 0 ? new double[] {0.3 * start, start, 0.1 * tau, tau} : new double[] {0.1 * tau, tau};
            CellParameters p = cell.toBuilder().mode(Mode.TRANSIENT).times(times).build();
            GridMarch solver = new GridMarch(MarchOptions.DEFAULT.withProfileAt(Math.max(start, 1e-300)));
            ResultBuffer out = run(p, solver);
            assertEquals(Status.OK, out.status(), () -> String.valueOf(out.reason()));
            GridMarch marched = new GridMarch(MarchOptions.DEFAULT.withoutAnalyticStart().withProfileAt(Math.max(start, 1e-300)));
            ResultBuffer ref = run(start > 0 ? p.toBuilder().cells(1024).build() : p, marched, 1e-9);
            assertEquals(Status.OK, ref.status(), () -> String.valueOf(ref.reason()));
            double sepInf = Math.abs(out.get(OutputField.SEPARATION));
            if (start > 0) {
                double[] profile = new double[Cells.GRID];
                double[] reference = new double[1024];
                assertTrue(solver.profile(profile) && marched.profile(reference), "both profiles kept");
                for (int i = 0; i < 2; i++) {
                    // seen: up to 1.7e-7, and 4.6e-6 at the end of the dilute cell's start (its drift, g'/g = 1/c0)
                    assertEquals(ref.separationAt(i), out.separationAt(i), 0.5 * GridMarch.DEFAULT_TOLERANCE * sepInf,
                            label + ", time " + i);
                }
                int ratio = 1024 / Cells.GRID;
                for (int i = 0; i < Cells.GRID; i++) {
                    double mean = 0;
                    for (int k = 0; k < ratio; k++) {
                        mean += reference[ratio * i + k];
                    }
                    // seen: up to 1e-6
                    assertEquals(mean / ratio, profile[i], 0.5 * GridMarch.DEFAULT_TOLERANCE * sepInf, label + ", cell " + i);
                }
            }
            double bump = out.get(OutputField.DUFOUR_DT_MAX), exact = ref.get(OutputField.DUFOUR_DT_MAX);
            assertTrue(exact > 1e-9, "a bump worth testing: " + exact + " K");
            // seen: up to 2.2e-4 (the resonance, marched from t = 0), 9.6e-5 with the start
            assertEquals(exact, bump, 1e-3 * exact, label);
        }
    }

    /**
     * A march that ends at a report time (the kernel's second pass at a tighter tolerance for early report times) gives
     * those report times bit for bit as the whole march does, leaves the later ones and t99 unset, and takes fewer
     * steps. From t = 0 (uniform start) and from the analytic start.
     */
    @Test
    void aMarchEndingAtAReportTimeGivesItAsTheWholeMarchDoes() {
        double tau = L * L / (Math.PI * Math.PI * D);
        for (InitialTemperature start : InitialTemperature.values()) {
            CellParameters p = deGrootCell(0.6 * tau, 0.05 * tau, 2 * tau).soret(2e-2).c0(0.3).thermal(1000, 4180, 0.6)
                    .initialTemperature(start).build();
            CellModel model = new CellModel();
            ResultBuffer steady = Cells.buffer();
            Cells.prepare(p, model, steady);
            GridMarch march = new GridMarch();
            GridResult whole = new GridResult(), early = new GridResult();
            march.solve(p, model, steady, 32, GridMarch.DEFAULT_TOLERANCE, whole);
            march.solve(p, model, steady, 32, GridMarch.DEFAULT_TOLERANCE, 0.6 * tau, early);
            assertTrue(whole.ok() && early.ok(), start + ": " + whole.failure() + " / " + early.failure());
            assertEquals(whole.separationAt(0), early.separationAt(0), 0.0, start + " at 0.6 tau");
            assertEquals(whole.separationAt(1), early.separationAt(1), 0.0, start + " at 0.05 tau");
            assertTrue(Double.isNaN(early.separationAt(2)) && Double.isNaN(early.t99), start + ": later outputs unset");
            assertTrue(early.steps < whole.steps, start + ": " + early.steps + " steps against " + whole.steps);
        }
    }

    /**
     * A start that ends just past the Dufour bump's peak (here at 0.24 tau, the peak at ~0.19 tau) reports the start's
     * peak: within 2e-4 of a march from t = 0 at the tolerance 1e-9 (the start's peak is documented within ~1.1e-4 of
     * converged marches). It used to take the filled state's bump at the start's end when larger, whose T carries the
     * shortcut lag (~1e-3 of the bump off): 1.4e-3 high on this asymmetric ideal liquid (27 K, c0 = 0.23).
     */
    @Test
    void aStartEndingJustPastTheBumpsPeakReportsItsPeak() {
        CellParameters.Builder b = CellParameters.builder().length(1.5464e-3).walls(326.359, 298.908).c0(0.2293)
                .diffusion(1.27119e-9).soret(-1.04281e-4).thermal(715.53, 3481.84, 0.346493).thermo(ThermoModel.IDEAL)
                .set(NumericInput.MOLAR_MASS_1, 0.028925).set(NumericInput.MOLAR_MASS_2, 0.051653).mode(Mode.TRANSIENT);
        double tau = 1.5464e-3 * 1.5464e-3 / (Math.PI * Math.PI * 1.27119e-9);
        CellParameters p = b.times(3 * tau).cells(128).build();
        GridMarch start = new GridMarch();
        ResultBuffer out = run(p, start, 1e-7);
        assertEquals(Status.OK, out.status(), () -> String.valueOf(out.reason()));
        double layerEnd = start.lastLayerTime() / tau;
        assertTrue(layerEnd > 0.19 && layerEnd < 0.3, "the start ends just past the peak: " + layerEnd + " tau");
        ResultBuffer marched = run(p, new GridMarch(MarchOptions.DEFAULT.withoutAnalyticStart()), 1e-9);
        double bump = out.get(OutputField.DUFOUR_DT_MAX), reference = marched.get(OutputField.DUFOUR_DT_MAX);
        assertEquals(reference, bump, 2e-4 * reference, "dufour_dt_max from the start's peak");
    }
}
