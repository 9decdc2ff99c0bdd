package org.soretstudy.stats;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A mergeable quantile sketch: the KLL compactor hierarchy (Karnin, Lang and Liberty, "Optimal quantile
 * approximation in streams", FOCS 2016) with deterministic coins and a rank-error bound it tracks itself.
 *
 * <h2>Design</h2>
 * Level h holds values of weight 2^h; level 0 is an unsorted input buffer, higher levels are sorted. When a
 * level reaches its capacity ({@code k·(2/3)^(top - h)}, at least 8) it is compacted: sorted, and every
 * other value (the odd or the even positions, one coin flip) moves up with twice the weight; with an odd
 * count the largest value stays behind. Total weight is preserved exactly, so weights always sum to
 * {@link #count()}. The sketch retains at most about {@code 3k} values whatever the count (measured at the
 * default k: 1100 to 2100 values, 9 to 17 KB serialised, for 10^6 to 5·10^6 values in 1 to 20000 chunks);
 * serialisation writes only the retained values.
 *
 * <h2>Error bound</h2>
 * For a fixed point y, one compaction at level h changes the estimated count of values {@code <= y} by 0
 * (even number of buffer values at or below y) or by ±2^h with equal probability. Level sizes, and hence
 * which compactions happen at which level, do not depend on the coins, so the error is a martingale with
 * fixed increments bounded by w_i = 2^(h_i), and Azuma–Hoeffding gives
 * {@code P(|error| >= t) <= 2 exp(-t²/(2V))} with {@code V = Σ w_i²}, which the sketch sums as it goes
 * (merges add the two sums). {@link #quantile(double)} returns a value x with {@code q·n} inside its estimated
 * rank interval; x can miss the true rank interval by more than t only if one of the two fixed points at
 * true ranks {@code q·n ∓ t} has error above t. Hence {@link #rankError()}: with probability at least
 * {@value #CONFIDENCE} over the coins, for each query q separately,
 * {@code q ∈ [#(< x)/n - ε, #(<= x)/n + ε]} with {@code ε = sqrt(2V ln(4/(1-0.99)))/n}. ε is computed from
 * the compactions that actually happened, not from a worst case; at the default k it measured 0.0033 to
 * 0.0047 for 2·10^4 to 5·10^6 values in 1 to 20000 merged chunks (it tends to a constant ≈ 4.5/k as n grows),
 * and the observed errors were 3 to 10 times smaller still. The sketch is exact (ε = 0) until its first
 * compaction.
 *
 * <h2>Determinism</h2>
 * Coins are bits of a hash of (seed, compaction counter, count): the same values added and merged in the same
 * order give bitwise the same sketch on any machine. Give independent chunks different seeds (e.g. derived from
 * the chunk index) so that their coins are not correlated; the bound assumes the coins behave as independent
 * fair bits. {@code a.merge(b)} is a sketch of the union of the values of a and b with the bound above; the
 * retained values (not their error bound) depend on how the values were grouped into chunks and on the merge
 * order, so the driver merges chunk sketches in chunk order. NaN values are ignored. Not thread-safe.
 */
public final class QuantileSketch implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Default capacity of the top level. */
    public static final int DEFAULT_K = 1024;
    /** Confidence of {@link #rankError()} for each quantile query. */
    public static final double CONFIDENCE = 0.99;

    private static final int MIN_CAPACITY = 8;
    private static final double SHRINK = 2.0 / 3.0;
    /** sqrt(2 ln(2/δ)) with δ = (1 - CONFIDENCE)/2 per fixed point, two points per query. */
    private static final double Z = Math.sqrt(2.0 * Math.log(2.0 / ((1.0 - CONFIDENCE) / 2.0)));

    private final int k;
    private final long seed;
    private long n;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    /** Σ over compactions of (2^level)²: the Azuma variance proxy of any fixed-point rank error. */
    private double errorVariance;
    private long compactions;

    // Not transient, so that field-based serialisers (Kryo's FieldSerializer) copy a working sketch too.
    private int numLevels;
    private double[][] levels;
    private int[] sizes;
    private int[] capacities;

    /** A sketch with {@link #DEFAULT_K} and seed 0. */
    public QuantileSketch() { this(DEFAULT_K, 0L); }

    /** A sketch with {@link #DEFAULT_K}; {@code seed} drives the coin flips. */
    public QuantileSketch(long seed) { this(DEFAULT_K, seed); }

    /** A sketch whose top level holds {@code k} values (k >= 8); {@code seed} drives the coin flips. */
    public QuantileSketch(int k, long seed) {
        if (!(k >= MIN_CAPACITY)) {
            throw new IllegalArgumentException("k must be >= " + MIN_CAPACITY + ", was " + k);
        }
        this.k = k;
        this.seed = seed;
        numLevels = 1;
        levels = new double[4][];
        sizes = new int[levels.length];
        levels[0] = new double[k];
        updateCapacities();
    }

    /** Adds one value; NaN is ignored. */
    public void add(double x) {
        if (Double.isNaN(x)) {
            return;
        }
        n++;
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
        levels[0][sizes[0]++] = x;
        if (sizes[0] >= capacities[0]) {
            compress();
        }
    }

    /** Folds {@code other} (built with the same k) into this sketch; returns this. {@code other} is unchanged. */
    public QuantileSketch merge(QuantileSketch other) {
        if (other.k != k) {
            throw new IllegalArgumentException("cannot merge sketches with k " + k + " and " + other.k);
        }
        if (other.n == 0) {
            return this;
        }
        for (int h = 0; h < other.numLevels; h++) {
            if (h == numLevels) {
                addLevel();
            }
            if (h == 0) {
                ensureCapacity(0, sizes[0] + other.sizes[0]);
                System.arraycopy(other.levels[0], 0, levels[0], sizes[0], other.sizes[0]);
                sizes[0] += other.sizes[0];
            } else {
                mergeSortedInto(h, other.levels[h], other.sizes[h]);
            }
        }
        n += other.n;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        errorVariance += other.errorVariance;
        compactions += other.compactions;
        compress();
        return this;
    }

    /** Number of non-NaN values seen. */
    public long count() { return n; }

    /** Smallest value seen; NaN when empty. */
    public double min() { return n == 0 ? Double.NaN : min; }

    /** Largest value seen; NaN when empty. */
    public double max() { return n == 0 ? Double.NaN : max; }

    /** Number of values retained (the memory footprint in doubles). */
    public int retained() {
        int total = 0;
        for (int h = 0; h < numLevels; h++) {
            total += sizes[h];
        }
        return total;
    }

    /**
     * The normalised rank error ε this sketch guarantees for each single quantile query with probability at
     * least {@value #CONFIDENCE} (see the class comment); 0 while the sketch is exact.
     */
    public double rankError() {
        return n == 0 ? 0.0 : Z * Math.sqrt(errorVariance) / n;
    }

    /**
     * The q-quantile (0 <= q <= 1): the smallest retained value x whose estimated count of values {@code <= x}
     * reaches {@code q·n}; q = 0 gives the minimum, q = 1 the maximum. NaN when empty.
     */
    public double quantile(double q) {
        return quantiles(new double[] {q})[0];
    }

    /** {@link #quantile(double)} for several probabilities, sorting the retained values once. */
    public double[] quantiles(double[] qs) {
        for (double q : qs) {
            if (!(q >= 0.0 && q <= 1.0)) {
                throw new IllegalArgumentException("quantile probability must be in [0, 1], was " + q);
            }
        }
        double[] out = new double[qs.length];
        if (n == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        int m = retained();
        double[] values = new double[m];
        long[] cumulative = new long[m];
        sortedView(values, cumulative);
        for (int i = 0; i < qs.length; i++) {
            double q = qs[i];
            if (q == 0.0) {
                out[i] = min;
            } else if (q == 1.0) {
                out[i] = max;
            } else {
                out[i] = values[firstAtLeast(cumulative, q * n)];
            }
        }
        return out;
    }

    private static int firstAtLeast(long[] cumulative, double target) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] >= target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** All retained values in ascending order with their cumulative weights. */
    private void sortedView(double[] values, long[] cumulative) {
        double[] scratchV = new double[values.length];
        long[] scratchW = new long[values.length];
        int len = sizes[0];
        System.arraycopy(levels[0], 0, values, 0, len);
        Arrays.sort(values, 0, len);
        long[] weights = cumulative; // holds per-value weights until the prefix sum below
        Arrays.fill(weights, 0, len, 1L);
        for (int h = 1; h < numLevels; h++) {
            double[] level = levels[h];
            int s = sizes[h];
            long w = 1L << h;
            int i = 0;
            int j = 0;
            int o = 0;
            while (i < len || j < s) {
                if (j >= s || (i < len && values[i] <= level[j])) {
                    scratchV[o] = values[i];
                    scratchW[o++] = weights[i++];
                } else {
                    scratchV[o] = level[j++];
                    scratchW[o++] = w;
                }
            }
            System.arraycopy(scratchV, 0, values, 0, o);
            System.arraycopy(scratchW, 0, weights, 0, o);
            len = o;
        }
        long sum = 0;
        for (int i = 0; i < len; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    /** Compacts every level at or over its capacity, bottom-up, until none is. */
    private void compress() {
        boolean compacted = true;
        while (compacted) {
            compacted = false;
            for (int h = 0; h < numLevels; h++) {
                if (sizes[h] >= capacities[h]) {
                    compact(h);
                    compacted = true;
                }
            }
        }
    }

    private void compact(int h) {
        double[] a = levels[h];
        int s = sizes[h];
        if (h == 0) {
            Arrays.sort(a, 0, s);
        }
        boolean odd = (s & 1) == 1;
        double leftover = a[s - 1];
        int pairs = s >>> 1;
        long coin = Mix.mix64(seed ^ Mix.mix64(compactions * Mix.GOLDEN + n));
        compactions++;
        int offset = (int) (coin >>> 63);
        for (int i = 0; i < pairs; i++) {
            a[i] = a[2 * i + offset];
        }
        if (h + 1 == numLevels) {
            addLevel();
        }
        mergeSortedInto(h + 1, a, pairs);
        if (odd) {
            a[0] = leftover;
        }
        sizes[h] = odd ? 1 : 0;
        errorVariance += Math.scalb(1.0, 2 * h);
    }

    /** Merges {@code m} sorted values of {@code src} into sorted level {@code t}, from the back. */
    private void mergeSortedInto(int t, double[] src, int m) {
        int s = sizes[t];
        ensureCapacity(t, s + m);
        double[] dst = levels[t];
        int i = s - 1;
        int j = m - 1;
        int o = s + m - 1;
        while (j >= 0) {
            if (i >= 0 && dst[i] > src[j]) {
                dst[o--] = dst[i--];
            } else {
                dst[o--] = src[j--];
            }
        }
        sizes[t] = s + m;
    }

    private void ensureCapacity(int h, int needed) {
        if (levels[h].length < needed) {
            levels[h] = Arrays.copyOf(levels[h], Math.max(needed, levels[h].length + (levels[h].length >> 1)));
        }
    }

    private void addLevel() {
        if (numLevels == levels.length) {
            levels = Arrays.copyOf(levels, numLevels * 2);
            sizes = Arrays.copyOf(sizes, numLevels * 2);
        }
        levels[numLevels] = new double[MIN_CAPACITY];
        numLevels++;
        updateCapacities();
    }

    private void updateCapacities() {
        capacities = new int[numLevels];
        for (int h = 0; h < numLevels; h++) {
            int depth = numLevels - 1 - h;
            capacities[h] = Math.max(MIN_CAPACITY, (int) Math.ceil(k * Math.pow(SHRINK, depth)));
        }
    }

    /** Java serialisation writes only the retained values of each level. */
    private void writeObject(ObjectOutputStream out) throws IOException {
        ObjectOutputStream.PutField fields = out.putFields();
        fields.put("k", k);
        fields.put("seed", seed);
        fields.put("n", n);
        fields.put("min", min);
        fields.put("max", max);
        fields.put("errorVariance", errorVariance);
        fields.put("compactions", compactions);
        fields.put("numLevels", numLevels);
        double[][] trimmed = new double[numLevels][];
        for (int h = 0; h < numLevels; h++) {
            trimmed[h] = Arrays.copyOf(levels[h], sizes[h]);
        }
        fields.put("levels", trimmed);
        fields.put("sizes", Arrays.copyOf(sizes, numLevels));
        fields.put("capacities", capacities);
        out.writeFields();
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (numLevels < 1 || levels == null || sizes == null || capacities == null || levels.length < numLevels
                || sizes.length != levels.length || capacities.length != numLevels) {
            throw new IOException("corrupt quantile sketch");
        }
        for (int h = 0; h < numLevels; h++) {
            if (sizes[h] < 0 || sizes[h] > levels[h].length) {
                throw new IOException("corrupt quantile sketch: level " + h);
            }
        }
        // room for add() to fill the input buffer up to its capacity
        ensureCapacity(0, Math.max(k, sizes[0] + 1));
    }
}
