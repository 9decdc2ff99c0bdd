package org.soretstudy.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.core.source64.Philox4x64;
import org.junit.jupiter.api.Test;

class PhiloxTest {

    @Test
    void matchesRandomgenReferenceStream() {
        // randomgen 2.3.0: Philox(number=4, width=64, key=1234).random_raw(4), as quoted in commons-rng
        // 1.7's Philox4x64Test; randomgen, like commons-rng, increments the counter before the first block
        long[] expected = {6174562084317992592L, -7568142518571726206L, -5685918792241859306L,
            6151287208724416091L};
        for (int w = 0; w < 4; w++) {
            assertEquals(expected[w], Philox.word(1234, 0, 1, 0, 0, 0, w));
        }
    }

    @Test
    void bitIdenticalToCommonsRng17() {
        long[][] cases = {
            {20261123L, RandomDesign.STREAM, 1, 0},
            {20261123L, RandomDesign.STREAM, 987654321L, 3},
            {Long.MAX_VALUE, LhsDesign.STREAM_JITTER, 1L << 40, 1},
            {0, 0, 42, 7},
        };
        for (long[] c : cases) {
            Philox4x64 lib = new Philox4x64(new long[] {c[0], c[1], c[2] - 1, c[3], 0, 0});
            for (int w = 0; w < 4; w++) {
                assertEquals(lib.nextLong(), Philox.word(c[0], c[1], c[2], c[3], 0, 0, w));
            }
        }
    }

    @Test
    void unsignedMultiplyHighIsExact() {
        long[] xs = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0xD2E7470EE14C6C93L, 123456789123456789L};
        for (long a : xs) {
            for (long b : xs) {
                java.math.BigInteger p = new java.math.BigInteger(Long.toUnsignedString(a))
                        .multiply(new java.math.BigInteger(Long.toUnsignedString(b))).shiftRight(64);
                assertEquals(p.longValue(), Philox.unsignedMultiplyHigh(a, b));
            }
        }
    }

    @Test
    void fillUnitUsesTheSameWordsAndStaysInsideTheOpenInterval() {
        double[] out = new double[4];
        Philox.fillUnit(7, 8, 9, 10, 0, 0, out, 0, 4);
        for (int w = 0; w < 4; w++) {
            assertEquals(Philox.toUnit(Philox.word(7, 8, 9, 10, 0, 0, w)), out[w]);
        }
        assertTrue(Philox.toUnit(0L) > 0);
        assertTrue(Philox.toUnit(-1L) < 1);
        assertArrayEquals(new double[] {0x1.0p-53, 1 - 0x1.0p-53}, new double[] {Philox.toUnit(0), Philox.toUnit(-1)});
    }
}
