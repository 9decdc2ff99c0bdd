package org.soretstudy.stats;

import java.util.Arrays;

/**
 * The KLL compactor hierarchy of {@link QuantileSketch} written as plainly as possible (library sort, one merge
 * loop, a full compression pass after every add, no shortcut for equal values): the definition the optimised
 * sketch must reproduce bit for bit. Same capacities, coins and error sum.
 */
final class ReferenceSketch {
    private final int k;
    private final long seed;
    long n;
    double errorVariance;
    long compactions;
    double[][] levels = {new double[0]};
    int[] sizes = {0};

    ReferenceSketch(int k, long seed) {
        this.k = k;
        this.seed = seed;
    }

    void add(double x) {
        if (Double.isNaN(x)) {
            return;
        }
        n++;
        append(0, new double[] {x}, 1);
        compress();
    }

    ReferenceSketch merge(ReferenceSketch other) {
        if (other.n == 0) {
            return this;
        }
        for (int h = 0; h < other.levels.length; h++) {
            if (h == levels.length) {
                addLevel();
            }
            if (h == 0) {
                append(0, other.levels[0], other.sizes[0]);
            } else {
                merge(h, other.levels[h], other.sizes[h]);
            }
        }
        n += other.n;
        errorVariance += other.errorVariance;
        compactions += other.compactions;
        compress();
        return this;
    }

    private int capacity(int h) {
        return Math.max(8, (int) Math.ceil(k * Math.pow(2.0 / 3.0, levels.length - 1 - h)));
    }

    private void compress() {
        boolean compacted = true;
        while (compacted) {
            compacted = false;
            for (int h = 0; h < levels.length; h++) {
                if (sizes[h] >= capacity(h)) {
                    compact(h);
                    compacted = true;
                }
            }
        }
    }

    private void compact(int h) {
        double[] a = Arrays.copyOf(levels[h], sizes[h]);
        int s = a.length;
        if (h == 0) {
            Arrays.sort(a);
        }
        long coin = Mix.mix64(seed ^ Mix.mix64(compactions * Mix.GOLDEN + n));
        compactions++;
        int offset = (int) (coin >>> 63);
        double[] up = new double[s / 2];
        for (int i = 0; i < up.length; i++) {
            up[i] = a[2 * i + offset];
        }
        if (h + 1 == levels.length) {
            addLevel();
        }
        merge(h + 1, up, up.length);
        levels[h] = s % 2 == 1 ? new double[] {a[s - 1]} : new double[0];
        sizes[h] = levels[h].length;
        errorVariance += Math.scalb(1.0, 2 * h);
    }

    private void append(int h, double[] src, int m) {
        double[] grown = Arrays.copyOf(levels[h], sizes[h] + m);
        System.arraycopy(src, 0, grown, sizes[h], m);
        levels[h] = grown;
        sizes[h] += m;
    }

    /** Stable merge, the level's values first among equal ones. */
    private void merge(int t, double[] src, int m) {
        double[] dst = levels[t];
        int s = sizes[t];
        double[] out = new double[s + m];
        int i = 0;
        int j = 0;
        for (int o = 0; o < out.length; o++) {
            out[o] = j >= m || (i < s && dst[i] <= src[j]) ? dst[i++] : src[j++];
        }
        levels[t] = out;
        sizes[t] = out.length;
    }

    private void addLevel() {
        levels = Arrays.copyOf(levels, levels.length + 1);
        levels[levels.length - 1] = new double[0];
        sizes = Arrays.copyOf(sizes, sizes.length + 1);
    }

    int retained() {
        return Arrays.stream(sizes).sum();
    }

    double rankError() {
        return n == 0 ? 0.0 : Math.sqrt(2.0 * Math.log(2.0 / ((1.0 - QuantileSketch.CONFIDENCE) / 2.0)))
                * Math.sqrt(errorVariance) / n;
    }

    /** Every retained value with its weight, as (value bits, weight) pairs in level order. */
    long[] contents() {
        long[] out = new long[2 * retained()];
        int o = 0;
        for (int h = 0; h < levels.length; h++) {
            double[] level = Arrays.copyOf(levels[h], sizes[h]);
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
}
