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
    /** ceil(CDF[k] 2^53): the smallest 53-bit draw whose uniform reaches CDF[k] (see {@link #weight}). */
    private static final long[] THRESHOLD = thresholds();

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
        // u = m 2^-53 with m the mixed word's top 53 bits, and u >= CDF[k] exactly when m >= ceil(CDF[k] 2^53): the
        // inverse CDF counts the entries at or below u in integers. The first four comparisons take no branch (one
        // would mispredict on a third of the draws); the rest (W >= 4, 1.9 % of the draws) a loop.
        long m = Mix.mix64(unitKey + (replicate + 1L) * Mix.GOLDEN) >>> 11;
        int w = (int) (((THRESHOLD[0] - 1 - m) >>> 63) + ((THRESHOLD[1] - 1 - m) >>> 63)
                + ((THRESHOLD[2] - 1 - m) >>> 63) + ((THRESHOLD[3] - 1 - m) >>> 63));
        if (w == 4) {
            while (w < THRESHOLD.length - 1 && m >= THRESHOLD[w]) {
                w++;
            }
        }
        return w;
    }

    private static long[] thresholds() {
        long[] t = new long[CDF.length];
        for (int k = 0; k < t.length; k++) {
            t[k] = (long) Math.ceil(CDF[k] * 0x1.0p53); // exact: a power-of-two scaling, and below 2^63
        }
        return t;
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
