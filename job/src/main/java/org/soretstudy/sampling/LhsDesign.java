package org.soretstudy.sampling;

/**
 * Latin hypercube of N rows, random access. In dimension j, row i falls in stratum pi_j(i), where pi_j
 * is a keyed pseudo-random permutation of [0, N): a balanced 4-round Feistel network on the smallest
 * even number of bits covering N (Luby-Rackoff), restricted to [0, N) by cycle walking (fewer than 4
 * steps on average, since the domain is below 4N). The point sits at a Philox uniform jitter inside
 * the stratum: u = (pi_j(i) + jitter) / N. Every stratum of every dimension is hit exactly once.
 */
public final class LhsDesign implements Design {
    private static final long serialVersionUID = 1L;
    public static final long STREAM_PERMUTATION = 0x4C48535045524D01L; // "LHSPERM" 1
    public static final long STREAM_JITTER = 0x4C48534A49545401L;      // "LHSJITT" 1
    private static final int ROUNDS = 4;
    /** The Feistel domain (an even number of bits) must stay below 2^63. */
    public static final long MAX_SIZE = 1L << 62;

    private final long size;
    private final int dimension;
    private final long seed;
    private final int halfBits;
    private final long halfMask;
    private final long[] roundKeys; // ROUNDS per dimension

    public LhsDesign(long size, int dimension, long seed) {
        if (size < 1 || size > MAX_SIZE || dimension < 1) {
            throw new IllegalArgumentException("size must be in [1, 2^62], dimension positive");
        }
        this.size = size;
        this.dimension = dimension;
        this.seed = seed;
        int bits = 64 - Long.numberOfLeadingZeros(size - 1);
        this.halfBits = Math.max(1, (bits + 1) / 2);
        this.halfMask = (1L << halfBits) - 1;
        this.roundKeys = new long[ROUNDS * dimension];
        for (int j = 0; j < dimension; j++) {
            for (int r = 0; r < ROUNDS; r++) {
                roundKeys[ROUNDS * j + r] = Philox.word(seed, STREAM_PERMUTATION, j, 0, 0, 0, r);
            }
        }
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** Stratum of row {@code index} in dimension {@code j}: a permutation of [0, N). */
    public long stratum(long index, int j) {
        Design.checkIndex(index, size);
        long x = index;
        do {
            x = feistel(x, j);
        } while (x >= size);
        return x;
    }

    private long feistel(long x, int j) {
        long left = x >>> halfBits;
        long right = x & halfMask;
        int base = ROUNDS * j;
        for (int r = 0; r < ROUNDS; r++) {
            long next = left ^ (Philox.hash(roundKeys[base + r], right) & halfMask);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }

    @Override
    public void point(long index, double[] unitOut) {
        Design.checkIndex(index, size);
        // jitters first (4 per Philox block), then each is moved into its stratum
        for (int j = 0; j < dimension; j += 4) {
            Philox.fillUnit(seed, STREAM_JITTER, index, j >>> 2, 0, 0, unitOut, j, Math.min(4, dimension - j));
        }
        double n = size;
        for (int j = 0; j < dimension; j++) {
            double u = (stratum(index, j) + unitOut[j]) / n;
            unitOut[j] = Math.min(u, 0x1.fffffffffffffp-1);
        }
    }

    @Override
    public String algorithm() {
        return "lhs/feistel" + ROUNDS + "-splitmix-keys-" + Philox.NAME + "/jitter-" + Philox.NAME + "/v1";
    }
}
