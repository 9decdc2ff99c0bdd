package org.soretstudy.solver.internal;

/**
 * The tail and the discrete steady state of a {@link GridMarch}. From t = 1.2 tau_slow on the march tries, at every
 * accepted step, to finish in closed form: once the higher modes have decayed the separation is
 * {@code sep_ss - d e^{-lambda (t' - t)}}. The discrete steady state sep_ss is computed once (chord Newton, see
 * {@link #steadyState}; the marching state is kept); the decay rates over the last two windows of ~0.2 tau_slow
 * before t, from the kept separations, must agree to 1e-3 and bound the closed form's error (the third mode left,
 * see {@link #tailError}) by 0.1 of the step tolerance: then every later report time and t99 follow from d and
 * lambda (exact for the slowest mode); otherwise stepping goes on. Once every report time and t99 are passed without
 * it, the same iterations take the cell to its discrete steady state ({@link #reachSteady}).
 */
final class SteadyTail {
    /** Iterations allowed to reach the discrete steady state (see {@link #steadyState}). */
    private static final int MAX_STEADY_ITERATIONS = 50;
    /** The pseudo-time step of the steady-state iterations, in tau_slow. */
    private static final double STEADY_PSEUDO_STEP = 40;
    private static final int HISTORY = 128;
    /** The steady Dufour bump's convergence, relative (a hundredth of dufour_dt_max's target). */
    private static final double STEADY_BUMP_ACCURACY = 1e-5;
    /** Tail extrapolation: the two decay rates (over the last two windows before t) must agree to this. */
    private static final double TAIL_RATE_AGREEMENT = 1e-3;
    /** The tail's closed form may err by this fraction of the step tolerance (see {@link #tailError}). */
    private static final double TAIL_BUDGET = 0.1;
    /** The earliest time of the tail extrapolation, in tau_slow. */
    private static final double TAIL_START = 1.2;
    /** The length of each of the two windows whose decay rates are compared, in tau_slow. */
    private static final double TAIL_WINDOW = 0.2;

    private final MarchState state;
    private final FiniteVolumeSystem system;
    private final MarchOutputs outputs;
    /** (t, separation) of the last accepted steps, a ring of HISTORY entries. */
    private final double[] histT = new double[HISTORY];
    private final double[] histSep = new double[HISTORY];
    private int histCount;
    /** The state saved before a tail attempt (restored when the decay is not yet a single exponential). */
    private double[] savedC = new double[0];
    private double[] savedT = new double[0];
    /** The discrete steady separation (NaN: not reached) and bump, once computed in this solve. */
    private boolean steadyKnown;
    private double steady;
    private double steadyBump;
    /** The closed form once it holds: the separation is steady - deficit e^{-rate (t' - from)}. */
    private double from;
    private double deficit;
    private double rate;

    SteadyTail(MarchState state, FiniteVolumeSystem system, MarchOutputs outputs) {
        this.state = state;
        this.system = system;
        this.outputs = outputs;
    }

    /** Grows the scratch to {@code cells} cells (no allocation when it is large enough). */
    void resize(int cells) {
        if (savedC.length < cells) {
            savedC = new double[cells];
            savedT = new double[cells];
        }
    }

    /** Starts a solve: no history, no steady state yet. */
    void start() {
        histCount = 0;
        steadyKnown = false;
        steady = Double.NaN;
        steadyBump = 0;
    }

    /** Keeps the separation of the step accepted at time t. */
    void record(double t, double sep) {
        histT[histCount % HISTORY] = t;
        histSep[histCount % HISTORY] = sep;
        histCount++;
    }

    /**
     * True when the separation from the step accepted at t on (sep, kept by {@link #record}) is the closed form:
     * past TAIL_START tau_slow the higher modes are small (the third one e^{-8t/tau}/9 of the slowest) and what is
     * left is sep_steady - d e^{-lambda (t' - t)}. When the decay rates over the last two windows agree, the discrete
     * steady state and lambda give every later output ({@link #separationAt}, {@link #t99}); else the marching goes
     * on and the test is repeated at every step (the steady state is computed once, the marching state kept).
     */
    boolean closes(double t, double sep, double tauSlow, double scaleC, boolean trackBump) {
        if (!(t >= TAIL_START * tauSlow)) {
            return false;
        }
        int ia = sampleAtOrBefore(t - 2 * TAIL_WINDOW * tauSlow);
        int im = sampleAtOrBefore(t - TAIL_WINDOW * tauSlow);
        if (!(ia >= 0 && im >= 0 && histT[ia] < histT[im] && histT[im] < t)) {
            return false;
        }
        if (!steadyKnown) {
            System.arraycopy(state.c, 0, savedC, 0, state.n);
            if (state.solveT) {
                System.arraycopy(state.temp, 0, savedT, 0, state.n);
            }
            steady = steadyState(STEADY_PSEUDO_STEP * tauSlow, scaleC, sep, trackBump);
            steadyBump = trackBump ? outputs.bump() : 0;
            steadyKnown = true;
            System.arraycopy(savedC, 0, state.c, 0, state.n);
            if (state.solveT) {
                System.arraycopy(savedT, 0, state.temp, 0, state.n);
            }
        }
        double da = steady - histSep[ia], dm = steady - histSep[im], dn = steady - sep;
        double rate1 = Math.log(da / dm) / (histT[im] - histT[ia]);
        double rate2 = Math.log(dm / dn) / (t - histT[im]);
        if (rate1 > 0 && rate2 > 0 && Math.abs(rate1 - rate2) <= TAIL_RATE_AGREEMENT * rate2
                && tailError(rate1, rate2, histT[im] - histT[ia], t - histT[im], dn)
                    <= TAIL_BUDGET * state.tolerance * scaleC) {
            from = t;
            deficit = dn;
            rate = rate2;
            return true;
        }
        return false;
    }

    /** The closed form's separation at a time after the step it holds from (see {@link #closes}). */
    double separationAt(double time) {
        return steady - deficit * Math.exp(-rate * (time - from));
    }

    /** The closed form's t99 (99 % of the exact separation sepInf), NaN when the discrete steady state misses it. */
    double t99(double sepInf) {
        double left = (steady - 0.99 * sepInf) / deficit; // e^{-rate (t99 - t)}
        if (!(left > 0 && left <= 1)) {
            return Double.NaN;
        }
        return from - Math.log(left) / rate;
    }

    /** The discrete steady separation (NaN when the iterations failed). */
    double steady() {
        return steady;
    }

    /** The bump of the discrete steady state (0 when the bump is not tracked). */
    double steadyBump() {
        return steadyBump;
    }

    /**
     * Takes the marching state to the discrete steady state, unless it was already reached in this solve (the
     * separations are then known); false when the iterations fail.
     */
    boolean reachSteady(double tauSlow, double scaleC, double sepNow, boolean trackBump) {
        if (!(steadyKnown && Double.isFinite(steady))) {
            if (Double.isNaN(steadyState(STEADY_PSEUDO_STEP * tauSlow, scaleC, sepNow, trackBump))) {
                return false;
            }
            steadyBump = trackBump ? outputs.bump() : 0;
        }
        return true;
    }

    /** The latest history entry with a time at or before {@code time}, -1 if none is kept. */
    private int sampleAtOrBefore(double time) {
        for (int k = histCount - 1; k >= Math.max(0, histCount - HISTORY); k--) {
            int i = k % HISTORY;
            if (histT[i] <= time) {
                return i;
            }
        }
        return -1;
    }
    /**
     * The discrete steady state R(c, T) = 0 from the current state by chord Newton iterations with a pseudo-time
     * step s: y += (M - s J)^{-1} s R(y), the linearly implicit Euler step. Each update conserves mass exactly
     * (the columns of J and R sum to zero, those of M to one) and, near the steady state, leaves 1/(1 + s lambda) of
     * each mode: ~1/40 of the slowest. A longer s would leak mass: M - s J is then ill-conditioned along the
     * conserved constant mode. M - s J is factored once and again only when the iterations contract by less than
     * 1/4 (the Jacobian hardly changes near the steady state), so an iteration costs one residual and one solve.
     * Returns the separation with Aitken's correction of the geometric convergence (NaN on failure); the state is
     * left at the last iterate. With {@code trackBump} the Dufour bump (whose steady value may be dufour_dt_max) must
     * have converged too, to {@link #STEADY_BUMP_ACCURACY} of itself: it is mK against a composition scale, and
     * stopping on the separation alone left it 1.8e-3 off in a Dufour liquid (6 more iterations mend it).
     */
    private double steadyState(double pseudoStep, double scaleC, double sepNow, boolean trackBump) {
        int n = state.n;
        boolean solveT = state.solveT;
        boolean factored = false;
        double prev = sepNow;
        double prevChange = Double.NaN;
        double prevBump = trackBump ? outputs.bump() : 0;
        double prevBumpChange = Double.NaN;
        // (a bump at round-off level, 1e-12 of the wall difference, cannot converge relative to itself, and its changes
        // there are round-off: their ratio says nothing about convergence)
        double bumpRoundOff = 1e-12 * Math.abs(state.tHot - state.tCold);
        double[] uc = state.scratch, ut = state.scratchT; // the update
        for (int k = 0; k < MAX_STEADY_ITERATIONS; k++) {
            state.lastSteps++;
            if (!factored && !system.assemble(pseudoStep)) {
                return Double.NaN;
            }
            factored = true;
            system.residual(state.c, state.temp, state.f1c, state.f1t);
            for (int x = 0; x < n; x++) {
                uc[x] = pseudoStep * state.f1c[x];
            }
            if (solveT) {
                for (int x = 0; x < n; x++) {
                    ut[x] = pseudoStep * state.f1t[x];
                }
            }
            system.solveLinear(uc, ut);
            for (int x = 0; x < n; x++) {
                state.c[x] += uc[x];
            }
            if (solveT) {
                for (int x = 0; x < n; x++) {
                    state.temp[x] += ut[x];
                }
            }
            double s = outputs.separation();
            if (!Double.isFinite(s)) {
                return Double.NaN;
            }
            double change = s - prev;
            boolean bumpConverged = true;
            if (trackBump) {
                double bump = outputs.bump(), bumpChange = bump - prevBump, rb = bumpChange / prevBumpChange;
                bumpConverged = Math.abs(bumpChange) <= bumpRoundOff || (k > 0 && Math.abs(rb) < 0.5
                        && Math.abs(bumpChange * rb / (1 - rb)) <= Math.max(STEADY_BUMP_ACCURACY * bump, bumpRoundOff));
                prevBump = bump;
                prevBumpChange = bumpChange;
            }
            if (change == 0 && bumpConverged) {
                return s;
            }
            // the slowest mode shrinks by a constant factor r per iteration: Aitken's correction s + change r/(1-r)
            double r = k > 0 ? change / prevChange : 0;
            if (k > 0 && Math.abs(r) < 0.5 && Math.abs(change * r / (1 - r)) <= 0.5 * state.tolerance * scaleC
                    && bumpConverged) {
                return s + change * r / (1 - r);
            }
            factored = !(k > 0 && Math.abs(r) > 0.25);
            prev = s;
            prevChange = change;
        }
        return Double.NaN;
    }
    /**
     * A bound on the error of the tail's closed form from the disagreement of the two decay rates: with the
     * slowest mode and the next one left, d(t) = A e^{-lambda t} (1 + r e^{-k (t - t_n)}), k = 8 lambda (the third
     * mode of the separation decays 9 times faster), the rate over a window of length w ending at t_n is
     * lambda + r (e^{k w} - 1)/w, over the window before it lambda + r e^{k w}(e^{k w} - 1)/w: their difference
     * gives r. The closed form then errs by |d| r in d and by |d| (rate2 - lambda) (t' - t) e^{-lambda (t' - t)}
     * &lt;= |d| (rate2 - lambda)/(e lambda) through the rate. (Windows of unequal length: the shorter one's growth.)
     */
    private static double tailError(double rate1, double rate2, double w1, double w2, double d) {
        double k = 8 * rate2;
        double g1 = Math.expm1(k * w1), g2 = Math.expm1(k * w2);
        double r = Math.abs(rate1 - rate2) / ((1 + g2) * g1 / w1 - g2 / w2);
        double rateError = r * g2 / w2;
        return Math.abs(d) * (r + rateError / (Math.E * rate2));
    }
}
