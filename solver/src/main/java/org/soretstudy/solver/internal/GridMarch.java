package org.soretstudy.solver.internal;

import org.soretstudy.solver.CellInputs;
import org.soretstudy.solver.InitialTemperature;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ReasonCode;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.ThermalBc;

/**
 * One march of a transient cell on one grid (the {@link TransientKernel} chooses the grids and compares them):
 * coupled heat and mass equations by conservative finite volumes and an implicit, error-controlled adaptive time
 * stepper. This class is the march's orchestration; its parts share one {@link MarchState}:
 * <ul>
 * <li>{@link WallLayerStart}: the analytic wall-layer start (Dirichlet walls, linear start, constant S_T);
 * <li>{@link FiniteVolumeSystem}: the semi-discrete system R(c, T) and its linear systems {@code M - s J};
 * <li>{@link RosenbrockStep}: one ROS34PW2 step with its embedded error estimate;
 * <li>{@link SteadyTail}: the tail in closed form and the discrete steady state;
 * <li>{@link MarchOutputs}: separation, the Dufour bump, t99's crossing, the mass error.
 * </ul>
 * Every part owns its scratch arrays (grown to the largest cell count seen, then reused): allocation-free after the
 * first solve of a given size. Not thread-safe.
 *
 * <p><b>Steps.</b> Each step's error (max norm over the cells, absolute) is held below {@code tolerance} times the
 * steady composition scale max(|separation|, |c_wall - c0|) for c and times the wall temperature difference for T
 * (with Dufour and a linear start: a multiple of the bump's scale, see {@link #BUMP_ERROR_SCALE}); a rejected step
 * shrinks by the third root of its error, an accepted one grows by it (at most 5 times), and by the growth of the
 * step before when two free steps follow each other (see {@link #PREDICTED_GROWTH_MAX}). Steps land exactly on each
 * report time (any order, duplicates and t &lt;= 0 allowed; reported in the given order). Failure to reach the
 * steady state, a step below 1e-14 t, more than 100 000 steps or a non-finite value reject the result with
 * NOT_CONVERGED.
 *
 * <p><b>Defaults and accuracy.</b> On 64 cells, {@link #DEFAULT_TOLERANCE} = 2e-5 (the kernel, {@link TransientKernel}, chooses the grid).
 * At these defaults (GridMarchTest): the de Groot series (small separation, constant coefficients)
 * is met within 1e-6 relative up to 0.5 tau (the analytic start) and 1e-4 later (tested; 1.1e-5 seen from 0.55 to
 * 6.4 tau), t99 within 1e-3 relative (tested; 8e-5 seen); the linear
 * coupled Soret-Dufour flux cell (eps_D = 0.3) within 5e-5 at 0.05 tau and 1e-5 later. With strongly
 * varying coefficients (S_T dT = 3) the scheme is second order: 2e-4 relative error of the steady
 * separation at 64 cells. Without the analytic start, report times shorter than the diffusion time of a cell (h^2/D,
 * 2.4e-3 tau at 64 cells) are not resolved: the separation there carries an error up to sep_inf 2/(3n). A uniform start on Dirichlet walls converges at third order; its initial thermal
 * layers are resolved to ~1e-3 relative at 0.02 tau and 2e-5 at 0.3 tau with 64 cells (He-Ar). Cost (one
 * core, Java 17, shared machine): THN/IBB-like liquid, times 1000 and 5000 s, marched from the analytic start
 * (0.42 tau at c0 = 0.5, where the curvature of g(c) stops it; 0.40 at 0.45, 0.32 at 0.3) to the tail at ~1.3 tau:
 * ~8 time steps plus 3 Newton iterations; with Dufour (ideal, c and T) ~33 us per solve at c0 = 0.5 and 0.45, 40 us
 * at 0.3; with T linear (c only) 16-18 us. dufour_dt_max within 4e-4 of a 1024-cell marched reference (liquids);
 * in a sweep of 3000 random cells (liquids and gases, both closures, all thermo models) within 1e-2 of a march from
 * t = 0 at tolerance 1e-9, 2.5e-3 at the 99th percentile (the largest: 50 K across, K_D ~ T^2 to first order).
 */
final class GridMarch {
    /** The default time-integration tolerance (relative to the steady composition scale). */
    static final double DEFAULT_TOLERANCE = 2e-5;

    private static final int MAX_STEPS = 100_000;
    private static final double SAFETY = 0.9;
    private static final double GROW_MAX = 5;
    private static final double SHRINK_MIN = 0.2;
    /**
     * Gustafsson's predictive factor (ACM TOMS 20 (1994) 496), (h_n/h_(n-1)) (err_(n-1)/err_n)^(1/3), on top of the
     * plain growth SAFETY/err^(1/3), kept between 1 and this. Where the time scale itself grows, as in the
     * self-similar wall layers early on (steps ~0.2 t), the plain controller settles at err = (SAFETY/growth)^3 ~ 0.45
     * and lags; the factor carries the last growth on, so that err settles near SAFETY^3 = 0.73. Measured against the
     * plain controller in one JVM: 0.90 of the time on random gases, 0.94 on flux walls and uniform starts, 0.97 on
     * Dufour liquids, 0.935 on the He-Ar bench cell; the calibration (ErrorEstimateCalibrationTest) still has every
     * row within its target.
     */
    private static final double PREDICTED_GROWTH_MAX = 2;
    /**
     * Steps up to the Dufour bump's peak, as a fraction of the time the bump peaks at ({@link BumpPeakTime}: 0.19 tau
     * as T becomes slaved to c, 0.53 tau at Le = 1.1): the peak comes from a parabola through three steps, whose error
     * falls as the cube of the step over the bump's time scale, and that scale is the peak time. 0.1 of it (0.02 tau
     * at a 0.19 tau peak) leaves ~1e-4 of the bump, at every Le.
     */
    private static final double BUMP_STEP = 0.1;
    /**
     * The same in a liquid (D/kappa up to {@link WallLayerStart#LAG_MAX_RATIO}), where T is slaved to c: T's error at
     * the steps around the peak, not the parabola (a cubic through four steps did no better), left the bump 20 and
     * 43 times the tolerance off at 0.02 tau (p50, p99 of 114 random Dufour liquids at 128 cells: up to 8.6e-4
     * against its target of 1e-3); at 0.01 tau 3 and 9 times, for ~6 more steps per march. Gases, whose bump was
     * 1.4 and 11 times the tolerance off at 0.02 tau, take {@link #BUMP_STEP}: 0.053 tau for He-Ar (Le = 1.1), where a
     * fixed 0.02 tau held 24 steps of its first grid from 0.09 tau to the peak; at 0.15 of the peak time instead of
     * 0.1 the calibration's worst dufour_dt_max came to 9e-4 against its target of 1e-3 (T's step errors grow).
     */
    private static final double BUMP_STEP_LIQUID = 0.01;
    /**
     * A later grid holds its steps to the bump's step only from this many bump steps before the peak time of the
     * previous grid (its own peak moves by the space error only); before that the controller's steps, 2-4 times longer.
     */
    private static final double BUMP_WINDOW_STEPS = 4;
    /**
     * With Dufour T's step errors are measured against this many times the bump's scale (not the wall difference,
     * 1e4 times larger for liquids): a step error of 2e-3 of the bump at the default tolerance. Measured on random
     * Dufour liquids and gases: dufour_dt_max as accurate as at 1 times the bump, with 40 to 55 % of the steps.
     */
    private static final double BUMP_ERROR_SCALE = 100;
    /** The smallest error scale of T with Dufour, relative to the wall difference. */
    private static final double BUMP_SCALE_MIN = 1e-5;
    /** From a uniform start t99 counts from this many diffusion times of a cell (h^2/D) on. */
    private static final double T99_RESOLVED = 4;
    /** The first controlled step after the layer start, relative to its time (the controller's own ratio there). */
    private static final double LAYER_FIRST_STEP = 0.2;

    private static final double[] NO_TIMES = {};
    private final MarchOptions options;
    private final MarchState state = new MarchState();
    private final FiniteVolumeSystem system = new FiniteVolumeSystem(state);
    private final RosenbrockStep stepper = new RosenbrockStep(state, system);
    private final MarchOutputs outputs = new MarchOutputs(state);
    private final WallLayerStart layers = new WallLayerStart(state, outputs);
    private final SteadyTail tail = new SteadyTail(state, system, outputs);
    /** The analytic start's time of the last solve (0: none). */
    private double lastLayerTime;
    /** The time the previous grid's steps found the bump's peak at (NaN: none; see {@link #BUMP_WINDOW_STEPS}). */
    private double peakTimeHint = Double.NaN;
    /** The march's consecutive steps held to the bump's step, and whether its peak was passed with fewer than two. */
    private int heldSteps;
    private boolean peakPassedUnheld;
    /** The cells of c at {@link MarchOptions#profileTime} (kept only when asked), and whether they are taken. */
    private double[] profile = new double[0];
    private boolean profileTaken;

    private int[] order = new int[0];

    /** A march with the analytic wall-layer start where it applies. */
    GridMarch() {
        this(MarchOptions.DEFAULT);
    }

    /** A march configured otherwise (tests: from t = 0, keeping a profile). */
    GridMarch(MarchOptions options) {
        this.options = options;
    }

    /**
     * Marches {@code p} on a grid of {@code cells} cells from t = 0 to the steady state, its steps controlled to
     * {@code tolerance} (relative to the steady composition scale, see {@link #DEFAULT_TOLERANCE}). On entry
     * {@code steady} holds the exact steady outputs and {@code model} is loaded (its wall temperatures are the
     * steady ones); the report times are finite. Fills {@code r}: separation_at, t99, dufour_dt_max and
     * mass_error, or its failure.
     */
    void solve(CellInputs p, CellModel model, ResultBuffer steady, int cells, double tolerance, GridResult r) {
        solve(p, model, steady, cells, tolerance, Double.POSITIVE_INFINITY, r);
    }

    /**
     * As {@link #solve(CellInputs, CellModel, ResultBuffer, int, double, GridResult)}, but the march ends at the
     * first state at or after {@code until}: only the report times up to it are filled (t99, dufour_dt_max and
     * mass_error stay NaN). The kernel's second pass at a tighter tolerance for early report times takes no more.
     */
    void solve(CellInputs p, CellModel model, ResultBuffer steady, int cells, double tolerance, double until,
            GridResult r) {
        double[] times = p.times() == null ? NO_TIMES : p.times();
        begin(p, model, cells, tolerance, times, r);
        if (state.solveT && !(state.kappa > 0 && Double.isFinite(state.kappa) && state.rhoCp > 0
                && Double.isFinite(state.rhoCp))) {
            r.fail(ReasonCode.NOT_CONVERGED, "conductivity",
                    "the temperature must be solved: density, heat_capacity and conductivity are required");
            state.release();
            return;
        }
        if (options.keepsProfile() && profile.length < cells) {
            profile = new double[cells];
        }
        march(times, steady, until, r);
        if (peakPassedUnheld) {
            // the previous grid's peak time misled this one's steps past its own peak: again, held throughout
            int stepsSpent = state.lastSteps;
            peakTimeHint = Double.NaN;
            begin(p, model, cells, tolerance, times, r);
            march(times, steady, until, r);
            state.lastSteps += stepsSpent;
        }
        r.steps = state.lastSteps;
        state.release();
    }

    /** The state at t = 0 on the grid, nothing of an earlier march kept but the peak time's hint. */
    private void begin(CellInputs p, CellModel model, int cells, double tolerance, double[] times, GridResult r) {
        r.start(times.length, cells);
        lastLayerTime = 0;
        profileTaken = false;
        state.load(model, cells, p.initialTemperature(), tolerance);
        grow(cells, times.length);
    }

    /** A new cell follows: nothing found on the previous cell's grids carries over (see {@link WallLayerStart#forgetPeak}). */
    void startCell() {
        layers.forgetPeak();
        peakTimeHint = Double.NaN;
    }

    /** The analytic start's time of the last solve (0: it marched from t = 0). */
    double lastLayerTime() {
        return lastLayerTime;
    }

    /**
     * Copies the last solve's cells of c at {@link MarchOptions#profileTime} into {@code into} (as many as the grid
     * has cells); false when no profile was kept (not asked for, or that time not reached).
     */
    boolean profile(double[] into) {
        if (!profileTaken) {
            return false;
        }
        System.arraycopy(profile, 0, into, 0, state.n);
        return true;
    }

    /** Keeps c at the first state at or after the asked profile time (see {@link MarchOptions#profileTime}). */
    private void keepProfile(double t) {
        if (!profileTaken && t >= options.profileTime()) {
            System.arraycopy(state.c, 0, profile, 0, state.n);
            profileTaken = true;
        }
    }

    /** Grows every part's scratch to the grid and the report times (no allocation when large enough). */
    private void grow(int cells, int nTimes) {
        if (order.length < nTimes) {
            order = new int[Math.max(nTimes, 2 * order.length)];
        }
        system.resize(cells);
        stepper.resize(cells);
        tail.resize(cells);
    }

    /**
     * The march proper: the error scales, the analytic start where it applies, then controlled steps that land on
     * the report times, until the tail closes in closed form or the steady state is reached.
     */
    private void march(double[] times, ResultBuffer out, double until, GridResult r) {
        int nt = times.length;
        sortTimes(times, nt);
        system.forgetFactors();
        double sepInf = out.get(OutputField.SEPARATION);
        double scaleC = Math.max(Math.abs(sepInf), Math.max(Math.abs(out.get(OutputField.C_HOT) - state.m.c0()),
                Math.abs(out.get(OutputField.C_COLD) - state.m.c0())));
        if (!Double.isFinite(sepInf) || !Double.isFinite(scaleC)) {
            r.fail(ReasonCode.NOT_CONVERGED, "mode", "transient needs the steady separation, got %s", sepInf, 0);
            return;
        }
        if (!(scaleC > 0)) {
            scaleC = Math.max(1e-300, 1e-12 * Math.abs(state.m.c0()));
        }
        double wallDt = Math.abs(state.tHot - state.tCold);
        double scaleT = wallDt > 0 ? wallDt : 1e-6 * Math.max(1, Math.abs(state.tHot));
        double tau = state.m.diffusionTime(state.diff);
        double tauThermal = state.solveT ? state.m.diffusionTime(state.kappa) : tau;
        double tauSlow = Math.max(tau, tauThermal);
        double tauFast = Math.min(tau, tauThermal);
        boolean dufourOutput = state.dirichlet && state.linearStart;
        boolean trackBump = dufourOutput && state.solveT;
        double bumpStep = WallLayerStart.temperatureSlaved(state.diff, state.kappa) ? BUMP_STEP_LIQUID
                : BUMP_STEP * BumpPeakTime.of(state.kappa / state.diff);
        if (trackBump) {
            // the bump is ~k_D a L/kappa, far below the wall difference (mK against K): its steps are controlled on it
            double a = state.m.soret(0.5 * (state.tHot + state.tCold)) * state.g(state.m.c0()) * (state.tCold - state.tHot) / state.m.length();
            double bumpScale = Math.abs(state.kdAt(0.5) * a * state.m.length() / state.kappa) * WallLayerBump.PEAK[2];
            // (not below 1e-5 of the wall difference: round-off in T would then stall the steps)
            scaleT = Math.min(scaleT, Math.max(BUMP_ERROR_SCALE * bumpScale, BUMP_SCALE_MIN * scaleT));
        }
        // from a uniform start the walls' T layers are thinner than a cell at first: the extrapolated wall values of c
        // then follow the wall gradient of T, not the composition, and may pass 99 % of the steady separation
        double t99From = state.linearStart ? 0 : T99_RESOLVED * state.h * state.h / state.diff;

        int next = 0;
        while (next < nt && times[order[next]] <= 0) {
            r.setSeparationAt(order[next++], 0);
        }
        double t99 = sepInf == 0 ? 0 : Double.NaN;
        double t = 0;
        double sepPrev = 0;
        double dt = state.linearStart ? 4e-4 * tau : 1e-3 * tauFast;
        double layerTime = options.analyticStart() ? layers.time(tau, scaleC, scaleT) : 0;
        double startPeak = Double.NaN;
        lastLayerTime = 0;
        if (layerTime > 0) {
            // the wall layers of the linear problem up to layerTime, then marching (report times before: exact)
            layers.begin();
            while (next < nt && times[order[next]] <= layerTime) {
                int k = order[next++];
                r.setSeparationAtFromStart(k, layers.separation(times[k]), layers.separationErrorBound(times[k]));
            }
            if (trackBump) {
                // the start gives the bump's peak when it passes it (the search fills the state at earlier times: first);
                // otherwise it ends before the peak, which the march tracks
                startPeak = layers.peakBefore(layerTime);
                if (Double.isNaN(startPeak) && !layers.coupled()) {
                    layerTime = Math.min(layerTime, WallLayerStart.LAYER_MAX_BUMP * tau);
                }
            }
            if (layerTime >= until) {
                return; // every report time asked for is the start's
            }
            layers.fillState(layerTime);
            keepProfile(layerTime);
            lastLayerTime = layerTime;
            t = layerTime;
            sepPrev = outputs.separation();
            r.observe(sepPrev);
            dt = LAYER_FIRST_STEP * layerTime;
        }
        if (!Double.isNaN(startPeak)) {
            // the start's peak alone: the filled state's T has the shortcut lag, whose bump is ~1e-3 of itself off
            // (see WallLayerStart#peakBefore); a start ending just past the peak took that as the peak, 1.4e-3 high
            outputs.startPastPeak(startPeak);
        } else {
            outputs.startBump(layerTime > 0 && trackBump ? outputs.bump() : 0);
        }
        boolean f1Valid = false;
        boolean rejectedLast = false;
        // the last step when it was the controller's own (not cut to a report time or a held step, not a retry), its error
        double freeStep = Double.NaN, freeError = Double.NaN;
        peakPassedUnheld = false;
        heldSteps = 0;
        int steps = 0;
        tail.start();
        while (true) {
            ++steps;
            if (steps > MAX_STEPS) {
                r.fail(ReasonCode.NOT_CONVERGED, "cells", "more than " + MAX_STEPS + " time steps");
                return;
            }
            if (next == nt && !Double.isNaN(t99)) {
                // every output is known (report times, t99): only the discrete steady state is left to reach
                // (already reached once when the tail was tried); the bump relaxes monotonically to its steady one
                if (!tail.reachSteady(tauSlow, scaleC, sepPrev, trackBump)) {
                    r.fail(ReasonCode.NOT_CONVERGED, "cells", "steady state not reached after t99 (t = %s s)", t, 0);
                    return;
                }
                outputs.includeBump(tail.steadyBump());
                break;
            }
            // steps are held to the bump's step until it has passed its peak (on a later grid, near the last one's only)
            boolean peakedBefore = outputs.bumpPeaked();
            double window = peakTimeHint - BUMP_WINDOW_STEPS * bumpStep * tau;
            boolean hold = trackBump && !peakedBefore && !(t + dt < window);
            // (a step that would enter the window ends where it starts, if that is more than a held step away)
            double dtTry = hold ? Math.min(dt, t < window ? Math.max(bumpStep * tau, window - t) : bumpStep * tau) : dt;
            boolean landing = false;
            if (next < nt) {
                double remaining = times[order[next]] - t;
                if (dtTry * (rejectedLast ? 1 : 1.1) >= remaining) {
                    dtTry = remaining;
                    landing = true;
                } else if (2 * dtTry > remaining) {
                    dtTry = 0.5 * remaining;
                }
            }
            // (a step cut to land on a report time may be arbitrarily short; the controller's may not)
            if (!(dt > 1e-14 * Math.max(t, tauFast)) || !(dtTry > 0)) {
                r.fail(ReasonCode.NOT_CONVERGED, "cells", "time step too small at t = %s s", t, 0);
                return;
            }
            if (!f1Valid) {
                system.residual(state.c, state.temp, state.f1c, state.f1t);
                f1Valid = true;
            }
            double err = stepper.step(dtTry, scaleC, scaleT);
            if (!(err <= 1)) {
                // rejected (or not finite): shrink and retry from the same state
                dt = dtTry * (Double.isFinite(err) ? Math.max(SHRINK_MIN, SAFETY / Math.cbrt(err)) : SHRINK_MIN);
                rejectedLast = true;
                continue;
            }
            state.acceptCandidate(); // the candidate is in (sc, st)
            f1Valid = false;
            double tNew = landing ? times[order[next]] : t + dtTry;
            double sep = outputs.separation();
            r.observe(sep);
            if (!Double.isFinite(sep)) {
                r.fail(ReasonCode.NOT_CONVERGED, "cells", "separation not finite at t = %s s", tNew, 0);
                return;
            }
            if (Double.isNaN(t99) && tNew >= t99From && (sepInf > 0 ? sep >= 0.99 * sepInf : sep <= 0.99 * sepInf)) {
                t99 = MarchOutputs.crossing(t, tNew, 1 - sepPrev / sepInf, 1 - sep / sepInf);
            }
            if (trackBump) {
                outputs.trackBump(tNew);
                heldSteps = hold ? heldSteps + 1 : 0;
                if (!peakedBefore && outputs.bumpPeaked() && heldSteps < 2) {
                    // the parabola's three steps around the peak were not all held: only after a misleading hint
                    peakPassedUnheld = true;
                    return;
                }
            }
            while (next < nt && times[order[next]] <= tNew) {
                r.setSeparationAt(order[next++], sep);
            }
            if (tNew >= until) {
                return; // a partial march: the report times up to until are filled
            }
            keepProfile(tNew);
            double stepTaken = tNew - t;
            t = tNew;
            double remainingTransient = Math.abs(sep - sepPrev) * Math.max(1, tauSlow / stepTaken);
            sepPrev = sep;
            double grow = err > 0 ? SAFETY / Math.cbrt(err) : GROW_MAX;
            boolean free = !landing && !rejectedLast && dtTry == dt;
            if (free && freeStep > 0 && err > 0) {
                grow *= Math.min(PREDICTED_GROWTH_MAX, Math.max(1, dtTry / freeStep * Math.cbrt(freeError / err)));
            }
            freeStep = free ? dtTry : Double.NaN;
            freeError = err;
            grow = Math.min(rejectedLast ? 1 : GROW_MAX, Math.max(SHRINK_MIN, grow));
            double proposed = dtTry * grow;
            if (dtTry < dt && grow >= 1) {
                proposed = Math.max(proposed, dt); // the step was cut to land on a report time
            }
            dt = proposed;
            rejectedLast = false;
            if (next == nt && Double.isNaN(t99) && t > 5 * tauSlow && remainingTransient <= state.tolerance * scaleC) {
                // steady, yet short of 99 % of the exact separation: the discretisation error is above 1 %
                r.fail(ReasonCode.NOT_CONVERGED, "cells", "the discrete steady separation %s misses 99 %% of the exact %s: too few cells", sep, sepInf);
                return;
            }
            tail.record(t, sep);
            if ((next < nt || Double.isNaN(t99)) && tail.closes(t, sep, tauSlow, scaleC, trackBump)) {
                // the decay is a single exponential: every later output in closed form
                while (next < nt) {
                    int k = order[next++];
                    r.setSeparationAt(k, tail.separationAt(times[k]));
                }
                if (Double.isNaN(t99)) {
                    t99 = tail.t99(sepInf);
                    if (Double.isNaN(t99)) {
                        r.fail(ReasonCode.NOT_CONVERGED, "cells", "the discrete steady separation %s misses 99 %% of the exact %s: too few cells",
                                tail.steady(), sepInf);
                        return;
                    }
                }
                // the bump now relaxes monotonically to the steady one
                outputs.includeBump(tail.steadyBump());
                break;
            }
        }
        for (int i = 0; i < nt; i++) {
            if (Double.isNaN(r.separationAt(i))) {
                r.fail(ReasonCode.NOT_CONVERGED, "times", "report time %.0f not reached", i, 0);
                return;
            }
        }
        r.t99 = t99;
        r.dufourMax = dufourOutput ? (trackBump ? outputs.bumpMax() : 0) : Double.NaN;
        peakTimeHint = trackBump ? outputs.peakTime() : Double.NaN;
        r.massError = outputs.massError();
        r.observe(sepInf);
    }

    /** order = the report times' indices by increasing time (insertion sort: a few times, no allocation). */
    private void sortTimes(double[] times, int nt) {
        for (int i = 0; i < nt; i++) {
            int k = i;
            while (k > 0 && times[order[k - 1]] > times[i]) {
                order[k] = order[k - 1];
                k--;
            }
            order[k] = i;
        }
    }
}
