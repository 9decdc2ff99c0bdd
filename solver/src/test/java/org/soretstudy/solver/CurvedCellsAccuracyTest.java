package org.soretstudy.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.soretstudy.solver.internal.TransientKernel;

/**
 * Strongly curved cells at the defaults (no {@code cells}) meet the targets of issue 12: separation_at within
 * 1e-4 relative (of the largest |separation| for a trap cell, whose separation passes through zero),
 * t99 and dufour_dt_max within 1e-3 relative; and error_estimate is at least the true error.
 *
 * <p>References "refined until converged": the same solver at the time tolerance 1e-8 on 256, 512, 1024, ...
 * cells, doubling until two successive grids agree within 1e-5 on every output (a tenth of the tightest target;
 * the scheme is at least second order, so the finer one is then within ~3e-6); the finer of the two is the
 * reference. The colloid cells go through the eigenmode path: the march's reference is then an independent check
 * of the method (to the reference's ~3e-6), and the modes of 64 and 96 polynomials check the estimate below it.
 */
class CurvedCellsAccuracyTest {
    private static final CellWorkspace TIGHT = new CellWorkspace(new TransientKernel(1e-8));
    private static final CellWorkspace DEFAULT = new CellWorkspace();
    private static final CellWorkspace MODES = new CellWorkspace(new TransientKernel(1e-8, 64));
    /** The march's reference agrees with the next grid within 1e-5, so it is within ~3e-6 of the exact value. */
    private static final double REFERENCE_ACCURACY = 1e-5;

    private static CellParameters.Builder piazzaCell(double length, double tHot, double tCold, double soretInf,
            double tStar, double tWidth, double diffusion) {
        double tau = length * length / (Math.PI * Math.PI * diffusion);
        return CellParameters.builder().length(length).walls(tHot, tCold).closure(Closure.DILUTE).c0(1e-3)
                .diffusion(diffusion).soretModel(SoretModel.PIAZZA).set(NumericInput.SORET_INF, soretInf)
                .set(NumericInput.T_STAR, tStar).set(NumericInput.T_WIDTH, tWidth).thermal(1000, 4180, 0.6)
                .mode(Mode.TRANSIENT).times(0.02 * tau, 0.1 * tau, 0.25 * tau, tau, 3 * tau);
    }

    /** The lysozyme-like cell: 0.5 mm, 40 C hot / 0.5 C cold, S_inf 0.03 /K, T* 288 K, T_w 25 K. */
    @Test
    void lysozymeLikeCell() {
        check(piazzaCell(5e-4, 313.15, 273.65, 0.03, 288, 25, 1.1e-10).build());
    }

    /**
     * An SDS-micelle-like trap: S_T changes sign inside the cell (T* = 293 K between the walls), S_inf 0.1 /K,
     * T_w 20 K (the shape and magnitudes of Iacopini, Rusconi and Piazza, EPJE 19 (2006) 59, for SDS micelles;
     * physically plausible values, not their fit), D 1e-10 m^2/s (Stokes-Einstein for a ~2.5 nm micelle in water).
     */
    @Test
    void sdsMicelleLikeTrapCell() {
        check(piazzaCell(1e-3, 313.15, 273.65, 0.1, 293, 20, 1e-10).build());
    }

    /**
     * A DNA-like trap: S_T of order 0.1 /K at room temperature changing sign near the cold wall (Duhr and Braun,
     * PNAS 103 (2006) 19678: DNA S_T ~ 1e-2 - 1 /K and thermophilic at low temperature; plausible values),
     * D 5e-12 m^2/s (kilobase DNA), 0.2 mm, 50 C / 0.5 C.
     */
    @Test
    void dnaLikeTrapCell() {
        check(piazzaCell(2e-4, 323.15, 273.65, 0.1, 280, 30, 5e-12).build());
    }

    /**
     * A trap whose steady profile spans e^29.5 (S_T from 1.7 /K at the hot wall to -3.9 /K at the cold one: S_inf
     * 0.17 /K, T* 304.3 K, T_w 10 K; 0.5 mm, 40 C / 0.5 C), near the widest the eigenmodes take: they must meet the
     * converged march there too.
     */
    @Test
    void trapWhoseSteadyProfileSpansThirtyDecadesOfE() {
        CellParameters p = piazzaCell(5e-4, 313.15, 273.65, 0.17, 304.3, 10, 3.5e-12).build();
        check(p);
        assertTrue(DEFAULT.transient_.lastByModes(), "solved by its modes");
    }

    /** Binaries near the ends of the composition range across 50 K: g(c) = c(1 - c) strongly curved. */
    @Test
    void binariesAtTwoAndNinetyEightPercent() {
        for (double c0 : new double[] {0.02, 0.98}) {
            double tau = 1e-6 / (Math.PI * Math.PI * 1e-9);
            check(CellParameters.builder().length(1e-3).walls(325, 275).c0(c0).diffusion(1e-9).soret(2e-2)
                    .thermal(860, 1700, 0.13).thermo(ThermoModel.IDEAL).set(NumericInput.MOLAR_MASS_1, 0.1322)
                    .set(NumericInput.MOLAR_MASS_2, 0.1342).mode(Mode.TRANSIENT)
                    .times(0.05 * tau, 0.3 * tau, tau, 2 * tau).build());
        }
    }

    /** A He-Ar-like gas pair with a strong Dufour coupling: 40 K across, c0 = 0.25, ideal thermo. */
    @Test
    void gasPairWithStrongDufourCoupling() {
        double tau = 1e-4 / (Math.PI * Math.PI * 7.3e-5);
        CellParameters p = CellParameters.builder().length(0.01).walls(320, 280).c0(0.25).diffusion(7.3e-5)
                .soret(0.38 / 300).thermal(0.893, 946, 0.068).thermo(ThermoModel.IDEAL)
                .set(NumericInput.MOLAR_MASS_1, 4.0026e-3).set(NumericInput.MOLAR_MASS_2, 39.948e-3)
                .mode(Mode.TRANSIENT).times(0.05 * tau, 0.3 * tau, tau, 2 * tau).build();
        CellResult r = check(p);
        assertTrue(r.get(OutputField.DUFOUR_DT_MAX) > 0.02, "a strong coupling: " + r.get(OutputField.DUFOUR_DT_MAX) + " K");
    }

    /**
     * The observed order of the space scheme on a varying-coefficient cell (the lysozyme-like one: S_T(T) changes
     * sign across the cell): from successive differences on 32 to 256 cells at tolerance 1e-9, at least 1.8 at
     * every report time (the scheme is second order where the coefficients vary).
     */
    @Test
    void observedSpatialOrderWithAVaryingSoretCoefficient() {
        CellWorkspace ws = new CellWorkspace(new TransientKernel(1e-9));
        CellParameters base = piazzaCell(5e-4, 313.15, 273.65, 0.03, 288, 25, 1.1e-10).build();
        int[] cells = {32, 64, 128, 256};
        double[][] sep = new double[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            CellResult r = CellSolver.solve(base.toBuilder().cells(cells[i]).build(), ws).snapshot();
            assertTrue(r.isOk(), () -> String.valueOf(r.reason()));
            sep[i] = r.separationAt();
        }
        for (int k = 1; k < sep[0].length; k++) {
            for (int i = 0; i + 2 < cells.length; i++) {
                double order = Math.log(Math.abs(sep[i][k] - sep[i + 1][k]) / Math.abs(sep[i + 1][k] - sep[i + 2][k]))
                        / Math.log(2);
                assertTrue(order >= 1.8, "order " + order + " at report time " + k + " from " + cells[i] + " cells");
            }
        }
    }

    /** Solves at the defaults, compares with the converged reference, returns the default result. */
    private static CellResult check(CellParameters p) {
        CellResult got = CellSolver.solve(p, DEFAULT).snapshot();
        assertEquals(Status.OK, got.status(), () -> String.valueOf(got.reason()));
        CellResult ref = converged(p);
        double[] e = ErrorEstimateCalibrationTest.trueErrors(p, got, ref);
        String what = "separation_at " + e[0] + ", t99 " + e[1] + ", dufour_dt_max " + e[2] + ", estimate "
                + got.get(OutputField.ERROR_ESTIMATE);
        assertTrue(e[0] <= 1e-4, what);
        assertTrue(e[1] <= 1e-3, what);
        assertTrue(e[2] <= 1e-3, what);
        // the reference is good to ~3e-6 (see the class comment): below that it cannot check the estimate
        assertTrue(Math.max(e[0], e[1]) <= Math.max(got.get(OutputField.ERROR_ESTIMATE), REFERENCE_ACCURACY), what);
        if (DEFAULT.transient_.lastByModes()) {
            // solved by the eigenmodes: their estimate against the converged modes (64 and 96 polynomials)
            CellResult modes = CellSolver.solve(p, MODES).snapshot();
            double[] m = ErrorEstimateCalibrationTest.trueErrors(p, got, modes);
            assertTrue(Math.max(m[0], m[1]) <= got.get(OutputField.ERROR_ESTIMATE),
                    "against the converged modes: separation_at " + m[0] + ", t99 " + m[1] + ", estimate "
                    + got.get(OutputField.ERROR_ESTIMATE));
        }
        return got;
    }

    private static CellResult converged(CellParameters p) {
        CellResult previous = null;
        for (int cells = 256; cells <= 8192; cells *= 2) {
            CellResult r = CellSolver.solve(p.toBuilder().cells(cells).build(), TIGHT).snapshot();
            assertTrue(r.isOk(), () -> "reference: " + r.reason());
            if (previous != null) {
                double[] d = ErrorEstimateCalibrationTest.trueErrors(p, previous, r);
                if (Math.max(d[0], Math.max(d[1], d[2])) <= 1e-5) {
                    return r;
                }
            }
            previous = r;
        }
        throw new AssertionError("the reference did not converge by 8192 cells");
    }
}
