package org.soretstudy.stats;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mergeable Sobol' index estimator for a Saltelli design with d parameters, with Poisson-bootstrap intervals.
 *
 * <h2>Estimators</h2>
 * A block is the outputs of one base index i: f(A_i), f(B_i) and f(AB_i^j), j = 1..d, where AB^j is A with
 * column j taken from B. With N blocks and V the variance of f over the 2N rows of A and B together (divisor
 * 2N: both matrices sample the same distribution, so pooling them halves the variance of V's estimate):
 * <ul>
 *   <li>first order, the estimator Saltelli et al. (2010, Comput. Phys. Commun. 181, 259) recommend: {@code S_j = (1/N) Σ f(B)(f(AB^j) - f(A)) / V},
 *       applied to f centred on its mean over A and B. Centring makes the index invariant to a constant
 *       shift of f; uncentred, the term {@code mean(f)·mean(f(AB^j) - f(A))} adds noise of relative size
 *       (mean/std)/sqrt(N), large for outputs such as a separation with a small spread.</li>
 *   <li>total order, Jansen (1999, Comput. Phys. Commun. 117, 35): {@code ST_j = (1/(2N)) Σ (f(A) - f(AB^j))² / V}.</li>
 * </ul>
 * Only complete blocks whose every value is finite are used; {@link #add} refuses others and the caller
 * counts them as dropped.
 *
 * <h2>Intervals</h2>
 * The Poisson bootstrap: in replicate r each block gets the integer weight {@link PoissonWeights#weight}
 * drawn from (seed, base index, r), so a replicate is a set of weighted sums and merging is addition. The
 * interval at confidence c is the percentile interval of the R replicate estimates (linear interpolation
 * between order statistics, Hyndman–Fan type 7, at (1-c)/2 and (1+c)/2).
 *
 * <h2>Numerics and merging</h2>
 * Sums of f are taken relative to a shift, the f(A) of the first block this accumulator saw; when merging,
 * the other accumulator's sums are moved exactly (algebraically) to this shift, so after merging chunks in
 * order the shift is the first block's f(A) whatever the chunking. Centring on the mean is applied only when
 * the indices are computed ({@code Σ(f(B)-m)(Δ) = Σ(f(B)-shift)Δ - (m-shift)ΣΔ}). {@code a.merge(b)} equals
 * one pass over the blocks of a then b up to rounding: indices agree to about 1e-13 relative between
 * chunkings (not bitwise: sums are ordinary floating-point sums). Bootstrap weights depend only on
 * (seed, base index, replicate), so intervals are merge-invariant to the same precision.
 * Not thread-safe; {@link #add} allocates nothing.
 */
public final class SobolAccumulator implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Default number of bootstrap replicates. */
    public static final int DEFAULT_REPLICATES = 200;

    private static final int W = 0;
    private static final int S1 = 1;
    private static final int S2 = 2;
    private static final int HEADER = 3;

    private final int d;
    private final int replicates;
    private final long seed;
    private final PoissonWeights weights;
    /**
     * The sums W, S1, S2, then D_j, P_j, Q_j (quantity q, {@code stride} of them) of replicate r (r = 0: the sample
     * itself, weight 1) at {@code sums[q][r]}: each quantity's replicates side by side, so that adding a block is one
     * loop over the replicates per quantity, which the compiler vectorises.
     */
    private final double[][] sums;
    private final int stride;
    private final int rows;
    private double shift = Double.NaN;
    private long blocks;
    private transient double[] contribution;
    private transient double[] blockWeights;
    private transient long[] weightOffsets;
    private transient long[] weightDraws;
    private transient long[] weightCounts;

    /** An accumulator for {@code d} parameters with {@link #DEFAULT_REPLICATES} replicates. */
    public SobolAccumulator(int d, long seed) { this(d, DEFAULT_REPLICATES, seed); }

    /** An accumulator for {@code d >= 1} parameters, {@code replicates >= 1} bootstrap replicates and the study seed. */
    public SobolAccumulator(int d, int replicates, long seed) {
        if (d < 1) {
            throw new IllegalArgumentException("parameter count must be >= 1, was " + d);
        }
        if (replicates < 1) {
            throw new IllegalArgumentException("bootstrap replicates must be >= 1, was " + replicates);
        }
        this.d = d;
        this.replicates = replicates;
        this.seed = seed;
        this.weights = new PoissonWeights(seed);
        this.stride = HEADER + 3 * d;
        this.rows = replicates + 1;
        this.sums = new double[stride][rows];
    }

    /**
     * Adds the block of base index {@code baseIndex}: {@code fA}, {@code fB} and {@code fAB[j]} for j = 0..d-1.
     * Returns false, and changes nothing, when any value is not finite.
     */
    public boolean add(long baseIndex, double fA, double fB, double[] fAB) {
        double[] w = blockWeights;
        if (w == null) {
            w = blockWeights = new double[rows];
        }
        weights(baseIndex, w);
        return add(fA, fB, fAB, w);
    }

    /**
     * The weights of the block of base index {@code baseIndex} into {@code w} (replicates + 1 of them): w[0] = 1 for
     * the sample itself, w[r] the bootstrap weight of replicate r. Accumulators of one seed draw the same weights.
     */
    public void weights(long baseIndex, double[] w) {
        if (weightDraws == null) {
            weightOffsets = PoissonWeights.offsets(replicates);
            weightDraws = new long[replicates];
            weightCounts = new long[replicates];
        }
        w[0] = 1.0;
        PoissonWeights.fill(weights.unitKey(baseIndex), w, 1, replicates, weightOffsets, weightDraws, weightCounts);
    }

    /**
     * As {@link #add(long, double, double, double[])} with the block's weights given ({@link #weights}): they are the
     * same for every output of a block, so a study draws them once per block, not once per output.
     */
    public boolean add(double fA, double fB, double[] fAB, double[] w) {
        if (fAB.length != d) {
            throw new IllegalArgumentException("expected " + d + " AB values, got " + fAB.length);
        }
        if (w.length != rows) {
            throw new IllegalArgumentException("expected " + rows + " weights, got " + w.length);
        }
        if (!Double.isFinite(fA) || !Double.isFinite(fB)) {
            return false;
        }
        for (double v : fAB) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        if (blocks == 0) {
            shift = fA;
        }
        double[] c = contribution;
        if (c == null) {
            c = contribution = new double[stride];
        }
        double a = fA - shift;
        double b = fB - shift;
        c[W] = 1.0;
        c[S1] = a + b;
        c[S2] = a * a + b * b;
        for (int j = 0; j < d; j++) {
            double delta = fAB[j] - fA;
            int o = HEADER + 3 * j;
            c[o] = delta;
            c[o + 1] = b * delta;
            c[o + 2] = delta * delta;
        }
        for (int q = 0; q < stride; q++) {
            double cq = c[q];
            double[] sq = sums[q];
            if (Double.isFinite(cq)) {
                // every replicate, weight 0 too: a sum is never -0.0 (it starts at +0.0, and x + y is -0.0 only for
                // two -0.0), so adding +-0.0 leaves it as it is, bit for bit, and the loop needs no branch
                for (int r = 0; r < rows; r++) {
                    sq[r] += w[r] * cq;
                }
            } else {
                for (int r = 0; r < rows; r++) {
                    if (w[r] != 0) { // 0 times an infinite square would be NaN
                        sq[r] += w[r] * cq;
                    }
                }
            }
        }
        blocks++;
        return true;
    }

    /** Folds {@code other} (the blocks after this accumulator's) into this one; returns this. */
    public SobolAccumulator merge(SobolAccumulator other) {
        if (other.d != d || other.replicates != replicates || other.seed != seed) {
            throw new IllegalArgumentException("cannot merge Sobol accumulators of different d, replicates or seed");
        }
        if (other.blocks == 0) {
            return this;
        }
        if (blocks == 0) {
            shift = other.shift;
            for (int q = 0; q < stride; q++) {
                System.arraycopy(other.sums[q], 0, sums[q], 0, rows);
            }
            blocks = other.blocks;
            return this;
        }
        // other's sums are relative to other.shift: f - shift = (f - other.shift) - delta
        double delta = shift - other.shift;
        for (int r = 0; r < rows; r++) {
            double w = other.sum(r, W);
            double s1 = other.sum(r, S1);
            sums[W][r] += w;
            sums[S1][r] += s1 - 2.0 * w * delta;
            sums[S2][r] += other.sum(r, S2) - 2.0 * delta * s1 + 2.0 * w * delta * delta;
            for (int j = 0; j < d; j++) {
                int o = HEADER + 3 * j;
                double dsum = other.sum(r, o);
                sums[o][r] += dsum;
                sums[o + 1][r] += other.sum(r, o + 1) - delta * dsum;
                sums[o + 2][r] += other.sum(r, o + 2);
            }
        }
        blocks += other.blocks;
        return this;
    }

    /** Number of blocks used. */
    public long blocks() { return blocks; }

    /** Number of parameters d. */
    public int parameters() { return d; }

    /** Number of bootstrap replicates. */
    public int replicates() { return replicates; }

    /** V: the variance of f over the A and B rows (divisor 2N); NaN when empty. */
    public double variance() {
        return variance(0);
    }

    /** The indices of each parameter, in parameter order, with intervals at {@code confidence} (0 < c < 1). */
    public List<SobolIndex> indices(double confidence) {
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
        }
        double pLo = (1.0 - confidence) / 2.0;
        double pHi = (1.0 + confidence) / 2.0;
        double[] firstR = new double[replicates];
        double[] totalR = new double[replicates];
        List<SobolIndex> out = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            int nf = 0;
            int nt = 0;
            for (int r = 1; r <= replicates; r++) {
                double f = first(r, j);
                double t = total(r, j);
                if (!Double.isNaN(f)) {
                    firstR[nf++] = f;
                }
                if (!Double.isNaN(t)) {
                    totalR[nt++] = t;
                }
            }
            out.add(new SobolIndex(first(0, j), total(0, j),
                    percentileInterval(firstR, nf, pLo, pHi), percentileInterval(totalR, nt, pLo, pHi)));
        }
        return out;
    }

    private double variance(int r) {
        double w = sum(r, W);
        if (!(w > 0.0)) {
            return Double.NaN;
        }
        double m = sum(r, S1) / (2.0 * w);
        double v = sum(r, S2) / (2.0 * w) - m * m;
        return v > 0.0 ? v : Double.NaN;
    }

    private double first(int r, int j) {
        double v = variance(r);
        double w = sum(r, W);
        double m = sum(r, S1) / (2.0 * w);
        int o = HEADER + 3 * j;
        return (sum(r, o + 1) - m * sum(r, o)) / w / v;
    }

    private double total(int r, int j) {
        double v = variance(r);
        return sum(r, HEADER + 3 * j + 2) / (2.0 * sum(r, W)) / v;
    }

    private double sum(int r, int q) {
        return sums[q][r];
    }

    private static Interval percentileInterval(double[] values, int n, double pLo, double pHi) {
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        Arrays.sort(values, 0, n);
        return new Interval(percentile(values, n, pLo), percentile(values, n, pHi));
    }

    /** Hyndman–Fan type 7 percentile of the sorted first {@code n} values. */
    static double percentile(double[] sorted, int n, double p) {
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
