package org.soretstudy.solver.internal;

import org.soretstudy.solver.CellInputs;
import org.soretstudy.solver.Closure;
import org.soretstudy.solver.InitialTemperature;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.ThermalBc;

/**
 * The transient of a linear cell, exact in time: the dilute closure without Dufour coupling, between Dirichlet
 * walls from the linear temperature profile (colloids, proteins, DNA: S_T(T) of any kind). There T(x) is the
 * conduction profile from t = 0 on and the composition obeys a linear equation with time-independent
 * coefficients, so its solution is a sum of decaying modes that this kernel computes instead of marching.
 *
 * <p><b>The method.</b> With xi = x/L, s = D t/L^2 and phi(xi) = Phi(T(xi)) (Phi' = S_T), the flux is
 * -D (c' + phi' c) and the steady profile w = e^{-phi}. Writing c = w u turns the equation into the symmetric
 * w u_s = (w u')', zero-flux walls being its natural boundary condition. Its Galerkin form on the polynomials
 * of degree below n, taken orthonormal in the weight w (Q_0 .. Q_{n-1}, from their three-term recurrence: the
 * Stieltjes procedure on the Gauss–Legendre nodes), is a' = -K a with K = (w Q_i', Q_j'), and the eigenproblem
 * K y = mu y gives c(t) = sum_k e^{-lambda_k t} (...) exactly in time. Constant u is in the space, so the steady
 * state (mode 0, lambda 0) is the exact one and mass is conserved exactly (Q_0' = 0: row 0 of K vanishes). Only
 * three numbers per mode are needed (its rate, and the projections of the initial state and of the separation
 * functional), so the eigenvectors are never formed ({@link SymmetricEigen}).
 *
 * <p><b>Why orthonormal polynomials.</b> The Legendre basis gave the generalized problem K y = mu M y, reduced by
 * the Cholesky factor of M: M's conditioning follows w's range, and the rates came out 1.8e-6 off on a linear phi
 * of range 24 (24 polynomials, against 40-digit arithmetic). The recurrence's polynomials stay orthonormal to 1e-15
 * over that range (96 polynomials too), their rates are 2e-14 off, and there is no mass matrix to assemble, factor
 * and transform by: a third of a 16/24-mode solve.
 *
 * <p><b>Why this and not the march.</b> The march's space error on these cells is second order with a large
 * constant (the drift term: a Piazza cell needs 256-512 cells and ~800 steps for 1e-4). The modes converge
 * spectrally (the profiles are analytic) and cost no time steps: 12-32 modes reach the targets where the
 * march needs thousands of steps.
 *
 * <p><b>The estimate.</b> Each basis size's outputs are compared with the next size's (a cell held only by a t99
 * too early for the pair goes straight to the first pair that resolves it); the finer one is
 * reported when the difference is within half its target (separation_at 1e-4, t99 1e-3, relative, with the
 * trap rule of {@link TransientKernel}) and the coarser one resolves the wall layers of the earliest report time
 * and of t99 ({@link #RESOLVED_LAYERS}); error_estimate is that difference (spectral convergence makes the finer
 * result's error far smaller). When the largest basis does not get there (early report times inside thin wall
 * layers, a steady profile spanning more than e^30) {@link #solve} returns false and the cell is marched
 * instead; a trap's t99 within the first instants is the exception ({@link #EARLY_CROSSING}).
 */
final class EigenmodeKernel {
    /**
     * Basis sizes tried in turn (each compared with the next). From 12 rather than 16: 468 of the colloid bench's 1024
     * cells stopped at the 12/16 pair instead of 16/24 (0.90 of the time in one JVM), before the pair was held to its
     * own resolution ({@link #FIRST_PAIR_RESOLVED_LAYERS}: 1.05-1.07 times that again).
     */
    private static final int[] BASIS = {12, 16, 24, 32, 48, 64, 96, 128};
    private static final double[] NO_TIMES = {};
    private static final int MAX_BASIS = BASIS[BASIS.length - 1];
    private static final LegendreQuadrature[] QUADRATURE = new LegendreQuadrature[BASIS.length];
    /**
     * The smallest estimate: two bases may agree to 1e-13 while both carry the round-off of the reduction and the
     * iteration. Against 64 and 96 polynomials, 2,000 random converged rows err by 2e-10 (95th percentile) and 8e-10
     * at most, and a separation_at 1,500 times below the cell's largest separation (its modes cancelling) by 4e-8 of
     * its own size. Beyond a range of phi of {@link #ROUND_OFF_RANGE} the floor grows as e^(range - 27): against the
     * exact series of a constant drift, converged rows err by 6e-9 at a range of 27 and 3e-8 at 30.
     */
    private static final double ROUND_OFF = 1e-8;
    private static final double ROUND_OFF_RANGE = 27;
    /**
     * A trap cell whose steady separation is near zero may pass 99 % of it within the first instants, set by the wall
     * layers' start: below this fraction of tau neither 96 polynomials nor the march (4096 cells, seen 250 % off)
     * resolves t99 to 1e-3, and the march costs ~100 ms: the t99 of {@link #EARLY_CROSSING_BASIS} polynomials is
     * reported with its estimate (above the target, so the row says so) when its separation_at values meet theirs.
     */
    private static final double EARLY_CROSSING = 1e-3;
    /**
     * The basis that reports an early crossing (see {@link #EARLY_CROSSING}), and the largest a cell jumps to (see
     * {@link #solve}). The largest pair (96/128) is for the cells that reach it by steps: steep traps (phi's range 24
     * to 30), whose t99 at 64 polynomials is a spurious crossing in the first instants (u0 = c0 e^phi spans e^25 and
     * more) while 96 and 128 polynomials agree on the true one near tau. Before it they were marched (5 to 70 ms).
     */
    private static final int EARLY_CROSSING_BASIS = 96;
    /**
     * The estimate of a t99 that falls before the first time the reporting basis resolves (see {@link #resolves}): the
     * crossing is known only to lie in that interval, so its relative error may be of order one.
     */
    private static final double UNRESOLVED_CROSSING = 1;
    /**
     * Beyond this range of phi over the cell (w = e^-phi spanning more than e^30: S_T of order 1 /K across tens of
     * kelvin) the cells are marched. The Legendre basis's mass matrix limited the range to 24 (from 29 on, rows missed
     * the target with a small estimate). The orthonormal polynomials meet the exact series of a constant drift at
     * ranges up to 31 within their estimate (1.5e-8 at most), and 107 random Piazza cells of ranges 24 to 32 (83 solved
     * by modes) met their targets against converged marches; past 34 the round-off reaches 2e-7 and t99 fails: the
     * limit keeps a margin.
     */
    private static final double MAX_PHI_RANGE = 30;
    /**
     * The coarse basis of a pair must resolve the earliest report time (and t99) this well (see {@link #resolves}):
     * below it two bases can agree better than either agrees with the solution. Seen: 16 and 24 modes agreeing to
     * 2.6e-5 at s n^4 = 15 (16 modes) while 24 modes were 3.3e-4 off; 12/16 pairs at 41 and 16/20 pairs at 133
     * under-estimated by up to 6 and 12 times, 16/24 pairs at 133 and above never on 1,000 random cells.
     */
    private static final double RESOLVED_LAYERS = 100;
    /**
     * The same for the coarse basis of the first pair, 12/16: the two closest bases of all, on the fewest polynomials.
     * Scans of 20,000 random colloids per seed: with 100 (four seeds), from s n^4 = 100 to 300 the pair under-estimated
     * by up to 82 times, and one row missed the target of 1e-4 (2.6e-4, its estimate 1.5e-5); with 300 (six seeds), the
     * 12/16 pairs stayed within 1.5 times their estimate and 8e-6 of the solution (16/24 pairs from 100 on: within
     * 9.4 times, 3e-6). The colloid bench then took 1.05-1.07 times as long.
     */
    private static final double FIRST_PAIR_RESOLVED_LAYERS = 300;
    /** Modes with lambda t above this contribute below e^-45 of their amplitude: left out of a sum. */
    private static final double NEGLIGIBLE_DECAY = 45;
    /** The scan for t99 samples this many points per doubling of time. */
    private static final int SAMPLES_PER_DOUBLING = 8;

    static {
        for (int i = 0; i < BASIS.length; i++) {
            int n = BASIS[i];
            QUADRATURE[i] = new LegendreQuadrature(n, n + n / 2 + 8);
        }
    }

    /** phi at the quadrature nodes, relative to the hot wall's. */
    private final double[] phiAtNode = new double[QUADRATURE[BASIS.length - 1].nodes];
    /** The quadrature weights times w at the nodes. */
    private final double[] weightAtNode = new double[QUADRATURE[BASIS.length - 1].nodes];
    /** Q_k at the nodes, polynomial k at [k * nodes ..] (see {@link #orthonormalPolynomials}); Q_k' and w Q_k' alike. */
    private final double[] q = new double[MAX_BASIS * QUADRATURE[BASIS.length - 1].nodes];
    private final double[] dq = new double[MAX_BASIS * QUADRATURE[BASIS.length - 1].nodes];
    private final double[] weightedDq = new double[MAX_BASIS * QUADRATURE[BASIS.length - 1].nodes];
    /** Q_k' at node j in dqByNode[j][k] (see {@link #assemble}). */
    private final double[][] dqByNode = new double[QUADRATURE[BASIS.length - 1].nodes][MAX_BASIS];
    /** Q_k at the hot (x = -1) and cold (x = 1) walls. */
    private final double[] qHot = new double[MAX_BASIS];
    private final double[] qCold = new double[MAX_BASIS];
    /** K, row i in stiffness[i] (see {@link SymmetricEigen#tridiagonalize}). */
    private final double[][] stiffness = new double[MAX_BASIS][MAX_BASIS];
    private final double[] work = new double[4 * MAX_BASIS];
    /** The reduction's reflection vector and its image under K (see {@link SymmetricEigen#tridiagonalize}). */
    private final double[] reflection = new double[MAX_BASIS];
    private final double[] reflected = new double[MAX_BASIS];
    private final double[] diagonal = new double[MAX_BASIS];
    private final double[] offDiagonal = new double[MAX_BASIS];
    /** The projected functionals: separation, initial state (one row each). */
    private final double[] rows = new double[2 * MAX_BASIS];
    /** The first pair's coarse K and rows: the leading blocks of the fine ones (see {@link #nestedPair}). */
    private final double[][] block = new double[MAX_BASIS][MAX_BASIS];
    private final double[] blockRows = new double[2 * MAX_BASIS];
    /** Modes sorted by rate: rate (1/s), separation amplitude, decay over a sample, current decay. */
    private final double[] rate = new double[MAX_BASIS];
    private final double[] amplitude = new double[MAX_BASIS];
    private final double[] stepDecay = new double[MAX_BASIS];
    private final double[] decay = new double[MAX_BASIS];
    /** The separation at the samples of one doubling of the t99 scan. */
    private final double[] sampleSums = new double[SAMPLES_PER_DOUBLING];
    /**
     * The steady mode's mass, (w Q_0, 1)/2 times the initial state's load on it: Q_0 is an eigenvector (row 0 of K
     * vanishes), which the reduction and the iteration leave alone, and the other modes carry no mass.
     */
    private double steadyMass;
    /** The range of phi over the nodes and walls (see {@link #MAX_PHI_RANGE}). */
    private double phiRange;
    private int modeCount;
    private GridResult coarse = new GridResult();
    private GridResult fine = new GridResult();
    private int lastBasis;
    /** The last comparison of two bases (see {@link #estimate}). */
    private double separationDifference;
    private double t99Difference;
    /** The first basis tried (index into BASIS). */
    private final int firstLevel;

    /** The kernel at its default: bases from {@code BASIS[0]} on. */
    EigenmodeKernel() {
        this(0);
    }

    /** A kernel whose first basis has at least {@code smallestBasis} polynomials (tests: a converged reference). */
    EigenmodeKernel(int smallestBasis) {
        int level = 0;
        while (level < BASIS.length - 2 && BASIS[level] < smallestBasis) {
            level++;
        }
        firstLevel = level;
    }

    /** True for the cells this kernel solves: dilute, no Dufour, Dirichlet walls, linear start, grid not fixed. */
    static boolean applies(CellInputs p, CellModel model) {
        return p.cells() == 0 && p.closure() == Closure.DILUTE && !model.dufour()
                && model.thermalBc() == ThermalBc.DIRICHLET && p.initialTemperature() == InitialTemperature.LINEAR;
    }

    /**
     * Solves {@code p} (one that {@link #applies}) into {@code out}, which holds the exact steady outputs: fills
     * separation_at, t99, dufour_dt_max (0), mass_error and error_estimate and returns true, or returns false
     * (out's transient outputs untouched) when no basis size meets the targets.
     */
    boolean solve(CellInputs p, CellModel model, ResultBuffer out) {
        double[] times = p.times() == null ? NO_TIMES : p.times();
        double sepInf = out.get(OutputField.SEPARATION);
        if (!Double.isFinite(sepInf)) {
            return false;
        }
        double tau = model.diffusionTime(model.diffusion());
        double toS = model.diffusion() / (model.length() * model.length());
        double earliest = Double.POSITIVE_INFINITY;
        for (double t : times) {
            if (t > 0) {
                earliest = Math.min(earliest, t * toS);
            }
        }
        // the first pair whose coarse basis resolves the earliest report time; none: the march, without trying
        int start = firstLevel;
        while (start < BASIS.length - 1 && !resolves(BASIS[start], earliest)) {
            start++;
        }
        if (start == BASIS.length - 1 || !nestedPair(model, start + 1, sepInf, times)) {
            return false;
        }
        boolean pairReady = true;
        for (int level = start + 1; level < BASIS.length; level++) {
            if (!pairReady && !modes(model, level, sepInf, times, fine)) {
                return false;
            }
            pairReady = false;
            estimate(times, sepInf);
            int coarseBasis = BASIS[level - 1];
            boolean separationMet = separationDifference <= TransientKernel.SAFETY * TransientKernel.TARGET_SEPARATION
                    && resolves(coarseBasis, earliest);
            // (sepInf, not t99, says whether there is a crossing: one in the first instants can refine to t99 = 0)
            boolean t99Resolved = sepInf == 0 || resolves(coarseBasis, fine.t99 * toS);
            boolean t99Met = t99Difference <= TransientKernel.SAFETY * TransientKernel.TARGET_T99 && t99Resolved;
            boolean last = level == BASIS.length - 1;
            // a trap cell's t99 within the first instants: reported with its estimate (see EARLY_CROSSING)
            boolean earlyCrossing = BASIS[level] >= EARLY_CROSSING_BASIS && fine.t99 < EARLY_CROSSING * tau;
            if (separationMet && (t99Met || earlyCrossing)) {
                double estimate = Math.max(roundOff(), Math.max(separationDifference, t99Difference));
                if (!t99Met) {
                    // the bases' agreement on an unresolved t99 proves nothing: the row says it is not within target
                    estimate = Math.max(estimate, 2 * TransientKernel.TARGET_T99);
                    if (!resolves(BASIS[level], fine.t99 * toS)) {
                        // before any time even this basis resolves: t99 is known only to lie there
                        estimate = Math.max(estimate, UNRESOLVED_CROSSING);
                    }
                }
                fine.writeTo(out);
                out.set(OutputField.ERROR_ESTIMATE, estimate);
                lastBasis = BASIS[level];
                return true;
            }
            if (separationMet && !t99Resolved && !last) {
                // only t99's crossing, too early for this pair, holds the cell: straight to the first pair that resolves
                // it (the one of EARLY_CROSSING_BASIS when none does), from one assembly (the intermediate bases could not
                // be accepted)
                int jump = level + 1;
                while (BASIS[jump] < EARLY_CROSSING_BASIS && !resolves(BASIS[jump - 1], fine.t99 * toS)) {
                    jump++;
                }
                if (jump > level + 1) {
                    if (!nestedPair(model, jump, sepInf, times)) {
                        return false;
                    }
                    level = jump - 1;
                    pairReady = true;
                    continue;
                }
            }
            GridResult swap = coarse;
            coarse = fine;
            fine = swap;
        }
        return false;
    }

    /**
     * True when a basis of n polynomials resolves the wall layers of the dimensionless time s = D t/L^2 well enough
     * for the comparison of two bases to measure the error: s n^4 >= {@link #RESOLVED_LAYERS}, or
     * {@link #FIRST_PAIR_RESOLVED_LAYERS} for the first pair's coarse basis (the layers are
     * sqrt(s) thick, the nodes near a wall 1/n^2 apart).
     */
    private static boolean resolves(int n, double s) {
        double n2 = (double) n * n;
        return s >= (n == BASIS[0] ? FIRST_PAIR_RESOLVED_LAYERS : RESOLVED_LAYERS) / (n2 * n2);
    }

    /** The first dimensionless time s = D t/L^2 from which a basis of n polynomials scans for t99 (s n^4 = 100). */
    private static double firstResolved(int n) {
        double n2 = (double) n * n;
        return RESOLVED_LAYERS / (n2 * n2);
    }

    /** The smallest estimate of a row (see {@link #ROUND_OFF}). */
    private double roundOff() {
        return ROUND_OFF * Math.exp(Math.max(0, phiRange - ROUND_OFF_RANGE));
    }

    /** Basis size of the last accepted solve. */
    int lastBasis() { return lastBasis; }

    /**
     * The fine result's estimated errors (the coarse/fine differences, see the class comment) on separation_at
     * (relative, or against the largest |separation| in a trap cell) and on t99 (relative).
     */
    private void estimate(double[] times, double sepInf) {
        double separation = 0;
        for (int i = 0; i < times.length; i++) {
            if (times[i] > 0) {
                double value = fine.separationAt(i);
                separation = Math.max(separation,
                        Math.abs(value - coarse.separationAt(i)) / fine.separationErrorScale(i, sepInf));
            }
        }
        separationDifference = separation;
        t99Difference = fine.t99 > 0 ? Math.abs(fine.t99 - coarse.t99) / fine.t99 : 0;
    }

    /** The modes of basis {@code level} and the outputs they give, into {@code r}; false if the basis breaks down. */
    private boolean modes(CellModel model, int level, double sepInf, double[] times, GridResult r) {
        LegendreQuadrature quad = QUADRATURE[level];
        int n = quad.basis;
        return assemble(model, quad) && eigenmodes(model, stiffness, rows, n) && outputs(model, n, sepInf, times, r);
    }

    /**
     * A pair (the first, or one a cell jumps to, see {@link #solve}), into coarse and fine, from one assembly at the
     * fine basis {@code level}: the orthonormal polynomials of the coarse basis are the fine one's first (on the fine
     * quadrature), so its K and functionals are the leading blocks of the fine ones, and the coarse modes need no
     * assembly of their own. False if either basis breaks down.
     */
    private boolean nestedPair(CellModel model, int level, double sepInf, double[] times) {
        LegendreQuadrature quad = QUADRATURE[level];
        int n = quad.basis, nc = BASIS[level - 1];
        if (!assemble(model, quad)) {
            return false;
        }
        for (int i = 0; i < nc; i++) {
            System.arraycopy(stiffness[i], 0, block[i], 0, nc);
        }
        for (int v = 0; v < 2; v++) {
            System.arraycopy(rows, v * n, blockRows, v * nc, nc);
        }
        return eigenmodes(model, block, blockRows, nc) && outputs(model, nc, sepInf, times, coarse)
                && eigenmodes(model, stiffness, rows, n) && outputs(model, n, sepInf, times, fine);
    }

    /** The outputs of the last eigenmodes (a basis of n polynomials) into {@code r}; false if t99 was not found. */
    private boolean outputs(CellModel model, int n, double sepInf, double[] times, GridResult r) {
        r.start(times.length, n);
        for (int i = 0; i < times.length; i++) {
            double t = times[i];
            r.setSeparationAt(i, t > 0 ? separation(t) : 0);
        }
        double resolvedFrom = firstResolved(n) * model.length() * model.length() / model.diffusion();
        r.t99 = sepInf == 0 ? 0 : t99(sepInf, resolvedFrom, r);
        r.observe(sepInf);
        r.dufourMax = 0;
        // the mass at the end (the steady mode's) against the initial c0 per unit length
        r.massError = Math.abs(steadyMass - model.c0()) / Math.abs(model.c0());
        return !Double.isNaN(r.t99);
    }

    /**
     * K and the two functionals in the orthonormal basis (see the class comment): the separation c(1) - c(-1) =
     * w(1) u(1) - w(-1) u(-1) and the initial state's load (w u0, Q_i) = (c0, Q_i); and the steady mode's mass.
     */
    private boolean assemble(CellModel model, LegendreQuadrature quad) {
        int n = quad.basis, nodes = quad.nodes;
        double tHot = model.tHot(), dT = model.tCold() - model.tHot();
        // phi relative to its smallest value over the nodes and walls, so that w <= 1 and never underflows first
        double phiCold = model.phiDifference(model.tCold(), tHot), smallest = Math.min(0, phiCold);
        for (int k = 0; k < nodes; k++) {
            double phi = model.phiDifference(tHot + dT * 0.5 * (quad.x[k] + 1), tHot);
            phiAtNode[k] = phi;
            smallest = Math.min(smallest, phi);
        }
        double largest = Math.max(0, phiCold);
        for (int k = 0; k < nodes; k++) {
            largest = Math.max(largest, phiAtNode[k]);
        }
        phiRange = largest - smallest;
        if (phiRange > MAX_PHI_RANGE) {
            return false;
        }
        for (int k = 0; k < nodes; k++) {
            weightAtNode[k] = quad.weight[k] * Math.exp(smallest - phiAtNode[k]);
        }
        if (!orthonormalPolynomials(quad)) {
            return false;
        }
        // K = (w Q_i', Q_j'), its lower triangle row by row as a sum over the nodes of axpys with Q'(x_k) by node: each
        // entry adds its nodes' terms in order from 0 (as a dot product would: the same bits), in loops that index K's
        // row and the node's row alike, which the compiler vectorises (dot products, one sum per entry, stay scalar)
        for (int i = 0; i < n; i++) {
            int at = i * nodes;
            for (int k = 0; k < nodes; k++) {
                dqByNode[k][i] = dq[at + k];
            }
        }
        for (int i = 0; i < n; i++) {
            double[] row = stiffness[i];
            java.util.Arrays.fill(row, 0, i + 1, 0.0);
            int wi = i * nodes;
            int k = 0;
            for (; k + 4 <= nodes; k += 4) {
                // four nodes a pass, added in their order (the same bits): K's row loaded and stored once for them
                double a0 = weightedDq[wi + k], a1 = weightedDq[wi + k + 1], a2 = weightedDq[wi + k + 2];
                double a3 = weightedDq[wi + k + 3];
                double[] n0 = dqByNode[k], n1 = dqByNode[k + 1], n2 = dqByNode[k + 2], n3 = dqByNode[k + 3];
                for (int j = 0; j <= i; j++) {
                    row[j] = row[j] + a0 * n0[j] + a1 * n1[j] + a2 * n2[j] + a3 * n3[j];
                }
            }
            for (; k < nodes; k++) {
                double a = weightedDq[wi + k];
                double[] node = dqByNode[k];
                for (int j = 0; j <= i; j++) {
                    row[j] += a * node[j];
                }
            }
            for (int j = 0; j < i; j++) {
                stiffness[j][i] = row[j];
            }
        }
        double wHot = Math.exp(smallest), wCold = Math.exp(smallest - phiCold);
        for (int i = 0; i < n; i++) {
            int qi = i * nodes;
            double load = 0;
            for (int k = 0; k < nodes; k++) {
                load += quad.weight[k] * q[qi + k];
            }
            rows[i] = wCold * qCold[i] - wHot * qHot[i];
            rows[n + i] = model.c0() * load;
        }
        double mass = 0;
        for (int k = 0; k < nodes; k++) {
            mass += weightAtNode[k] * q[k];
        }
        steadyMass = 0.5 * mass * rows[n];
        return true;
    }

    /**
     * Q_0 .. Q_{n-1}, orthonormal in the discrete inner product sum_k weightAtNode_k f(x_k) g(x_k), at the nodes
     * (with w Q_k' and Q_k') and at the walls, by the Stieltjes procedure: b_{k+1} Q_{k+1} = (x - a_k) Q_k - b_k Q_{k-1}
     * with a_k = (x Q_k, Q_k) and b_{k+1} the norm of the right-hand side; the derivatives by differentiating it. The
     * quadrature is exact for these products up to w's variation, so this is the continuous basis's Galerkin form.
     * False if a norm vanishes (never for n below the number of nodes and a positive weight).
     */
    private boolean orthonormalPolynomials(LegendreQuadrature quad) {
        int n = quad.basis, nodes = quad.nodes;
        double[] x = quad.x;
        double total = 0;
        for (int k = 0; k < nodes; k++) {
            total += weightAtNode[k];
        }
        double q0 = 1 / Math.sqrt(total);
        for (int k = 0; k < nodes; k++) {
            q[k] = q0;
            dq[k] = 0;
            weightedDq[k] = 0;
        }
        qHot[0] = q0;
        qCold[0] = q0;
        double b = 0;
        for (int i = 0; i + 1 < n; i++) {
            int at = i * nodes, below = at - nodes, next = at + nodes;
            double a = 0;
            for (int k = 0; k < nodes; k++) {
                double v = q[at + k];
                a += weightAtNode[k] * x[k] * v * v;
            }
            double norm2 = 0;
            if (i == 0) {
                for (int k = 0; k < nodes; k++) {
                    double v = (x[k] - a) * q[at + k];
                    q[next + k] = v;
                    dq[next + k] = q[at + k];
                    norm2 += weightAtNode[k] * v * v;
                }
            } else {
                for (int k = 0; k < nodes; k++) {
                    double v = (x[k] - a) * q[at + k] - b * q[below + k];
                    q[next + k] = v;
                    dq[next + k] = q[at + k] + (x[k] - a) * dq[at + k] - b * dq[below + k];
                    norm2 += weightAtNode[k] * v * v;
                }
            }
            if (!(norm2 > 0)) {
                return false;
            }
            double bNext = Math.sqrt(norm2), inverse = 1 / bNext;
            for (int k = 0; k < nodes; k++) {
                q[next + k] *= inverse;
                dq[next + k] *= inverse;
                weightedDq[next + k] = weightAtNode[k] * dq[next + k];
            }
            double below1 = i == 0 ? 0 : qCold[i - 1], belowMinus1 = i == 0 ? 0 : qHot[i - 1];
            qCold[i + 1] = ((1 - a) * qCold[i] - b * below1) * inverse;
            qHot[i + 1] = ((-1 - a) * qHot[i] - b * belowMinus1) * inverse;
            b = bNext;
        }
        return true;
    }

    /**
     * The eigenvalues of K (n x n, overwritten) with the projections of the two functionals (stride n, overwritten)
     * on its eigenvectors: the modes, kept sorted by rate.
     */
    private boolean eigenmodes(CellModel model, double[][] stiffnessK, double[] functionals, int n) {
        SymmetricEigen.tridiagonalize(stiffnessK, n, diagonal, offDiagonal, functionals, 2, reflection, reflected);
        if (!SymmetricEigen.diagonalize(diagonal, offDiagonal, n, functionals, 2, work)) {
            return false;
        }
        double rateScale = 4 * model.diffusion() / (model.length() * model.length());
        modeCount = n;
        for (int k = 0; k < n; k++) {
            // insertion by rate
            double lambda = rateScale * diagonal[k], beta = functionals[k] * functionals[n + k];
            int at = k;
            while (at > 0 && rate[at - 1] > lambda) {
                rate[at] = rate[at - 1];
                amplitude[at] = amplitude[at - 1];
                at--;
            }
            rate[at] = lambda;
            amplitude[at] = beta;
        }
        rate[0] = 0; // the steady mode: its computed rate is round-off of the largest ones
        return n > 1 && rate[1] > 0;
    }

    /** The separation c(L) - c(0) at t > 0, the modes that have decayed below e^-45 left out. */
    private double separation(double t) {
        double sum = amplitude[0];
        for (int k = 1; k < modeCount && rate[k] * t < NEGLIGIBLE_DECAY; k++) {
            sum += amplitude[k] * Math.exp(-rate[k] * t);
        }
        return sum;
    }

    /**
     * t99, the first time the separation reaches 99 % of sepInf: a scan over doublings of time (8 samples each,
     * the decays updated by multiplication) from the first time the basis resolves (see {@link #resolves}), and
     * not before 2^-12 of the slowest mode's time, until the modes left are below 1e-3 of the separation, which also
     * records the run's smallest and largest separation; the crossing is then refined by the Illinois method. The
     * sum before that first time is not trusted: a crossing found there is an early, unresolved one, which the
     * caller sees from t99 itself. NaN if the scan ends without one.
     */
    private double t99(double sepInf, double firstResolved, GridResult r) {
        double sign = Math.signum(sepInf), target = 0.99 * sepInf;
        double tLow = 0, fLow = -0.99 * Math.abs(sepInf);
        double t99 = Double.NaN;
        double segment = Math.max(0x1p-12 / rate[1], firstResolved);
        double t = segment;
        double value = separation(t);
        r.observe(value);
        if (sign * (value - target) >= 0) {
            return refine(0, fLow, t, sign * (value - target), sign, target);
        }
        tLow = t;
        fLow = sign * (value - target);
        for (int doubling = 0; doubling < 200; doubling++) {
            double dt = segment / SAMPLES_PER_DOUBLING;
            int active = 1;
            while (active < modeCount && rate[active] * t < NEGLIGIBLE_DECAY) {
                active++;
            }
            double remaining = 0;
            for (int k = 1; k < active; k++) {
                // the decays at t and over a sample: exponentials at the first doubling; after it, carried from the last
                // sample and squared (the sample doubles with t). Their rounding grows to ~1e-12 over the scan, which
                // only brackets the crossing: refine evaluates the sum itself
                if (doubling == 0) {
                    decay[k] = Math.exp(-rate[k] * t);
                    stepDecay[k] = Math.exp(-rate[k] * dt);
                } else {
                    stepDecay[k] *= stepDecay[k];
                }
                remaining += Math.abs(amplitude[k]) * decay[k];
            }
            if (!Double.isNaN(t99) && remaining <= 1e-3 * Math.max(Math.abs(sepInf), r.largestSeparation())) {
                return t99;
            }
            // the samples' sums mode by mode (each sample's terms added in the same order as one at a time: the same
            // bits), so that the samples' additions are independent chains rather than one after another
            java.util.Arrays.fill(sampleSums, amplitude[0]);
            for (int k = 1; k < active; k++) {
                double d = decay[k], factor = stepDecay[k], a = amplitude[k];
                for (int j = 0; j < SAMPLES_PER_DOUBLING; j++) {
                    d *= factor;
                    sampleSums[j] += a * d;
                }
                decay[k] = d;
            }
            for (int j = 1; j <= SAMPLES_PER_DOUBLING; j++) {
                double sum = sampleSums[j - 1];
                double tj = t + j * dt;
                r.observe(sum);
                double f = sign * (sum - target);
                if (Double.isNaN(t99)) {
                    if (f >= 0) {
                        t99 = refine(tLow, fLow, tj, f, sign, target);
                    } else {
                        tLow = tj;
                        fLow = f;
                    }
                }
            }
            t += segment;
            segment = t;
        }
        return t99;
    }

    /** The crossing of f = sign (separation - target) between a (f &lt; 0) and b (f &gt;= 0): Illinois regula falsi. */
    private double refine(double a, double fa, double b, double fb, double sign, double target) {
        int side = 0;
        // (a crossing before the first sample, a = 0, shrinks b geometrically: stop before it could underflow to 0)
        double smallest = 1e-12 * b;
        for (int iteration = 0; iteration < 100 && b - a > 1e-12 * b && b > smallest; iteration++) {
            double c = fb == fa ? 0.5 * (a + b) : b - fb * (b - a) / (fb - fa);
            if (!(c > a && c < b)) {
                c = 0.5 * (a + b);
            }
            double fc = sign * (separation(c) - target);
            if (fc >= 0) {
                b = c;
                fb = fc;
                if (side == 1) {
                    fa *= 0.5;
                }
                side = 1;
            } else {
                a = c;
                fa = fc;
                if (side == -1) {
                    fb *= 0.5;
                }
                side = -1;
            }
        }
        return b;
    }
}
