package org.soretstudy.solver.internal;

import java.util.Arrays;
import java.util.Locale;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.Reason;
import org.soretstudy.solver.ReasonCode;
import org.soretstudy.solver.ResultBuffer;

/**
 * The transient outputs of one march on one grid: what {@link TransientKernel} compares between a coarse and a
 * fine grid to estimate the space error. Reused from solve to solve (grown, never shrunk). Not thread-safe.
 */
final class GridResult {
    /** A separation that comes back below this fraction of its largest value is a trap's (see separationErrorScale). */
    static final double TRAP_RETURN = 0.9;
    private double[] separationAt = new double[8];
    /** Per report time, the bound on the analytic start's error when the start gave it (NaN: the march did). */
    private double[] startErrorAt = new double[8];
    private int count;
    /** t99 (s), NaN until known. */
    double t99;
    /** dufour_dt_max (K), NaN when it does not apply. */
    double dufourMax;
    double massError;
    /** The smallest and largest separation the march passed through (the steady one included). */
    double separationMin;
    double separationMax;
    /** Cells of the grid and work done: attempted time steps plus steady-state iterations. */
    int cells;
    int steps;
    /** Null when the march succeeded; else the failure, its message formatted only when it is reported. */
    private ReasonCode failureCode;
    private String failureField;
    private String failureFormat;
    private double failureA;
    private double failureB;

    /** Starts a march with {@code n} report times (every value NaN until set). */
    void start(int n, int gridCells) {
        if (separationAt.length < n) {
            separationAt = new double[Math.max(n, 2 * separationAt.length)];
            startErrorAt = new double[separationAt.length];
        }
        Arrays.fill(separationAt, 0, n, Double.NaN);
        Arrays.fill(startErrorAt, 0, n, Double.NaN);
        count = n;
        t99 = Double.NaN;
        dufourMax = Double.NaN;
        massError = Double.NaN;
        separationMin = 0;
        separationMax = 0;
        cells = gridCells;
        steps = 0;
        failureCode = null;
    }

    int count() { return count; }

    double separationAt(int i) { return separationAt[i]; }

    void setSeparationAt(int i, double value) {
        separationAt[i] = value;
        observe(value);
    }

    /** Sets separation_at[i] from the analytic start, whose error there is at most {@code errorBound}. */
    void setSeparationAtFromStart(int i, double value, double errorBound) {
        setSeparationAt(i, value);
        startErrorAt[i] = errorBound;
    }

    /** The bound on the start's error of separation_at[i] when the start gave it, NaN when the march did. */
    double startErrorAt(int i) { return startErrorAt[i]; }

    /** Records a separation the march passed through (for the near-zero scale of a trap cell). */
    void observe(double separation) {
        if (separation < separationMin) {
            separationMin = separation;
        }
        if (separation > separationMax) {
            separationMax = separation;
        }
    }

    /** The largest |separation| of the run. */
    double largestSeparation() { return Math.max(-separationMin, separationMax); }

    /**
     * What separation_at's errors are relative to: |separation_at[i]|, or in a trap cell, whose separation takes both
     * signs or ends below {@link #TRAP_RETURN} of its largest, the largest |separation| of the run (the steady one
     * included), since a relative error means nothing where the value passes near zero.
     */
    double separationErrorScale(int i, double sepInf) {
        double largest = Math.max(largestSeparation(), Math.abs(sepInf));
        boolean trap = (separationMin < 0 && separationMax > 0) || Math.abs(sepInf) < TRAP_RETURN * largest;
        return trap ? largest : Math.abs(separationAt[i]);
    }

    boolean ok() { return failureCode == null; }

    /** Writes this grid's transient outputs (separation_at, t99, dufour_dt_max, mass_error) into {@code out}. */
    void writeTo(ResultBuffer out) {
        out.startSeparationAt(count);
        for (int i = 0; i < count; i++) {
            out.setSeparationAt(i, separationAt[i]);
        }
        out.set(OutputField.T99, t99);
        out.set(OutputField.DUFOUR_DT_MAX, dufourMax);
        out.set(OutputField.MASS_ERROR, massError);
    }

    /** The failure as a reason (allocates: only for the grid whose failure is reported). */
    Reason failure() {
        if (failureCode == null) {
            return null;
        }
        return new Reason(failureCode, failureField,
                String.format(Locale.ROOT, failureFormat, failureA, failureB));
    }

    /**
     * Marks the march failed without building its message: a coarse grid's failure (too few cells) is routine and
     * the hot path allocates nothing. {@code format} takes a and b ({@code %s}, {@code %.0f}; {@code %%} for %).
     */
    void fail(ReasonCode code, String field, String format, double a, double b) {
        failureCode = code;
        failureField = field;
        failureFormat = format;
        failureA = a;
        failureB = b;
    }

    /** Marks the march failed with a fixed message. */
    void fail(ReasonCode code, String field, String message) {
        fail(code, field, message.replace("%", "%%"), 0, 0);
    }
}
