package org.soretstudy.stats;

import java.io.Serializable;

/**
 * Sobol' indices of one parameter for one output: first order (Saltelli 2010), total order (Jansen 1999)
 * and their bootstrap percentile intervals. NaN when the output variance is zero or no block was used.
 */
public record SobolIndex(double first, double total, Interval firstCi, Interval totalCi) implements Serializable {
}
