package org.soretstudy.solver.internal;

/**
 * One time step of a {@link GridMarch}: ROS34PW2 (Rang and Angermann, BIT 45 (2005) 761), a four-stage,
 * third-order, stiffly accurate, L-stable linearly implicit Rosenbrock method with an embedded second-order
 * solution for the error estimate (max norm over the cells, absolute, against the tolerance times the steady
 * composition scale for c and times the temperature scale for T). Linearly implicit: one factorisation of the
 * {@link FiniteVolumeSystem}'s {@code M - gamma dt J} per step and no Newton iterations, which the nearly linear
 * problem does not need; any Jacobian keeps the order (a W-method), so the frozen-coefficient and split ones do.
 * Owns the stages; the candidate goes to the state's (sc, st).
 */
final class RosenbrockStep {
    // ROS34PW2 (Rang & Angermann, BIT 45 (2005) 761) in the transformed form of Hairer & Wanner (IV.7.25):
    // (M/(gamma dt) - J) u_i = R(y + sum a_ij u_j) + M sum (c_ij/dt) u_j, y1 = y + sum m_i u_i; the
    // embedded second-order solution uses m^ (error = sum (m_i - m^_i) u_i). Stiffly accurate, L-stable.
    private static final double GAMMA = 0.435866521508459;
    private static final int STAGES = 4;
    private static final double[][] A = {
        {},
        {2.0},
        {1.4192173174557652, -0.25923221167296978},
        {4.1847604823191613, -0.28519201735549599, 2.2942803602790423}};
    private static final double[][] C = {
        {},
        {-4.5885607205580836},
        {-4.1847604823191613, 0.28519201735549599},
        {-6.3681792001283597, -6.7956209444668367, 2.8700986043310550}};
    private static final double[] B = {4.1847604823191613, -0.28519201735549599, 2.2942803602790423, 1.0};
    private static final double[] E = {
        4.1847604823191613 - 3.9070105346711927,
        -0.28519201735549599 - 1.1180478778205032,
        2.2942803602790423 - 0.5216502326114911,
        1.0 - 0.5};

    private final MarchState state;
    private final FiniteVolumeSystem system;
    /** The stages u_i of c and of T (their sums of c_ij u_j go to the state's scratch). */
    private final double[][] stageC = new double[STAGES][0];
    private final double[][] stageT = new double[STAGES][0];

    RosenbrockStep(MarchState state, FiniteVolumeSystem system) {
        this.state = state;
        this.system = system;
    }

    /** Grows the stages to {@code cells} cells (no allocation when they are large enough). */
    void resize(int cells) {
        if (stageC[0].length < cells) {
            for (int i = 0; i < STAGES; i++) {
                stageC[i] = new double[cells];
                stageT[i] = new double[cells];
            }
        }
    }

    /**
     * One ROS34PW2 step from (c, T) with (f1c, f1t) = R(c, T); the candidate goes to (sc, st). Returns the
     * scaled error norm (> 1: reject), NaN when the step failed.
     */
    double step(double dt, double scaleC, double scaleT) {
        int n = state.n;
        boolean solveT = state.solveT;
        state.lastSteps++;
        if (!system.assembleOrReuse(GAMMA * dt)) {
            return Double.NaN;
        }
        double gdt = GAMMA * dt;
        for (int i = 0; i < STAGES; i++) {
            double[] uc = stageC[i], ut = stageT[i];
            if (i == 0) {
                for (int x = 0; x < n; x++) {
                    uc[x] = gdt * state.f1c[x];
                }
                if (solveT) {
                    for (int x = 0; x < n; x++) {
                        ut[x] = gdt * state.f1t[x];
                    }
                }
            } else {
                stageInput(state.c, stageC, i, state.sc, state.scratch);
                if (solveT) {
                    stageInput(state.temp, stageT, i, state.st, state.scratchT);
                }
                system.residual(state.sc, state.st, uc, ut);
                stageRhs(uc, state.scratch, gdt, false);
                if (solveT) {
                    stageRhs(ut, state.scratchT, gdt, true);
                }
            }
            system.solveLinear(uc, ut);
        }
        double err = finish(state.c, stageC, state.sc) / (state.tolerance * scaleC);
        if (solveT) {
            err = Math.max(err, finish(state.temp, stageT, state.st) / (state.tolerance * scaleT));
        }
        return Double.isFinite(err) ? err : Double.NaN;
    }
    /** Stage i's argument y + sum_j a_ij u_j into {@code arg} and sum_j c_ij u_j into {@code mass}, in one pass. */
    private void stageInput(double[] y, double[][] u, int i, double[] arg, double[] mass) {
        int n = state.n;
        double[] u0 = u[0], u1 = u[1], u2 = u[2];
        double[] a = A[i], cc = C[i];
        if (i == 1) {
            double a0 = a[0], c0 = cc[0];
            for (int x = 0; x < n; x++) {
                arg[x] = y[x] + a0 * u0[x];
                mass[x] = c0 * u0[x];
            }
        } else if (i == 2) {
            double a0 = a[0], a1 = a[1], c0 = cc[0], c1 = cc[1];
            for (int x = 0; x < n; x++) {
                arg[x] = y[x] + a0 * u0[x] + a1 * u1[x];
                mass[x] = c0 * u0[x] + c1 * u1[x];
            }
        } else {
            double a0 = a[0], a1 = a[1], a2 = a[2], c0 = cc[0], c1 = cc[1], c2 = cc[2];
            for (int x = 0; x < n; x++) {
                arg[x] = y[x] + a0 * u0[x] + a1 * u1[x] + a2 * u2[x];
                mass[x] = c0 * u0[x] + c1 * u1[x] + c2 * u2[x];
            }
        }
    }
    /** r = gamma dt r + gamma M k (the stage right-hand side; M the mass matrix of c, or of T). */
    private void stageRhs(double[] r, double[] k, double gdt, boolean temperature) {
        int n = state.n;
        double g12 = GAMMA / 12;
        for (int x = 1; x < n - 1; x++) {
            r[x] = gdt * r[x] + g12 * (k[x - 1] + 10 * k[x] + k[x + 1]);
        }
        if (temperature && state.dirichlet) {
            r[0] = gdt * r[0] + GAMMA * (0.75 * k[0] + 0.25 * k[1]);
            r[n - 1] = gdt * r[n - 1] + GAMMA * (0.25 * k[n - 2] + 0.75 * k[n - 1]);
        } else {
            r[0] = gdt * r[0] + g12 * (11 * k[0] + k[1]);
            r[n - 1] = gdt * r[n - 1] + g12 * (k[n - 2] + 11 * k[n - 1]);
        }
    }
    /** The step's solution y + sum b_i u_i into {@code out}; returns max |sum e_i u_i| (the error estimate). */
    private double finish(double[] y, double[][] u, double[] out) {
        double[] u0 = u[0], u1 = u[1], u2 = u[2], u3 = u[3];
        double b0 = B[0], b1 = B[1], b2 = B[2], b3 = B[3], e0 = E[0], e1 = E[1], e2 = E[2], e3 = E[3];
        double max = 0;
        for (int x = 0; x < state.n; x++) {
            out[x] = y[x] + b0 * u0[x] + b1 * u1[x] + b2 * u2[x] + b3 * u3[x];
            max = Math.max(max, Math.abs(e0 * u0[x] + e1 * u1[x] + e2 * u2[x] + e3 * u3[x]));
        }
        return max;
    }
}
