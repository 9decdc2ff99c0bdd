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

    /** The bits of 2^52: (2^52 + w) - 2^52 is w exactly, for 0 &lt;= w &lt; 2^52. */
    private static final long TWO_52_BITS = Double.doubleToRawLongBits(0x1p52);

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

    /**
     * The weights of replicates 0 .. count-1 of the unit with key {@code unitKey} into {@code out[from ..]}, each
     * {@link #weight}'s, in array passes that the JIT vectorises: the hash, then the first seven comparisons (the
     * inverse CDF counts the thresholds at or below the draw), their count made a double by its bits (2^52 + w, less
     * 2^52: exact; a long-to-double cast does not vectorise); a block with a weight past 6 (one draw in 12,000)
     * goes on by the scalar search. {@code offsets} holds {@code (r + 1) GOLDEN} ({@link #offsets}); {@code draws}
     * and {@code counts} are scratch; {@code count} longs each. A block's 200 replicates: 330 ns against 1,000 for a
     * loop of {@link #weight} (measured in one run).
     */
    public static void fill(long unitKey, double[] out, int from, int count, long[] offsets, long[] draws,
                            long[] counts) {
        for (int r = 0; r < count; r++) {
            draws[r] = unitKey + offsets[r];
        }
        for (int r = 0; r < count; r++) {
            draws[r] = Mix.mix64(draws[r]) >>> 11;
        }
        long t0 = THRESHOLD[0] - 1;
        long t1 = THRESHOLD[1] - 1;
        long t2 = THRESHOLD[2] - 1;
        long t3 = THRESHOLD[3] - 1;
        long t4 = THRESHOLD[4] - 1;
        long t5 = THRESHOLD[5] - 1;
        long t6 = THRESHOLD[6] - 1;
        for (int r = 0; r < count; r++) {
            long m = draws[r];
            counts[r] = ((t0 - m) >>> 63) + ((t1 - m) >>> 63) + ((t2 - m) >>> 63) + ((t3 - m) >>> 63)
                    + ((t4 - m) >>> 63) + ((t5 - m) >>> 63) + ((t6 - m) >>> 63);
        }
        for (int r = 0; r < count; r++) {
            out[from + r] = Double.longBitsToDouble(counts[r] | TWO_52_BITS) - 0x1p52;
        }
        long beyond = 0; // draws of weight 7 or more: 8e-5 of them
        for (int r = 0; r < count; r++) {
            beyond += (t6 - draws[r]) >>> 63;
        }
        if (beyond != 0) {
            for (int r = 0; r < count; r++) {
                long m = draws[r];
                int w = (int) counts[r];
                while (w < THRESHOLD.length - 1 && m >= THRESHOLD[w]) {
                    w++;
                }
                out[from + r] = w;
            }
        }
    }

    /** {@code (r + 1) GOLDEN} for r &lt; count: what {@link #fill} adds to the unit key (the replicate's counter). */
    public static long[] offsets(int count) {
        long[] o = new long[count];
        for (int r = 0; r < count; r++) {
            o[r] = (r + 1L) * Mix.GOLDEN;
        }
        return o;
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
