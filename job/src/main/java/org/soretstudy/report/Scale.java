package org.soretstudy.report;

/**
 * A plot axis's data range and its mapping, linear or logarithmic, onto a pixel range.
 *
 * @param lo  data value at the start (finite; > 0 when log)
 * @param hi  data value at the end (> lo)
 * @param log logarithmic mapping
 */
record Scale(double lo, double hi, boolean log) {
    /** Positive data spanning more than this ratio are drawn on a log axis. */
    static final double LOG_RATIO = 1000;
    /** ... and so are data spanning more than this ratio whose median lies in the lowest fifth of the span (skewed). */
    static final double SKEWED_LOG_RATIO = 10;

    Scale {
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && hi > lo) || (log && !(lo > 0))) {
            throw new IllegalArgumentException("bad scale [" + lo + ", " + hi + "] log=" + log);
        }
    }

    /**
     * The range to plot data in {@code [min, max]} (NaN when there is none): log when the values are positive and
     * either span more than {@link #LOG_RATIO}, or more than {@link #SKEWED_LOG_RATIO} with the {@code median}
     * (NaN: unknown) in the lowest fifth of the span, or {@code preferLog} (a log-distributed input) with any
     * spread; padded by {@code pad} of the span on each side; a single value gets a small range around it.
     */
    static Scale of(double min, double max, double median, boolean preferLog, double pad) {
        if (!(Double.isFinite(min) && Double.isFinite(max)) || max < min) {
            return new Scale(0, 1, false);
        }
        double ratio = max / min;
        boolean skewed = ratio >= SKEWED_LOG_RATIO && (median - min) < 0.2 * (max - min);
        boolean log = min > 0 && (ratio >= LOG_RATIO || skewed || (preferLog && max > min));
        if (log) {
            double a = Math.log10(min);
            double b = Math.log10(max);
            double p = (b - a) * pad;
            return new Scale(Math.pow(10, a - p), Math.pow(10, b + p), true);
        }
        if (max == min) {
            double half = min == 0 ? 1 : Math.abs(min) * 0.05;
            return new Scale(min - half, max + half, false);
        }
        double p = (max - min) * pad;
        double lo = min - p;
        // Do not cross zero by padding alone: a positive quantity's axis starts at or above 0.
        if (min >= 0 && lo < 0) {
            lo = 0;
        }
        return new Scale(lo, max + p, false);
    }

    /** Position of {@code v} in [0, 1] over the range (outside for values outside it). */
    double fraction(double v) {
        return log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (v - lo) / (hi - lo);
    }

    /** Pixel of {@code v} on an axis from {@code p0} (at lo) to {@code p1} (at hi). */
    double pixel(double v, double p0, double p1) {
        return p0 + fraction(v) * (p1 - p0);
    }

    /** Whether {@code v} can be placed on this axis (finite, and positive on a log axis). */
    boolean accepts(double v) {
        return Double.isFinite(v) && (!log || v > 0);
    }

    /** Nice ticks for about {@code target} labels. */
    Ticks ticks(int target) {
        return log ? Ticks.log(lo, hi, target) : Ticks.linear(lo, hi, target);
    }
}
