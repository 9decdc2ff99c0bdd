package org.soretstudy.stats;

import java.io.Serializable;

/**
 * Count, mean, sample standard deviation, min and max of a stream of doubles, in one pass and mergeable.
 * NaN values (null outputs) are skipped and not counted; infinities are counted and propagate.
 *
 * <p>Updates use Welford's recurrence and {@link #merge} the pairwise formula of Chan, Golub and LeVeque
 * (1979), so the sum of squared deviations never suffers the cancellation of the textbook sum-of-squares
 * formula. {@code a.merge(b)} then reading gives the moments of one pass over the values of {@code a}
 * followed by those of {@code b}: count, min and max exactly, mean and variance to rounding (relative error
 * of order n·ε in the worst case, far less in practice). Floating point makes the last bits depend on how
 * the values are grouped, so the driver merges chunk accumulators in chunk order: the same chunks give the
 * same bits on any executor or partition count. Not thread-safe.
 */
public final class Moments implements Serializable {
    private static final long serialVersionUID = 1L;

    private long count;
    private double mean;
    /** Sum of squared deviations from the mean. */
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** Adds one value; NaN is ignored. */
    public void add(double x) {
        if (Double.isNaN(x)) {
            return;
        }
        count++;
        double delta = x - mean;
        mean += delta / count;
        m2 += delta * (x - mean);
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
    }

    /** Folds {@code other} (the values that come after this accumulator's) into this one; returns this. */
    public Moments merge(Moments other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            count = other.count;
            mean = other.mean;
            m2 = other.m2;
            min = other.min;
            max = other.max;
            return this;
        }
        long n = count + other.count;
        double delta = other.mean - mean;
        double fraction = (double) other.count / n;
        mean += delta * fraction;
        m2 += other.m2 + delta * delta * count * fraction;
        count = n;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        return this;
    }

    /** Number of non-NaN values seen. */
    public long count() { return count; }

    /** Arithmetic mean; NaN when empty. */
    public double mean() { return count == 0 ? Double.NaN : mean; }

    /** Sample variance (divisor n - 1); NaN with fewer than two values. */
    public double variance() { return count < 2 ? Double.NaN : Math.max(0.0, m2) / (count - 1); }

    /** Sample standard deviation (divisor n - 1); NaN with fewer than two values. */
    public double std() { return Math.sqrt(variance()); }

    /** Smallest value; NaN when empty. */
    public double min() { return count == 0 ? Double.NaN : min; }

    /** Largest value; NaN when empty. */
    public double max() { return count == 0 ? Double.NaN : max; }
}
