package org.soretstudy.stats;

/**
 * Poisson(1) bootstrap weights drawn from a counter-based hash of (seed, unit index, replicate): the weight
 * of a unit in a replicate does not depend on which chunk or executor sees the unit, which is what makes the
 * Poisson bootstrap mergeable (Hanley and MacGibbon 2006; Chamandy et al. 2012). The uniform comes from
 * SplitMix64's mixer over a per-unit stream; the weight is the inverse Poisson(1) CDF of that uniform.
 */
public final class PoissonWeights implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** P(W <= k) for W ~ Poisson(1), k = 0..; the last entry rounds to 1. */
    private static final double[] CDF = poissonOneCdf();

    private final long seed;

    /** Weights for the study {@code seed} (any long). */
    public PoissonWeights(long seed) {
        // Domain separation: the same study seed also drives the sample design.
        this.seed = Mix.mix64(seed ^ 0x50C1A1B0075724B7L);
    }

    /** The stream key of one unit; pass it to {@link #weight(long, int)} for each replicate. */
    public long unitKey(long unit) {
        return Mix.mix64(seed + Mix.mix64(unit) * Mix.GOLDEN);
    }

    /** The weight (0, 1, 2, ...) of the unit with key {@code unitKey} in replicate {@code replicate} (>= 0). */
    public static int weight(long unitKey, int replicate) {
        double u = Mix.unit(Mix.mix64(unitKey + (replicate + 1L) * Mix.GOLDEN));
        // the inverse CDF as a count of the entries at or below u (the CDF rises): the first four comparisons without a
        // branch, which would mispredict on a third of the draws, the rest (W >= 4, 1.9 % of the draws) in a loop
        int w = (u >= CDF[0] ? 1 : 0) + (u >= CDF[1] ? 1 : 0) + (u >= CDF[2] ? 1 : 0) + (u >= CDF[3] ? 1 : 0);
        if (w == 4) {
            while (w < CDF.length - 1 && u >= CDF[w]) {
                w++;
            }
        }
        return w;
    }

    private static double[] poissonOneCdf() {
        double[] cdf = new double[20];
        double p = Math.exp(-1.0);
        double sum = 0.0;
        for (int k = 0; k < cdf.length; k++) {
            sum += p;
            cdf[k] = sum;
            p /= k + 1;
        }
        cdf[cdf.length - 1] = 1.0;
        return cdf;
    }
}
