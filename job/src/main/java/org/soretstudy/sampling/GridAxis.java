package org.soretstudy.sampling;

import java.util.Arrays;

/**
 * The values one parameter takes in a grid design: {@code points} values from its lower to its upper
 * bound inclusive, evenly spaced on a linear or log scale (both ends exactly the bounds), or the
 * values of a discrete distribution in their given order.
 */
public final class GridAxis implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Spacing of a grid axis. */
    public enum Scale { LINEAR, LOG }

    private final double[] values;

    private GridAxis(double[] values) {
        this.values = values;
    }

    /** {@code points} >= 2 values from low to high inclusive. */
    public static GridAxis between(double low, double high, int points, Scale scale) {
        if (!(Double.isFinite(low) && Double.isFinite(high) && low < high) || points < 2) {
            throw new IllegalArgumentException("need finite low < high and points >= 2");
        }
        if (scale == Scale.LOG && !(low > 0)) {
            throw new IllegalArgumentException("log scale needs low > 0");
        }
        double[] v = new double[points];
        int last = points - 1;
        if (scale == Scale.LINEAR) {
            for (int k = 0; k < points; k++) {
                v[k] = low + (high - low) * ((double) k / last);
            }
        } else {
            double a = StrictMath.log(low);
            double b = StrictMath.log(high);
            for (int k = 0; k < points; k++) {
                v[k] = StrictMath.exp(a + (b - a) * ((double) k / last));
            }
        }
        v[0] = low;
        v[last] = high;
        return new GridAxis(v);
    }

    /** The given values, in order (a discrete parameter). */
    public static GridAxis of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("need a value");
        }
        return new GridAxis(values.clone());
    }

    public int size() {
        return values.length;
    }

    public double value(int k) {
        return values[k];
    }

    public double[] values() {
        return values.clone();
    }

    @Override
    public String toString() {
        return "GridAxis" + Arrays.toString(values);
    }
}
