package org.soretstudy.stats;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Saltelli-design blocks for tests, from independent uniform A and B rows (not a Sobol' sequence). */
final class Blocks {
    private Blocks() {}

    /** {@code n} blocks {f(A), f(B), f(AB^1), ..., f(AB^d)} with x_j ~ U(lo, hi). */
    static double[][] of(int n, int d, long seed, ToDoubleFunction<double[]> f, double lo, double hi) {
        double[] scale = new double[d];
        java.util.Arrays.fill(scale, hi - lo);
        double[] low = new double[d];
        java.util.Arrays.fill(low, lo);
        return of(n, seed, f, low, scale);
    }

    /** {@code n} blocks with x_j ~ U(low_j, low_j + width_j). */
    static double[][] of(int n, long seed, ToDoubleFunction<double[]> f, double[] low, double[] width) {
        int d = low.length;
        SplittableRandom random = new SplittableRandom(seed);
        double[][] out = new double[n][d + 2];
        double[] a = new double[d];
        double[] b = new double[d];
        double[] ab = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                a[j] = low[j] + width[j] * random.nextDouble();
                b[j] = low[j] + width[j] * random.nextDouble();
            }
            out[i][0] = f.applyAsDouble(a);
            out[i][1] = f.applyAsDouble(b);
            for (int j = 0; j < d; j++) {
                System.arraycopy(a, 0, ab, 0, d);
                ab[j] = b[j];
                out[i][2 + j] = f.applyAsDouble(ab);
            }
        }
        return out;
    }

    /** Feeds blocks [from, to) to {@code acc}, base index = position. */
    static void feed(SobolAccumulator acc, double[][] blocks, int from, int to) {
        int d = blocks[0].length - 2;
        double[] ab = new double[d];
        for (int i = from; i < to; i++) {
            System.arraycopy(blocks[i], 2, ab, 0, d);
            if (!acc.add(i, blocks[i][0], blocks[i][1], ab)) {
                throw new AssertionError("block " + i + " refused");
            }
        }
    }

    /** One accumulator per chunk (chunk boundaries given), each serialised, merged in order. */
    static SobolAccumulator chunked(double[][] blocks, int[] boundaries, int replicates, long seed) {
        int d = blocks[0].length - 2;
        SobolAccumulator total = null;
        for (int c = 0; c + 1 < boundaries.length; c++) {
            SobolAccumulator chunk = new SobolAccumulator(d, replicates, seed);
            feed(chunk, blocks, boundaries[c], boundaries[c + 1]);
            SobolAccumulator received = SerialCopy.copy(chunk);
            total = total == null ? received : total.merge(received);
        }
        return total;
    }
}
