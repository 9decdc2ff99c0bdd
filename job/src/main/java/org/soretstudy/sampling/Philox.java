package org.soretstudy.sampling;

/**
 * Philox4x64-10 as a pure function of (key, counter): the counter-based generator of Salmon et al.,
 * "Parallel random numbers: as easy as 1, 2, 3" (SC'11), with the constants and round structure of
 * commons-rng 1.7 {@code org.apache.commons.rng.core.source64.Philox4x64}. A sample's numbers are a
 * function of (study seed, sample index) alone, so any executor, partition or task retry draws the
 * same bits, with no object per draw.
 *
 * <p>Bit-identity with the library (checked in {@code PhiloxTest}): block (k0, k1; c0, c1, c2, c3) is
 * what {@code new Philox4x64(new long[] {k0, k1, c0 - 1, c1, c2, c3})} returns from its first four
 * {@code nextLong()} calls when c0 &gt; 0 (the library increments the counter before its first block).
 */
public final class Philox {
    private Philox() {
    }

    /** Name for provenance metadata. */
    public static final String NAME = "Philox4x64-10";

    private static final long M0 = 0xD2E7470EE14C6C93L;
    private static final long M1 = 0xCA5A826395121157L;
    private static final long W0 = 0x9E3779B97F4A7C15L;
    private static final long W1 = 0xBB67AE8584CAA73BL;

    /** High 64 bits of the unsigned 128-bit product (Java 17 has only the signed one). */
    static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /** Word {@code w} (0..3) of the block for key (k0, k1) and counter (c0, c1, c2, c3). */
    public static long word(long k0, long k1, long c0, long c1, long c2, long c3, int w) {
        for (int r = 0; r < 10; r++) {
            long lo0 = M0 * c0;
            long hi0 = unsignedMultiplyHigh(M0, c0);
            long lo1 = M1 * c2;
            long hi1 = unsignedMultiplyHigh(M1, c2);
            c0 = hi1 ^ c1 ^ k0;
            c1 = lo1;
            c2 = hi0 ^ c3 ^ k1;
            c3 = lo0;
            k0 += W0;
            k1 += W1;
        }
        switch (w) {
            case 0: return c0;
            case 1: return c1;
            case 2: return c2;
            case 3: return c3;
            default: throw new IllegalArgumentException("word " + w);
        }
    }

    /**
     * Fills {@code out[from .. from+count)} (count &lt;= 4) with {@link #toUnit(long) open-interval
     * uniforms} made from the words of one block.
     */
    public static void fillUnit(long k0, long k1, long c0, long c1, long c2, long c3,
                                double[] out, int from, int count) {
        for (int r = 0; r < 10; r++) {
            long lo0 = M0 * c0;
            long hi0 = unsignedMultiplyHigh(M0, c0);
            long lo1 = M1 * c2;
            long hi1 = unsignedMultiplyHigh(M1, c2);
            c0 = hi1 ^ c1 ^ k0;
            c1 = lo1;
            c2 = hi0 ^ c3 ^ k1;
            c3 = lo0;
            k0 += W0;
            k1 += W1;
        }
        if (count > 0) {
            out[from] = toUnit(c0);
        }
        if (count > 1) {
            out[from + 1] = toUnit(c1);
        }
        if (count > 2) {
            out[from + 2] = toUnit(c2);
        }
        if (count > 3) {
            out[from + 3] = toUnit(c3);
        }
    }

    /**
     * The top 52 bits as the midpoint of one of 2^52 equal cells: in [2^-53, 1 - 2^-53], strictly
     * inside (0, 1) (53-bit midpoints would round 1 - 2^-54 up to 1).
     */
    public static double toUnit(long bits) {
        return ((bits >>> 12) + 0.5) * 0x1.0p-52;
    }

    /**
     * A 64-bit mixing bijection (the SplitMix64 finalizer, Steele, Lea and Flood 2014, with Stafford's
     * "Mix13" constants); used for keyed hashes where a full Philox block would be overkill.
     */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Keyed hash of x: two mixing rounds with the key in between. */
    public static long hash(long key, long x) {
        return mix(key ^ mix(x + 0x9E3779B97F4A7C15L));
    }
}
