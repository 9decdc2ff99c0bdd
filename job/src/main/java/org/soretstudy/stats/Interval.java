package org.soretstudy.stats;

import java.io.Serializable;

/** A closed interval [lo, hi]; NaN bounds when it could not be estimated. */
public record Interval(double lo, double hi) implements Serializable {
    /** True when {@code x} lies in [lo, hi]. */
    public boolean contains(double x) {
        return x >= lo && x <= hi;
    }
}
