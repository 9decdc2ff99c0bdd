package org.soretstudy.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MomentsTest {

    /** Values offset + 1..n: mean offset + (n+1)/2, sample variance n(n+1)/12, exactly. */
    private static final int N = 100_000;
    private static final double OFFSET = 1e9;

    @Test
    void oneArithmeticSequenceWithALargeOffset() {
        Moments m = new Moments();
        for (int k = 1; k <= N; k++) {
            m.add(OFFSET + k);
        }
        assertExact(m);
    }

    @Test
    void mergedChunksEqualOnePass() {
        // Uneven chunks, merged in order; the naive sum-of-squares formula would lose every digit here.
        Moments total = new Moments();
        int start = 1;
        int size = 1;
        while (start <= N) {
            Moments chunk = new Moments();
            int end = Math.min(N, start + size - 1);
            for (int k = start; k <= end; k++) {
                chunk.add(OFFSET + k);
            }
            total.merge(SerialCopy.copy(chunk));
            start = end + 1;
            size = size * 3 + 1;
        }
        assertExact(total);
    }

    private static void assertExact(Moments m) {
        assertEquals(N, m.count());
        assertEquals(OFFSET + (N + 1) / 2.0, m.mean(), 1e-6);
        double variance = (double) N * (N + 1) / 12.0;
        assertEquals(variance, m.variance(), 1e-9 * variance);
        assertEquals(Math.sqrt(variance), m.std(), 1e-9 * Math.sqrt(variance));
        assertEquals(OFFSET + 1, m.min());
        assertEquals(OFFSET + N, m.max());
    }

    @Test
    void nanIsSkippedAndEmptyIsNaN() {
        Moments m = new Moments();
        assertTrue(Double.isNaN(m.mean()) && Double.isNaN(m.std()) && Double.isNaN(m.min()) && Double.isNaN(m.max()));
        m.add(Double.NaN);
        m.add(2.0);
        assertEquals(1, m.count());
        assertEquals(2.0, m.mean());
        assertTrue(Double.isNaN(m.std()), "std needs two values");
        m.add(Double.NaN);
        m.add(4.0);
        assertEquals(2, m.count());
        assertEquals(3.0, m.mean());
        assertEquals(Math.sqrt(2.0), m.std(), 1e-15);
        assertEquals(2.0, m.min());
        assertEquals(4.0, m.max());
    }

    @Test
    void mergingEmptyOnEitherSideIsIdentity() {
        Moments a = new Moments();
        a.add(1.0);
        a.add(3.0);
        Moments left = new Moments().merge(a);
        Moments right = a.merge(new Moments());
        for (Moments m : new Moments[] {left, right}) {
            assertEquals(2, m.count());
            assertEquals(2.0, m.mean());
            assertEquals(Math.sqrt(2.0), m.std(), 1e-15);
        }
    }
}
