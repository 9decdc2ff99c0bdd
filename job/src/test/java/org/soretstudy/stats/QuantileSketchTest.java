package org.soretstudy.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class QuantileSketchTest {

    private static final int N = 1_000_000;
    private static final int CHUNKS = 50;
    private static final double[] PROBABILITIES = {0.01, 0.05, 0.5, 0.95, 0.99};

    enum Order { RANDOM, SORTED, REVERSE_SORTED, MANY_DUPLICATES }

    private static double[] data(Order order) {
        SplittableRandom random = new SplittableRandom(20261126L);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = order == Order.MANY_DUPLICATES ? random.nextInt(25) : random.nextGaussian();
        }
        if (order == Order.SORTED || order == Order.REVERSE_SORTED) {
            Arrays.sort(x);
        }
        if (order == Order.REVERSE_SORTED) {
            for (int i = 0, j = N - 1; i < j; i++, j--) {
                double t = x[i];
                x[i] = x[j];
                x[j] = t;
            }
        }
        return x;
    }

    /** Chunk sketches (seeded by chunk index, sent through serialisation like task results) merged in order. */
    private static QuantileSketch chunkedSketch(double[] x, int chunks) {
        QuantileSketch total = null;
        for (int c = 0; c < chunks; c++) {
            QuantileSketch chunk = new QuantileSketch(c);
            int from = (int) ((long) N * c / chunks);
            int to = (int) ((long) N * (c + 1) / chunks);
            for (int i = from; i < to; i++) {
                chunk.add(x[i]);
            }
            QuantileSketch received = SerialCopy.copy(chunk);
            total = total == null ? received : total.merge(received);
        }
        return total;
    }

    /** How far q lies outside the true normalised rank interval [#(< y)/n, #(<= y)/n] of y. */
    private static double rankMiss(double[] sorted, double y, double q) {
        int below = lowerBound(sorted, y);
        int atOrBelow = upperBound(sorted, y);
        return Math.max(0.0, Math.max(below / (double) sorted.length - q, q - atOrBelow / (double) sorted.length));
    }

    private static int lowerBound(double[] s, double y) {
        int lo = 0;
        int hi = s.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] < y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] s, double y) {
        int lo = 0;
        int hi = s.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] <= y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @ParameterizedTest
    @EnumSource(Order.class)
    void rankErrorOfMergedChunksIsWithinTheStatedBound(Order order) {
        double[] x = data(order);
        QuantileSketch sketch = chunkedSketch(x, CHUNKS);
        double[] sorted = x.clone();
        Arrays.sort(sorted);

        assertEquals(N, sketch.count());
        double bound = sketch.rankError();
        assertTrue(bound > 0.0 && bound <= 0.01, "stated bound " + bound);
        double[] estimates = sketch.quantiles(PROBABILITIES);
        for (int i = 0; i < PROBABILITIES.length; i++) {
            double miss = rankMiss(sorted, estimates[i], PROBABILITIES[i]);
            assertTrue(miss <= bound, order + " q=" + PROBABILITIES[i] + " rank error " + miss + " > " + bound);
        }
        assertEquals(sorted[0], sketch.quantile(0.0));
        assertEquals(sorted[N - 1], sketch.quantile(1.0));
        assertTrue(SerialCopy.bytes(sketch).length < 40_000, "serialised size " + SerialCopy.bytes(sketch).length);
    }

    @Test
    void sameInputsAndMergeOrderGiveTheSameSketch() {
        double[] x = data(Order.RANDOM);
        double[] qs = {0.001, 0.01, 0.05, 0.5, 0.95, 0.99, 0.999};
        assertArrayEquals(chunkedSketch(x, 7).quantiles(qs), chunkedSketch(x, 7).quantiles(qs));
        assertArrayEquals(SerialCopy.bytes(chunkedSketch(x, 7)), SerialCopy.bytes(chunkedSketch(x, 7)));
    }

    @Test
    void serialisingMidStreamChangesNothing() {
        double[] x = data(Order.RANDOM);
        QuantileSketch direct = new QuantileSketch(5);
        QuantileSketch copied = new QuantileSketch(5);
        for (int i = 0; i < x.length; i++) {
            direct.add(x[i]);
            copied.add(x[i]);
            if (i % 100_003 == 0) {
                copied = SerialCopy.copy(copied);
            }
        }
        double[] qs = {0.01, 0.05, 0.5, 0.95, 0.99};
        assertArrayEquals(direct.quantiles(qs), copied.quantiles(qs));
        assertEquals(direct.rankError(), copied.rankError());
    }

    @Test
    void exactBeforeTheFirstCompaction() {
        QuantileSketch sketch = new QuantileSketch();
        double[] x = new double[QuantileSketch.DEFAULT_K - 1];
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble();
            sketch.add(x[i]);
        }
        sketch.add(Double.NaN);
        Arrays.sort(x);
        assertEquals(0.0, sketch.rankError());
        assertEquals(x.length, sketch.count());
        for (double q : PROBABILITIES) {
            // smallest value whose count of values <= it reaches q n
            int index = (int) Math.ceil(q * x.length) - 1;
            assertEquals(x[Math.max(index, 0)], sketch.quantile(q), "q=" + q);
        }
    }

    @Test
    void emptySketchGivesNaN() {
        QuantileSketch sketch = new QuantileSketch();
        assertTrue(Double.isNaN(sketch.quantile(0.5)));
        assertEquals(0.0, sketch.rankError());
        QuantileSketch copy = SerialCopy.copy(sketch);
        copy.add(1.0);
        assertEquals(1.0, copy.quantile(0.5));
    }

    /** Value number i of a test stream: the kinds of output a study produces, NaN for null. */
    private static double streamValue(int pattern, int i, int n, SplittableRandom random) {
        switch (pattern) {
            case 0: return random.nextGaussian();
            case 1: return 2.5;                                          // a constant output (wall_dt)
            case 2: return i < n / 2 ? 2.5 : random.nextDouble();        // constant, then varied
            case 3: return random.nextInt(3) == 0 ? (random.nextBoolean() ? 0.0 : -0.0) : random.nextInt(4);
            case 4: return i;                                            // sorted
            case 5: return -i;                                           // reverse sorted
            case 6: return i % 1000 == 999 ? Double.NaN : -0.0;         // constant with nulls
            default: return i < n - 3 ? 1.0 : 0.5;                       // constant, then a smaller value
        }
    }

    private static void assertSameSketch(ReferenceSketch expected, QuantileSketch actual, String what) {
        assertEquals(expected.n, actual.count(), what);
        assertEquals(expected.retained(), actual.retained(), what);
        assertEquals(Double.doubleToRawLongBits(expected.rankError()), Double.doubleToRawLongBits(actual.rankError()), what);
        assertArrayEquals(expected.contents(), actual.contents(), what);
    }

    /**
     * The optimised sketch (rank sort, two-ended merges, count-only compactions of equal values) holds exactly
     * the values of the plain definition, for single streams, chunks merged after serialisation, and adds after
     * a query or a copy.
     */
    @Test
    void optimisedSketchIsTheDefinitionBitForBit() {
        SplittableRandom random = new SplittableRandom(20261126L);
        for (int pattern = 0; pattern < 8; pattern++) {
            for (int n : new int[] {0, 1, 8, 1023, 1025, 20_000, 300_000}) {
                String what = "pattern " + pattern + " n " + n;
                QuantileSketch sketch = new QuantileSketch(n + pattern);
                ReferenceSketch reference = new ReferenceSketch(QuantileSketch.DEFAULT_K, n + pattern);
                QuantileSketch chunk = new QuantileSketch(-1);
                ReferenceSketch referenceChunk = new ReferenceSketch(QuantileSketch.DEFAULT_K, -1);
                QuantileSketch merged = new QuantileSketch(7);
                ReferenceSketch referenceMerged = new ReferenceSketch(QuantileSketch.DEFAULT_K, 7);
                for (int i = 0; i < n; i++) {
                    double x = streamValue(pattern, i, n, random);
                    sketch.add(x);
                    reference.add(x);
                    chunk.add(x);
                    referenceChunk.add(x);
                    if (i % 40_009 == 40_008) {
                        merged.merge(SerialCopy.copy(chunk));
                        referenceMerged.merge(referenceChunk);
                        chunk = new QuantileSketch(i);
                        referenceChunk = new ReferenceSketch(QuantileSketch.DEFAULT_K, i);
                    }
                }
                merged.merge(chunk);
                referenceMerged.merge(referenceChunk);
                assertSameSketch(reference, sketch, what);
                assertSameSketch(referenceMerged, merged, what + " merged");
                sketch.quantile(0.5);
                QuantileSketch copy = SerialCopy.copy(sketch);
                for (int i = 0; i < 5000; i++) {
                    double x = pattern == 1 ? 2.5 : i * 0.25;
                    sketch.add(x);
                    copy.add(x);
                    reference.add(x);
                }
                assertSameSketch(reference, sketch, what + " continued");
                assertSameSketch(reference, copy, what + " continued copy");
            }
        }
    }
}
