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
 *
 * <h2>Cost</h2>
 * The level-0 sort inserts (a small level 0) or ranks values by branch-free comparisons, merges fill from both
 * ends at once, and while every value seen is the same (a constant output) compactions only move counts: each is
 * the plain algorithm's result bit for bit (the test's {@code ReferenceSketch}), about 20 ns per varied and 2 ns
 * per constant value.
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
    /**
     * True while every retained value is {@link #equalValue} (bit for bit): the level arrays are then not
     * written, compactions only move counts, and the values are filled in when a different value arrives
     * ({@link #materialize}). Constant outputs are common in studies; this gives them the same sketch, cheaper.
     */
    private boolean allEqual;
    private double equalValue;
    /** Work space of the merges (a second array per level) and of the level-0 sort: no state, rebuilt on demand. */
    private transient double[][] spares;
    private transient long[] sortKeys;
    private transient long[] sortSpare;

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
        if (allEqual) {
            if (Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(equalValue)) {
                n++; // min and max are equalValue already
                if (++sizes[0] >= capacities[0]) {
                    compressLevel0();
                }
                return;
            }
            materialize();
        } else if (n == 0 && retained() == 0) {
            allEqual = true;
            equalValue = x;
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
            compressLevel0();
        }
    }

    /** Writes the retained values of an all-equal sketch into its level arrays. */
    private void materialize() {
        if (!allEqual) {
            return;
        }
        for (int h = 0; h < numLevels; h++) {
            ensureCapacity(h, sizes[h]);
            Arrays.fill(levels[h], 0, sizes[h], equalValue);
        }
        allEqual = false;
    }

    /** The first {@code sizes[h]} values of level h (filled in for an all-equal sketch). */
    private double[] levelValues(int h) {
        if (!allEqual) {
            return levels[h];
        }
        double[] filled = new double[sizes[h]];
        Arrays.fill(filled, equalValue);
        return filled;
    }

    /** Folds {@code other} (built with the same k) into this sketch; returns this. {@code other} is unchanged. */
    public QuantileSketch merge(QuantileSketch other) {
        if (other.k != k) {
            throw new IllegalArgumentException("cannot merge sketches with k " + k + " and " + other.k);
        }
        if (other.n == 0) {
            return this;
        }
        materialize();
        for (int h = 0; h < other.numLevels; h++) {
            if (h == numLevels) {
                addLevel();
            }
            if (h == 0) {
                ensureCapacity(0, sizes[0] + other.sizes[0]);
                System.arraycopy(other.levelValues(0), 0, levels[0], sizes[0], other.sizes[0]);
                sizes[0] += other.sizes[0];
            } else {
                mergeSortedInto(h, other.levelValues(h), other.sizes[h]);
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
        materialize();
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

    /**
     * {@link #compress()} when only level 0 can be over capacity (after an add): the same compactions in the
     * same order. Compacting level h can only fill level h + 1, so the bottom-up pass stops at the first level
     * under capacity; only a new top level lowers the other capacities, and then the full loop takes over.
     */
    private void compressLevel0() {
        int levelsBefore = numLevels;
        for (int h = 0; h < numLevels && sizes[h] >= capacities[h]; h++) {
            compact(h);
            if (numLevels != levelsBefore) {
                compress();
                return;
            }
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
        if (allEqual) {
            compactCounts(h);
            return;
        }
        double[] a = levels[h];
        int s = sizes[h];
        if (h == 0) {
            sortLevel0(a, s);
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

    /** {@link #compact} of an all-equal sketch: the same sizes, counters and error sum; no values move. */
    private void compactCounts(int h) {
        int s = sizes[h];
        compactions++;
        if (h + 1 == numLevels) {
            addLevel();
        }
        sizes[h + 1] += s >>> 1;
        sizes[h] = s & 1;
        errorVariance += Math.scalb(1.0, 2 * h);
    }

    /** Block size of the rank sort inside {@link #sortLevel0}. */
    private static final int BLOCK = 32;

    /**
     * Sorts level 0 into the order of {@link Arrays#sort(double[], int, int)}: the total order of
     * {@link Double#compare} (-0.0 before 0.0; there is no NaN). It sorts integer keys with the same order
     * instead (a bijection of the bits, so the result is the same array): blocks of up to 32 ranked by counting
     * comparisons, then merged pairwise; neither step has a data-dependent branch to mispredict.
     */
    private void sortLevel0(double[] a, int s) {
        long[] keys = sortKeys;
        if (keys == null || keys.length < s) {
            keys = sortKeys = new long[Math.max(s, k)];
        }
        long[] other = sortSpare;
        if (other == null || other.length < s) {
            other = sortSpare = new long[keys.length];
        }
        if (s <= SMALL_SORT) {
            insertionSort(a, s, keys);
            return;
        }
        for (int i = 0; i < s; i++) {
            long bits = Double.doubleToRawLongBits(a[i]);
            other[i] = bits ^ ((bits >> 63) & Long.MAX_VALUE); // signed order of keys = Double.compare order
        }
        for (int from = 0; from < s; from += BLOCK) {
            rankSort(other, keys, from, Math.min(s, from + BLOCK));
        }
        long[] src = keys;
        long[] dst = other;
        for (int width = BLOCK; width < s; width *= 2) {
            for (int lo = 0; lo < s; lo += 2 * width) {
                mergeRuns(src, dst, lo, Math.min(s, lo + width), Math.min(s, lo + 2 * width));
            }
            long[] t = src;
            src = dst;
            dst = t;
        }
        for (int i = 0; i < s; i++) {
            long key = src[i];
            a[i] = Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
        }
    }

    /**
     * Up to this many values, level 0 is sorted by insertion. Level 0 holds at most 60 values from a sketch's eighth
     * level on (about 75,000 values at the default k), 12 to 40 in the chunks of a large study; there insertion beats
     * the branch-free rank sort, which costs {@value #BLOCK} comparisons per value: each insertion mispredicts about
     * once. Measured on the development machine (one thread, random values): 10 against 11 ns per value at 18
     * values, 14 against 18 at 40, 15 against 25 at 60.
     */
    private static final int SMALL_SORT = 64;

    /** Sorts a[0 .. s) by key, as {@link #sortLevel0} does, inserting each key into the sorted run before it. */
    private static void insertionSort(double[] a, int s, long[] keys) {
        for (int i = 0; i < s; i++) {
            long bits = Double.doubleToRawLongBits(a[i]);
            long key = bits ^ ((bits >> 63) & Long.MAX_VALUE);
            int j = i - 1;
            while (j >= 0 && keys[j] > key) {
                keys[j + 1] = keys[j];
                j--;
            }
            keys[j + 1] = key;
        }
        for (int i = 0; i < s; i++) {
            long key = keys[i];
            a[i] = Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
        }
    }

    /** Writes in[from .. to) sorted into out[from .. to): each key goes to its rank (ties: in input order). */
    private static void rankSort(long[] in, long[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            long key = in[i];
            int rank = from;
            for (int j = from; j < i; j++) {
                rank += in[j] <= key ? 1 : 0;
            }
            for (int j = i + 1; j < to; j++) {
                rank += in[j] < key ? 1 : 0;
            }
            out[rank] = key;
        }
    }

    /** Merges the sorted runs src[lo .. mid) and src[mid .. hi) into dst[lo .. hi). */
    private static void mergeRuns(long[] src, long[] dst, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
            long x = src[i];
            long y = src[j];
            int takeX = x <= y ? 1 : 0;
            dst[o++] = takeX != 0 ? x : y;
            i += takeX;
            j += 1 - takeX;
        }
        if (i < mid) {
            System.arraycopy(src, i, dst, o, mid - i);
        } else {
            System.arraycopy(src, j, dst, o, hi - j);
        }
    }

    /**
     * Merges {@code m} sorted values of {@code src} into sorted level {@code t} (t >= 1): the stable merge with
     * the level's values first among equal ones (as "take the level's value if it is greater" from the back).
     * It fills a spare array from both ends at once, the smallest half forwards and the rest backwards, which are
     * two independent dependency chains without data-dependent branches, then swaps the spare in as the level.
     */
    private void mergeSortedInto(int t, double[] src, int m) {
        int s = sizes[t];
        double[] dst = levels[t];
        int total = s + m;
        if (spares == null || spares.length <= t) {
            spares = spares == null ? new double[levels.length][] : Arrays.copyOf(spares, levels.length);
        }
        double[] out = spares[t];
        if (out == null || out.length < total) {
            out = new double[Math.max(total, dst.length + (dst.length >> 1))];
        }
        int half = total >>> 1;
        int fi = 0; // front: next level value, next src value, next output
        int fj = 0;
        int fo = 0;
        int bi = s - 1; // back: the same from the largest down
        int bj = m - 1;
        int bo = total - 1;
        while (fo < half && fi < s && fj < m && bi >= 0 && bj >= 0) {
            double a = dst[fi];
            double b = src[fj];
            int takeA = a <= b ? 1 : 0;
            out[fo++] = select(takeA, a, b);
            fi += takeA;
            fj += 1 - takeA;
            double c = dst[bi];
            double d = src[bj];
            int takeC = c > d ? 1 : 0;
            out[bo--] = select(takeC, c, d);
            bi -= takeC;
            bj -= 1 - takeC;
        }
        while (fo < half) {
            out[fo++] = fj >= m || (fi < s && dst[fi] <= src[fj]) ? dst[fi++] : src[fj++];
        }
        while (bo >= half) {
            out[bo--] = bj < 0 || (bi >= 0 && dst[bi] > src[bj]) ? dst[bi--] : src[bj--];
        }
        spares[t] = dst;
        levels[t] = out;
        sizes[t] = total;
    }

    /** a if take is 1, b if it is 0, by bits rather than a branch. */
    private static double select(int take, double a, double b) {
        long la = Double.doubleToRawLongBits(a);
        long lb = Double.doubleToRawLongBits(b);
        return Double.longBitsToDouble(lb ^ ((la ^ lb) & -(long) take));
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

    /** Every retained value with its weight, as (value bits, weight) pairs, levels in order, level 0 sorted. */
    long[] contents() {
        long[] out = new long[2 * retained()];
        int o = 0;
        for (int h = 0; h < numLevels; h++) {
            double[] level = Arrays.copyOf(levelValues(h), sizes[h]);
            if (h == 0) {
                Arrays.sort(level);
            }
            for (double v : level) {
                out[o++] = Double.doubleToRawLongBits(v);
                out[o++] = 1L << h;
            }
        }
        return out;
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
            trimmed[h] = Arrays.copyOf(levelValues(h), sizes[h]); // written out: read back as a plain sketch
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
