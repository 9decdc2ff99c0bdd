package org.soretstudy.solver.internal;

import org.soretstudy.solver.CellInputs;
import org.soretstudy.solver.InitialTemperature;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ReasonCode;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.ThermalBc;

/**
 * The transient kernel, beside {@link SteadyKernel}: chooses the grid, marches the cell on it (see
 * {@link GridMarch}) and fills the transient outputs with their error estimate.
 *
 * <p><b>Why Richardson pairs of grids.</b> The space error of the finite-volume scheme is fourth order for
 * constant coefficients and second order where they vary (S_T(T), large separations, the drift's c(1 - c)), and
 * its size depends on how curved the profile is, which no cheap a-priori indicator predicts across liquids,
 * gases and thermal traps. Comparing the same march on n and 2n cells measures it directly, for each output, with
 * the scheme's own behaviour: on a grid halving the error falls by 2^p, p &gt;= 2, so the fine grid's error is at
 * most |fine - coarse|/(2^p - 1) &lt;= |fine - coarse|/3. The estimate is kept at that (an over-estimate by up to
 * 5 where the scheme is fourth order) rather than extrapolated, and the fine grid's values are reported: a wrong
 * guess of the order would make an extrapolation worse than the fine value. A graded grid was not chosen: where
 * the curvature sits (the walls, a trap's interior, the layers early on) moves with the cell and with time. The
 * grids double from {@link #FIRST_CELLS} until every output's estimate is within its target (separation_at
 * 1e-4 relative, t99 and dufour_dt_max 1e-3 relative, with a safety factor), the previous fine grid becoming
 * the next coarse one, so each refinement costs one more march; past {@link #MAX_CELLS} the finest pair's
 * result is reported with its (then larger) estimate. A user's {@code cells} fixes the grid: the estimate then
 * comes from a second march on half the cells.
 *
 * <p><b>Linear cells are not marched.</b> A dilute cell without Dufour coupling between Dirichlet walls from the
 * linear start obeys a linear equation with time-independent coefficients: {@link EigenmodeKernel} solves it by its
 * eigenmodes (exact in time, spectral in space, its own estimate), and the march below takes only the cells it
 * hands back. A cell with nothing to drive it (S_T = 0, or Dirichlet walls at one temperature) stays uniform.
 *
 * <p><b>The estimate.</b> error_estimate = the largest over separation_at and t99 of space plus time: space as
 * above; time from the step tolerance (the controller holds each step's error below tolerance times the
 * composition scale: about that much on the separation, {@link #FLUX_TIME_ERROR} times it between flux walls, and
 * that divided by the separation's slope on t99, at the slower of the diffusion and thermal times when the
 * temperature starts away from its profile). A report time that the analytic wall-layer start gives on both grids
 * took no step: its time part is the start's own bound there ({@link WallLayerStart#separationErrorBound}), which
 * is what spares such cells a second pair of marches at a tighter tolerance. When the time part is over its share
 * at early report times only (not t99's, and no liquid's Dufour bump tracked), the second pair at the tighter tolerance
 * marches only up to the last of them ({@link #tightenEarlyTimes}): random report times from 0.02 tau made that
 * second pair most of a liquid's work.
 * For separation_at the relative error is against |separation_at|, or against the largest |separation| of the
 * run for a cell whose separation passes through zero (thermal traps), where a relative error means nothing.
 */
public final class TransientKernel {
    /** The coarse grid of the first pair (the fine one has twice as many cells). */
    public static final int FIRST_CELLS = 16;
    /** No refinement beyond this many cells. */
    public static final int MAX_CELLS = 4096;
    /** The targets: separation_at relative, t99 relative, dufour_dt_max relative. */
    static final double TARGET_SEPARATION = 1e-4;
    static final double TARGET_T99 = 1e-3;
    static final double TARGET_DUFOUR = 1e-3;
    /** The estimate must be below this fraction of its target before the grid is accepted. */
    static final double SAFETY = 0.5;
    /** Richardson's denominator for an order of at least 2: the fine grid errs by at most |fine - coarse|/3. */
    private static final double RICHARDSON = 3;
    /** The time tolerance of a uniform start or flux walls, against the default. */
    private static final double OTHER_START_TIGHTENING = 10;
    /**
     * The time error of a march between flux walls against its step tolerance times the composition scale: the walls
     * warm from the uniform start as sqrt(t), and the early steps' errors add up (seen up to ~7 times the
     * tolerance's share on the separation of random flux-wall gases; the other starts stay within it).
     */
    private static final double FLUX_TIME_ERROR = 4;
    /** The time tolerance is tightened at most this much when the time part of the estimate is over its share. */
    private static final double MAX_TIGHTENING = 1000;

    private final GridMarch grid = new GridMarch();
    private final EigenmodeKernel modes;
    /** The time tolerance of a march from a linear start on Dirichlet walls (the kernel tightens it where needed). */
    private final double tolerance;
    private GridResult coarse = new GridResult();
    private GridResult fine = new GridResult();
    /**
     * The same pair of grids again at a tighter tolerance up to {@link #earlyUntil} only, when only report times up to
     * there are over their share of time error (see {@link #tightenEarlyTimes}); their values replace the pair's.
     */
    private final GridResult earlyCoarse = new GridResult();
    private final GridResult earlyFine = new GridResult();
    /** The last report time the early pair gives (-infinity: none), and its tolerance. */
    private double earlyUntil = Double.NEGATIVE_INFINITY;
    private double earlyTolerance;
    /** The latest report time whose time part alone is over its share (see {@link #estimate}); -infinity: none. */
    private double lastTimeOverAt;
    /** Largest estimated errors of the last solve: space+time on separation_at, t99; space on dufour_dt_max. */
    private double lastSeparationError;
    private double lastT99Error;
    private double lastDufourError;
    /** The space parts alone: refining the grid reduces them, not the time parts. */
    private double spaceSeparation;
    private double spaceT99;
    private int lastCells;
    private int lastSteps;
    private boolean lastByModes;

    /** The kernel at the default time tolerance. */
    public TransientKernel() {
        this(GridMarch.DEFAULT_TOLERANCE);
    }

    /** The kernel at the given time-integration tolerance (relative to the steady composition scale). */
    public TransientKernel(double tolerance) {
        this(tolerance, 0);
    }

    /**
     * The kernel at the given time tolerance whose eigenmode path (linear cells, see {@link EigenmodeKernel}) starts
     * from a basis of at least {@code smallestBasis} polynomials: tests take a converged reference from 64 on.
     */
    public TransientKernel(double tolerance, int smallestBasis) {
        this.tolerance = tolerance;
        this.modes = new EigenmodeKernel(smallestBasis);
    }

    /**
     * Marches {@code p} from t = 0 to the steady state. On entry {@code out} holds the exact steady outputs and
     * {@code model} is loaded (its wall temperatures are the steady ones). Fills separation_at, t99,
     * dufour_dt_max, mass_error and error_estimate, or rejects {@code out} with NOT_CONVERGED.
     */
    public void solve(CellInputs p, CellModel model, ResultBuffer out) {
        if (p.cells() != 0 && p.cells() < 3) {
            out.reject(ReasonCode.NOT_CONVERGED, "cells", "cells must be at least 3, got " + p.cells());
            return;
        }
        if (p.times() != null) {
            for (double t : p.times()) {
                if (!Double.isFinite(t)) {
                    out.reject(ReasonCode.NOT_CONVERGED, "times", "report time is not finite: " + t);
                    return;
                }
            }
        }
        lastSteps = 0;
        earlyUntil = Double.NEGATIVE_INFINITY;
        if (nothingMoves(model)) {
            // no thermodiffusion anywhere (S_T = 0, or one temperature throughout): c stays uniform, exactly
            writeUniform(p, model, out);
            return;
        }
        lastByModes = EigenmodeKernel.applies(p, model) && modes.solve(p, model, out);
        if (lastByModes) {
            lastCells = modes.lastBasis();
            return;
        }
        grid.startCell();
        if (p.cells() != 0) {
            solveFixed(p, model, out, p.cells());
        } else {
            solveAdaptive(p, model, out);
        }
    }

    /** True when c stays c0 everywhere: S_T is 0, or Dirichlet walls at one temperature (T never varies then). */
    private static boolean nothingMoves(CellModel model) {
        boolean noSoret = model.constantSoret() && model.soret(model.meanTemperature()) == 0;
        return noSoret || (model.thermalBc() == ThermalBc.DIRICHLET && model.tHot() == model.tCold());
    }

    /** The outputs of a cell that never leaves its uniform start (exact: no estimate to make). */
    private void writeUniform(CellInputs p, CellModel model, ResultBuffer out) {
        int n = p.times() == null ? 0 : p.times().length;
        out.startSeparationAt(n);
        for (int i = 0; i < n; i++) {
            out.setSeparationAt(i, 0);
        }
        out.set(OutputField.T99, 0);
        boolean dufourApplies = model.thermalBc() == ThermalBc.DIRICHLET && p.initialTemperature() == InitialTemperature.LINEAR;
        out.set(OutputField.DUFOUR_DT_MAX, dufourApplies ? 0 : Double.NaN);
        out.set(OutputField.MASS_ERROR, 0);
        out.set(OutputField.ERROR_ESTIMATE, 0);
        lastByModes = false;
        lastCells = 0;
    }

    private void solveFixed(CellInputs p, CellModel model, ResultBuffer out, int cells) {
        march(p, model, out, cells, tolerance, fine);
        if (!fine.ok()) {
            out.reject(fine.failure());
            return;
        }
        int half = cells / 2;
        if (half >= 3) {
            march(p, model, out, half, tolerance, coarse);
        }
        boolean estimated = half >= 3 && coarse.ok();
        if (estimated) {
            estimate(p, model, out, tolerance);
        }
        write(out, p.times(), estimated);
    }

    private void solveAdaptive(CellInputs p, CellModel model, ResultBuffer out) {
        int cells = FIRST_CELLS;
        double base = this.tolerance;
        // from a uniform start (or flux walls) the first steps resolve a singular thermal start: a tighter start
        double tolerance = p.initialTemperature() == InitialTemperature.LINEAR && model.thermalBc() == ThermalBc.DIRICHLET
                ? base : base / OTHER_START_TIGHTENING;
        march(p, model, out, cells, tolerance, coarse);
        while (true) {
            march(p, model, out, 2 * cells, tolerance, fine);
            boolean last = 4 * cells > MAX_CELLS;
            if (!fine.ok()) {
                if (last) {
                    out.reject(fine.failure());
                    return;
                }
            } else if (coarse.ok()) {
                estimate(p, model, out, tolerance);
                boolean spaceMet = spaceMet();
                double over = Math.max((lastSeparationError - spaceSeparation) / (SAFETY * TARGET_SEPARATION),
                        (lastT99Error - spaceT99) / (SAFETY * TARGET_T99));
                if (spaceMet && over > 1 && tolerance > base / MAX_TIGHTENING) {
                    // the time part is over its share: both grids again at the tolerance that brings it there
                    // (about proportional), the coarse one too or its time error would pass for a space error
                    double fullTolerance = tolerance;
                    tolerance = tighter(tolerance, over, base);
                    // (only the early report times again, unless t99 is over too or a liquid's Dufour bump is tracked:
                    // the bump's time error is not estimated, and the first pair's steps, cut to land on early report
                    // times, left it 1.3e-3 off in an asymmetric liquid that the full second pair brought to 3.6e-4;
                    // a gas's bump, over 1000 random gases, was as accurate either way: worst 2.8e-4)
                    boolean fullPassNeeded = lastT99Error - spaceT99 > SAFETY * TARGET_T99
                            || (fine.dufourMax > 0 && liquidBump(model));
                    if (!fullPassNeeded && tightenEarlyTimes(p, model, out, cells, fullTolerance, tolerance, base)) {
                        return;
                    }
                    earlyUntil = Double.NEGATIVE_INFINITY;
                    march(p, model, out, cells, tolerance, coarse);
                    continue;
                }
                if (last || spaceMet) {
                    write(out, p.times(), true);
                    return;
                }
            } else if (last) {
                write(out, p.times(), false);
                return;
            }
            GridResult swap = coarse;
            coarse = fine;
            fine = swap;
            cells *= 2;
        }
    }

    /** True when the last estimate's space parts are within their share of every target. */
    private boolean spaceMet() {
        return spaceSeparation <= SAFETY * TARGET_SEPARATION && spaceT99 <= SAFETY * TARGET_T99
                && lastDufourError <= SAFETY * TARGET_DUFOUR;
    }

    /** True when T is slaved to c (a liquid), the Dufour bump then tracked by steps of 0.01 tau. */
    private static boolean liquidBump(CellModel model) {
        return WallLayerStart.temperatureSlaved(model.diffusion(), thermalDiffusivity(model));
    }

    /** kappa = lambda/(rho c_p). */
    private static double thermalDiffusivity(CellModel model) {
        return model.conductivity() / (model.density() * model.heatCapacity());
    }

    /** The tolerance that brings a time part {@code over} times its share within it (about proportional). */
    private static double tighter(double tolerance, double over, double base) {
        return Math.max(base / MAX_TIGHTENING, tolerance / (2 * over));
    }

    private void march(CellInputs p, CellModel model, ResultBuffer out, int cells, double tolerance, GridResult r) {
        grid.solve(p, model, out, cells, tolerance, r);
        lastSteps += r.steps;
    }

    /**
     * When only early report times are over their share of time error (t99 is not), the pair of grids (cells, 2 cells)
     * again at the tighter tolerance up to the last of them, not to the steady state: their separations come from
     * this early pair, every other output from the full one. Tightens again while still over (to the kernel's
     * limit), and writes the result when the targets' space parts still hold. False when the early pair failed or
     * its space estimate no longer holds: the caller then marches both grids in full.
     */
    private boolean tightenEarlyTimes(CellInputs p, CellModel model, ResultBuffer out, int cells,
            double fullTolerance, double tolerance, double base) {
        while (true) {
            double until = lastTimeOverAt;
            if (until == Double.NEGATIVE_INFINITY) {
                return false;
            }
            earlyUntil = Double.NEGATIVE_INFINITY; // the full pair's values until the early one is in
            grid.solve(p, model, out, cells, tolerance, until, earlyCoarse);
            lastSteps += earlyCoarse.steps;
            grid.solve(p, model, out, 2 * cells, tolerance, until, earlyFine);
            lastSteps += earlyFine.steps;
            if (!earlyCoarse.ok() || !earlyFine.ok()) {
                return false;
            }
            earlyUntil = until;
            earlyTolerance = tolerance;
            estimate(p, model, out, fullTolerance);
            if (!spaceMet()) {
                return false;
            }
            double over = (lastSeparationError - spaceSeparation) / (SAFETY * TARGET_SEPARATION);
            if (over <= 1 || tolerance <= base / MAX_TIGHTENING) {
                write(out, p.times(), true);
                return true;
            }
            tolerance = tighter(tolerance, over, base);
        }
    }

    /** The largest estimated relative errors of the fine grid's outputs at the marches' tolerance (see the class comment). */
    private void estimate(CellInputs p, CellModel model, ResultBuffer out, double tolerance) {
        double sepInf = out.get(OutputField.SEPARATION);
        double scaleC = Math.max(Math.abs(sepInf), Math.max(Math.abs(out.get(OutputField.C_HOT) - model.c0()),
                Math.abs(out.get(OutputField.C_COLD) - model.c0())));
        double flux = model.thermalBc() == ThermalBc.FLUX ? FLUX_TIME_ERROR : 1;
        double timeError = tolerance * scaleC * flux;
        double sepError = 0, sepSpace = 0;
        double[] times = p.times();
        lastTimeOverAt = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < fine.count(); i++) {
            if (!(times[i] > 0)) {
                continue; // exact: the initial state
            }
            // an early report time of a second pass at a tighter tolerance: that pair's values (see tightenEarlyTimes)
            boolean early = times[i] <= earlyUntil;
            GridResult f = early ? earlyFine : fine, c = early ? earlyCoarse : coarse;
            double scale = fine.separationErrorScale(i, sepInf);
            double space = Math.abs(f.separationAt(i) - c.separationAt(i)) / RICHARDSON;
            // from the analytic start on both grids: no step error, the start's own bound instead
            double start = Math.max(f.startErrorAt(i), c.startErrorAt(i));
            double time = Double.isNaN(start) ? (early ? earlyTolerance * scaleC * flux : timeError) : start;
            sepError = Math.max(sepError, (space + time) / scale);
            sepSpace = Math.max(sepSpace, space / scale);
            if (time / scale > SAFETY * TARGET_SEPARATION) {
                lastTimeOverAt = Math.max(lastTimeOverAt, times[i]);
            }
        }
        double t99Error = 0, t99Space = 0;
        if (fine.t99 > 0) {
            double tau = model.diffusionTime(model.diffusion());
            if (model.thermalBc() != ThermalBc.DIRICHLET || p.initialTemperature() != InitialTemperature.LINEAR
                    || model.dufour()) {
                // the temperature starts away from its profile, or the Dufour bump moves it: the separation follows
                // it, at the slower of the two rates (a gas with flux walls: 12 times the diffusion time, and t99's
                // time error 12 times larger; a Dufour gas with kappa = 0.2 D: its slope at t99 0.41 of the diffusive
                // one, and t99's time error 7 times the estimate that took it)
                tau = Math.max(tau, model.diffusionTime(thermalDiffusivity(model)));
            }
            // a separation error e moves t99 by e over the slope there, ~0.01 |sep_inf|/tau
            double time = timeError * tau / (0.01 * Math.abs(sepInf) * fine.t99);
            t99Space = Math.abs(fine.t99 - coarse.t99) / RICHARDSON / fine.t99;
            t99Error = t99Space + time;
        }
        double dufourError = 0;
        if (fine.dufourMax > 0) {
            dufourError = Math.abs(fine.dufourMax - coarse.dufourMax) / RICHARDSON / fine.dufourMax;
        }
        lastSeparationError = sepError;
        lastT99Error = t99Error;
        lastDufourError = dufourError;
        spaceSeparation = sepSpace;
        spaceT99 = t99Space;
    }

    private void write(ResultBuffer out, double[] times, boolean estimated) {
        fine.writeTo(out);
        if (earlyUntil > Double.NEGATIVE_INFINITY) {
            for (int i = 0; i < fine.count(); i++) {
                if (times[i] <= earlyUntil) {
                    out.setSeparationAt(i, earlyFine.separationAt(i));
                }
            }
        }
        out.set(OutputField.ERROR_ESTIMATE, estimated ? Math.max(lastSeparationError, lastT99Error) : Double.NaN);
        lastCells = fine.cells;
    }

    /** True when the last solve was a linear cell's, by its eigenmodes (lastCells is then the basis size). */
    public boolean lastByModes() { return lastByModes; }

    /** Cells of the grid whose values the last solve reported. */
    public int lastCells() { return lastCells; }

    /** Work of the last solve over every grid: attempted time steps plus steady-state iterations. */
    public int lastSteps() { return lastSteps; }

    /** The last solve's estimated relative error of dufour_dt_max (not part of error_estimate, contract 2). */
    public double lastDufourError() { return lastDufourError; }
}
