package org.soretstudy.solver.internal;

import org.soretstudy.solver.InitialTemperature;
import org.soretstudy.solver.ThermalBc;

/**
 * What the parts of one {@link GridMarch} share: the cell's grid and coefficients, fixed for a solve, and the
 * solution that the march advances (c and T at the current time, the step's candidate, R at the current state).
 * The parts read and write these fields directly: one object instead of copies kept in step, and one place where
 * a solve's set-up happens. Arrays are grown to the largest grid seen, then reused (the hot loop allocates
 * nothing). Not thread-safe.
 */
final class MarchState {
    /**
     * eps_D below which the c and T stages are solved as two scalar systems (see {@link #split}). Measured on 600
     * random Dufour gases of the calibration's kind, split against coupled: eps_D 0.01-0.02 16 % faster, 0.02-0.05
     * 10 % (the cheaper solves outweigh up to 16 % more steps), 0.05-0.1 even, above 0.1 slower (50 % more steps);
     * the calibration's gases stay within target with any threshold up to 0.5. (It was 1e-2, below the He-Ar cell's
     * 0.013.)
     */
    private static final double SPLIT_MAX_DUFOUR_RATIO = 0.05;

    // the cell, fixed for a solve
    CellModel m;
    /** Cells of the grid and their width. */
    int n;
    double h;
    double diff;
    /** kappa = lambda/(rho c_p), NaN when T is not solved. */
    double kappa;
    double rhoCp;
    /** False when T stays exactly the conduction profile (Dirichlet walls, linear start, no Dufour): c only. */
    boolean solveT;
    boolean dirichlet;
    boolean linearStart;
    boolean dufour;
    boolean binary;
    double tHot;
    double tCold;
    /** The wall heat flux over rho c_p (flux walls), 0 for Dirichlet walls. */
    double fluxOverRhoCp;
    /** g(c) = c (gLinear - gQuadratic c): binary (1, 1), dilute (1, 0). */
    double gLinear;
    double gQuadratic;
    /** S_T at the mean wall temperature (used only when S_T is constant). */
    double soretConstant;
    /** rho D S_T/(rho c_p): K_D/(rho c_p) = kdScale m T (constant S_T). */
    double kdScale;
    /** The thermo factor's branch-free form (see {@link CellModel#thermoFactorForm}). */
    final double[] thermoForm = new double[6];
    /**
     * Solve T then c (two scalar systems) instead of the 2x2 blocks: exact without Dufour (the Jacobian is
     * block triangular), and a W-method Jacobian (ROS34PW2 keeps order 3 with any Jacobian) when the Dufour
     * coupling is weak: dropping dR_T/dc moves the eigenvalues by a relative O(eps_D).
     */
    boolean split;
    /** S_T(T_f) dT on each face when T is exactly linear (constant over time). */
    double[] faceDrift = new double[0];
    /** The time tolerance of this solve (relative to the steady composition scale). */
    double tolerance;

    // the solution
    /** The cell averages of c and T at the current time. */
    double[] c = new double[0];
    double[] temp = new double[0];
    /** A step's candidate (c, T); made current by {@link #acceptCandidate}. */
    double[] sc = new double[0];
    double[] st = new double[0];
    /** R(c, T) at the current state (the first stage's right-hand side). */
    double[] f1c = new double[0];
    double[] f1t = new double[0];
    /**
     * Two arrays of n cells free between uses, shared to keep the march's working set small (it fits the L1 cache
     * on the grids that matter): a step's stage sums, the analytic start's layers, the steady iterations' update.
     */
    double[] scratch = new double[0];
    double[] scratchT = new double[0];
    /** Work of this solve: attempted time steps plus steady-state iterations. */
    int lastSteps;

    private int capacity;

    /** Sets up a solve of {@code model} on {@code cells} cells: coefficients, and c and T at t = 0. */
    void load(CellModel model, int cells, InitialTemperature start, double tolerance) {
        m = model;
        n = cells;
        grow(cells);
        this.tolerance = tolerance;
        lastSteps = 0;
        h = model.length() / cells;
        diff = model.diffusion();
        binary = model.binary();
        dufour = model.dufour();
        dirichlet = model.thermalBc() == ThermalBc.DIRICHLET;
        tHot = model.tHot();
        tCold = model.tCold();
        linearStart = dirichlet && start == InitialTemperature.LINEAR;
        solveT = dufour || !linearStart;
        gLinear = 1;
        gQuadratic = binary ? 1 : 0;
        soretConstant = model.soret(0.5 * (tHot + tCold)); // used only when S_T is constant
        split = !dufour || model.dufourRatio(model.c0(), 0.5 * (tHot + tCold)) < SPLIT_MAX_DUFOUR_RATIO;
        rhoCp = model.density() * model.heatCapacity();
        kdScale = dufour ? model.density() * diff * soretConstant / rhoCp : 0;
        model.thermoFactorForm(thermoForm);
        kappa = solveT ? model.conductivity() / rhoCp : Double.NaN;
        fluxOverRhoCp = dirichlet ? 0 : model.heatFlux() / rhoCp;
        double t0 = dirichlet ? 0.5 * (tHot + tCold) : model.tInitial();
        for (int i = 0; i < n; i++) {
            c[i] = model.c0();
            temp[i] = linearStart ? conduction(i) : t0;
        }
        if (!solveT) {
            double dT = (tCold - tHot) / n;
            for (int f = 1; f < n; f++) {
                faceDrift[f] = model.soret(tHot + (tCold - tHot) * f / n) * dT;
            }
        }
    }

    /** Ends a solve: the model is the caller's. */
    void release() {
        m = null;
    }

    private void grow(int cells) {
        if (capacity < cells) {
            c = new double[cells];
            temp = new double[cells];
            f1c = new double[cells];
            f1t = new double[cells];
            sc = new double[cells];
            st = new double[cells];
            faceDrift = new double[cells + 1];
            scratch = new double[cells];
            scratchT = new double[cells];
            capacity = cells;
        }
    }

    /** Makes the step's candidate state (sc, st) current by swapping buffers: no copy, no allocation. */
    void acceptCandidate() {
        double[] swap = c;
        c = sc;
        sc = swap;
        if (solveT) {
            swap = temp;
            temp = st;
            st = swap;
        }
    }

    /** The linear conduction profile at the centre of cell i (the cell average of a linear profile). */
    double conduction(int i) {
        return tHot + (tCold - tHot) * (i + 0.5) / n;
    }

    double g(double x) {
        return binary ? x * (1 - x) : x;
    }

    double gPrime(double x) {
        return binary ? 1 - 2 * x : 1;
    }

    /** K_D/(rho c_p) at c0 and the conduction temperature at x = s L. */
    double kdAt(double s) {
        return kdAt(s, m.c0());
    }

    /** K_D/(rho c_p) at composition c and the conduction temperature at x = s L. */
    double kdAt(double s, double c) {
        return m.dufourCoefficient(c, tHot + (tCold - tHot) * s) / rhoCp;
    }
}
