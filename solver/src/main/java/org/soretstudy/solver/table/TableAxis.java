package org.soretstudy.solver.table;

import java.util.Arrays;
import java.util.Objects;

/**
 * One axis of a table: the input it tabulates, its scale and its grid values (strictly increasing, at least
 * two, positive on a log axis; they need not be evenly spaced: a refined axis is not).
 *
 * @param name   the input key (contract section 2), as in a lookup's JSON
 * @param scale  how lookups interpolate along it
 * @param values the grid points (copied in and out)
 */
public record TableAxis(String name, AxisScale scale, double[] values) implements java.io.Serializable {
    public TableAxis {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scale, "scale");
        values = values.clone();
        if (values.length < 2) {
            throw new IllegalArgumentException("axis " + name + ": needs at least 2 points, has " + values.length);
        }
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k]) || (k > 0 && !(values[k] > values[k - 1]))) {
                throw new IllegalArgumentException("axis " + name + ": values must be finite and strictly increasing; "
                        + "value " + k + " is " + values[k]);
            }
        }
        if (scale == AxisScale.LOG && !(values[0] > 0)) {
            throw new IllegalArgumentException("axis " + name + ": a log axis needs positive values, the first is " + values[0]);
        }
    }

    @Override
    public double[] values() { return values.clone(); }

    public int size() { return values.length; }

    public double value(int k) { return values[k]; }

    public double low() { return values[0]; }

    public double high() { return values[values.length - 1]; }

    /** The middle of interval k in the axis's own scale (the geometric mean on a log axis). */
    public double midpoint(int k) {
        double a = values[k];
        double b = values[k + 1];
        double m = scale == AxisScale.LOG ? Math.exp(0.5 * (Math.log(a) + Math.log(b))) : 0.5 * (a + b);
        // rounding can land exactly on an end for adjacent doubles: keep it strictly inside when possible
        return m > a && m < b ? m : a + 0.5 * (b - a);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableAxis t && name.equals(t.name) && scale == t.scale && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() { return Objects.hash(name, scale, Arrays.hashCode(values)); }

    @Override
    public String toString() { return "TableAxis[" + name + ", " + scale.key() + ", " + Arrays.toString(values) + "]"; }
}
