package org.soretstudy.stats;

/** Counter-based hashing shared by the sketches: deterministic stand-ins for coin flips and uniforms. */
final class Mix {
    /** The golden-ratio increment of SplitMix64. */
    static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Mix() {}

    /** Stafford's variant 13 finaliser (the output function of SplitMix64): a bijection that mixes all bits. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform double in [0, 1) from the top 53 bits of a mixed word. */
    static double unit(long mixed) {
        return (mixed >>> 11) * 0x1.0p-53;
    }
}
