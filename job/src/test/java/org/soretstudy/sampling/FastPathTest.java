package org.soretstudy.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast paths compute exactly what the definitions compute: the tabulated Owen scrambling, the branch-free
 * and gray-code digits, the hoisted inverse CDFs and the sequential cursors, compared bit for bit against
 * straightforward reference implementations of the definitions on many indices, seeds and dimensions.
 */
class FastPathTest {
    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("ln", Distribution.lognormal(1e-9, 1.05)),
            new Parameter("u1", Distribution.uniform(1e-3, 2e-3)),
            new Parameter("u2", Distribution.uniform(0.4, 0.6)),
            new Parameter("lu", Distribution.loguniform(1e-4, 10)),
            new Parameter("tn", Distribution.normal(0.5, 0.01, 0.45, 0.55)),
            new Parameter("be", Distribution.beta(2, 3, 0, 1)),
            new Parameter("tr", Distribution.triangular(0, 1, 4)),
            new Parameter("di", Distribution.discrete(new double[] {1, 2, 3}, new double[] {1, 0, 2})));

    /** The unscrambled digits by the definition: XOR of the direction numbers over the set bits of gray(i). */
    private static int referenceRaw(SobolDesign design, long index, int j) {
        long gray = index ^ (index >>> 1);
        int x = 0;
        for (int k = 0; gray != 0; k++, gray >>>= 1) {
            if ((gray & 1) != 0) {
                x ^= design.direction(j, k);
            }
        }
        return x;
    }

    /** Coordinate j of a scrambled design by the definition (one hash per digit, {@link SobolDesign#owen}). */
    private static double referenceCoordinate(SobolDesign design, long seed, long index, int j) {
        long key = Philox.word(seed, SobolDesign.STREAM, j, 0, 0, 0, 0);
        return (SobolDesign.owen(referenceRaw(design, index, j), key) + 0.5) * 0x1.0p-52;
    }

    private static void assertBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                what + ": " + expected + " vs " + actual);
    }

    private static long[] indices(SplittableRandom random, long size, int count) {
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = i < 64 ? Math.min(i, size - 1) : i < 96 ? size - 1 - (i - 64) : random.nextLong(size);
        }
        return out;
    }

    @Test
    void tabulatedScramblingIsTheDefinition() {
        SplittableRandom random = new SplittableRandom(11);
        // 1, 9, 100 and 1000 dimensions give tables of 16, 16, 13 and 10 digits
        for (int dimension : new int[] {1, 9, 100, 1000}) {
            for (long seed : new long[] {0, 1, 20261126L, Long.MAX_VALUE}) {
                SobolDesign design = new SobolDesign(SobolDesign.MAX_POINTS, dimension, seed);
                for (long index : indices(random, SobolDesign.MAX_POINTS, dimension == 1000 ? 200 : 2000)) {
                    int j = index < 64 ? (int) (index % dimension) : random.nextInt(dimension);
                    assertEquals(referenceRaw(design, index, j), design.raw(index, j), "raw " + index);
                    assertBits(referenceCoordinate(design, seed, index, j), design.coordinate(index, j),
                            "d " + dimension + " seed " + seed + " index " + index + " j " + j);
                }
            }
        }
    }

    @Test
    void hoistedInverseCdfsAreTheDistributions() {
        List<Distribution> all = new java.util.ArrayList<>();
        PARAMETERS.forEach(p -> all.add(p.distribution()));
        all.add(Distribution.normal(3, 2));
        all.add(Distribution.normal(0, 1, 2, 9));                            // above the mean
        all.add(Distribution.normal(0, 1, 40, Double.POSITIVE_INFINITY));    // far upper tail
        all.add(Distribution.normal(0, 1, Double.NEGATIVE_INFINITY, -3));    // below the mean
        all.add(Distribution.normal(1, 0.5, -7, 0.2));
        all.add(Distribution.normal(0, 1, -1, Double.POSITIVE_INFINITY));    // around the mean
        SplittableRandom random = new SplittableRandom(3);
        for (Distribution d : all) {
            Inversion fast = Inversion.of(d);
            for (int i = 0; i < 20_000; i++) {
                double u = i < 10 ? new double[] {DesignSampler.U_MIN, DesignSampler.U_MAX, 0.5, 0.425, 0.075,
                    0.925, 1e-300, 1 - 1e-16, 0.0750000001, 0.25}[i] : Philox.toUnit(random.nextLong());
                assertBits(d.inverseCdf(u), fast.apply(u), d + " u " + u);
            }
        }
    }

    @Test
    void cursorsAreTheRandomAccessRows() {
        SplittableRandom random = new SplittableRandom(5);
        for (DesignType type : DesignType.values()) {
            if (type == DesignType.GRID) {
                continue;
            }
            for (int dimension : new int[] {1, 3, 8}) {
                List<Parameter> params = PARAMETERS.subList(0, dimension);
                Sampler sampler = Sampler.of(type, 5000, 20261126L, params);
                long size = sampler.size();
                double[] expected = new double[dimension];
                double[] actual = new double[dimension];
                long[] starts = {0, 1, 2, 3, 5, 31, 1023, 1024, 1025, size - 70, size - 1, random.nextLong(size)};
                for (long start : starts) {
                    Sampler.Cursor cursor = sampler.cursor(start);
                    for (long i = start; i < Math.min(size, start + 3000); i++) {
                        assertEquals(i, cursor.index());
                        cursor.next(actual);
                        sampler.values(i, expected);
                        for (int c = 0; c < dimension; c++) {
                            assertBits(expected[c], actual[c], type + " d " + dimension + " start " + start
                                    + " row " + i + " column " + c);
                        }
                    }
                }
                Sampler.Cursor end = sampler.cursor(size - 1);
                end.next(actual);
                assertThrows(IndexOutOfBoundsException.class, () -> end.next(new double[dimension]));
                assertThrows(IndexOutOfBoundsException.class, () -> sampler.cursor(size + 1));
                assertThrows(IndexOutOfBoundsException.class, () -> sampler.cursor(-1));
            }
        }
    }

    @Test
    void batchedCursorIsTheDefinitionInEveryTableSize() {
        // the cursor scrambles a batch of rows at a time (1 to 256 rows); tables of 16, 16, 13 and 10 digits
        for (int dimension : new int[] {1, 9, 100, 1000}) {
            long seed = 20261205L + dimension;
            long size = 3000;
            SobolDesign design = new SobolDesign(size, dimension, seed);
            int rows = dimension == 1000 ? 5 : 600;
            for (long start : new long[] {0, 255, size - rows}) {
                SobolDesign.Cursor cursor = design.cursor(start);
                double[] actual = new double[dimension];
                for (long i = start; i < start + rows; i++) {
                    cursor.next(actual);
                    for (int j = 0; j < dimension; j++) {
                        assertBits(referenceCoordinate(design, seed, i, j), actual[j],
                                "d " + dimension + " start " + start + " index " + i + " j " + j);
                    }
                }
            }
            SobolDesign.Cursor last = design.cursor(size - 1);
            last.next(new double[dimension]);
            assertThrows(IndexOutOfBoundsException.class, () -> last.next(new double[dimension]));
        }
    }

    @Test
    void sobolCursorCrossesHighPowersOfTwo() {
        // the gray-code update at index 2^k XORs direction number k: check it up to the last index
        SobolDesign design = new SobolDesign(SobolDesign.MAX_POINTS, 4, 9);
        double[] expected = new double[4];
        double[] actual = new double[4];
        for (int k = 10; k <= 32; k++) {
            long start = (1L << k) - 3;
            SobolDesign.Cursor cursor = design.cursor(start);
            for (long i = start; i < Math.min(start + 6, SobolDesign.MAX_POINTS); i++) {
                cursor.next(actual);
                design.point(i, expected);
                for (int c = 0; c < 4; c++) {
                    assertBits(expected[c], actual[c], "index " + i + " column " + c);
                }
            }
        }
        SobolDesign plain = SobolDesign.unscrambled(1 << 12, 3);
        SobolDesign.Cursor cursor = plain.cursor(0);
        for (long i = 0; i < plain.size(); i++) {
            cursor.next(actual);
            plain.point(i, expected);
            for (int c = 0; c < 3; c++) {
                assertBits(expected[c], actual[c], "unscrambled index " + i + " column " + c);
            }
        }
    }
}
