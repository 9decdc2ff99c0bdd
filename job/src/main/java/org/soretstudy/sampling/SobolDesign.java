package org.soretstudy.sampling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Sobol' points with Owen's nested uniform scrambling, random access.
 *
 * <p>Direction numbers: S. Joe and F. Y. Kuo, "Constructing Sobol sequences with better
 * two-dimensional projections", SIAM J. Sci. Comput. 30 (2008) 2635-2654, set new-joe-kuo-6.21201
 * (its first {@value #MAX_DIMENSION} dimensions, the file new-joe-kuo-6.1000, shipped as a resource
 * with its BSD licence). 32-bit direction numbers: up to 2^32 points. Point i is the XOR of the
 * direction numbers over the bits of gray(i) = i ^ (i &gt;&gt; 1) (the usual gray-code order, so the
 * unscrambled sequence matches Joe and Kuo's reference output), computed directly from i.
 *
 * <p>Scrambling: exact hash-based Owen scrambling (Owen 1995; the hashed form of Burley, "Practical
 * hash-based Owen scrambling", JCGT 9(4) 2020): digit k of coordinate j is flipped by one bit of
 * hash(key_j, the k digits above it), for the 32 digits of the point, and the next 20 digits (all zero
 * before scrambling) become hash bits of the full prefix, as nested scrambling of the infinite
 * expansion prescribes. key_j is a Philox word of (seed, {@link #STREAM}, j). The result is the midpoint
 * of its 2^-52 cell, so scrambled coordinates lie strictly inside (0, 1). Scrambling keeps the
 * (t, m, s)-net structure: the first 2^m points still put one point in each elementary interval.
 */
public final class SobolDesign implements Design {
    private static final long serialVersionUID = 1L;
    /** Dimensions available from the shipped table. */
    public static final int MAX_DIMENSION = 1000;
    /** Largest number of points of the 32-bit construction. */
    public static final long MAX_POINTS = 1L << 32;
    public static final long STREAM = 0x534F424F4C4F5701L; // "SOBOLOW" 1
    static final String TABLE = "new-joe-kuo-6.1000";
    /** Coordinates a cursor makes at a time: its hash lanes (17 per coordinate up to 16 dimensions) stay in L2. */
    static final int BATCH_COORDINATES = 256;

    private final long size;
    private final int dimension;
    private final boolean scrambled;
    private final int[][] direction; // [dimension][32], left-aligned
    private final long[] keys;
    private transient volatile Scramble scramble;

    /** Scrambled Sobol' design of {@code size} rows. */
    public SobolDesign(long size, int dimension, long seed) {
        this(size, dimension, seed, true);
    }

    /** The plain Sobol' sequence (first point 0), for reference checks. */
    public static SobolDesign unscrambled(long size, int dimension) {
        return new SobolDesign(size, dimension, 0L, false);
    }

    private SobolDesign(long size, int dimension, long seed, boolean scrambled) {
        if (size < 1 || size > MAX_POINTS) {
            throw new IllegalArgumentException("size must be in [1, 2^32]");
        }
        if (dimension < 1 || dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("dimension must be in [1, " + MAX_DIMENSION + "]");
        }
        this.size = size;
        this.dimension = dimension;
        this.scrambled = scrambled;
        int[][] all = Table.DIRECTIONS;
        this.direction = new int[dimension][];
        System.arraycopy(all, 0, direction, 0, dimension);
        this.keys = new long[dimension];
        for (int j = 0; j < dimension; j++) {
            keys[j] = Philox.word(seed, STREAM, j, 0, 0, 0, 0);
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

    @Override
    public void point(long index, double[] unitOut) {
        Design.checkIndex(index, size);
        for (int j = 0; j < dimension; j++) {
            unitOut[j] = coordinate(index, j);
        }
    }

    /** Coordinate j of point {@code index} (no bounds check on index beyond the 2^32 limit). */
    double coordinate(long index, int j) {
        return coordinateOfRaw(raw(index, j), j);
    }

    /** Coordinate j of the point whose unscrambled digits are x. */
    double coordinateOfRaw(int x, int j) {
        if (!scrambled) {
            return (x & 0xFFFFFFFFL) * 0x1.0p-32;
        }
        return (scramble().owen(x, j) + 0.5) * 0x1.0p-52;
    }

    /** The unscrambled 32-bit digits of coordinate j of point index. */
    int raw(long index, int j) {
        long gray = index ^ (index >>> 1);
        int[] v = direction[j];
        int x = 0;
        // branch-free: the bits of gray are random, a conditional XOR would mispredict half the time
        for (int k = 0; gray != 0; k++, gray >>>= 1) {
            x ^= v[k] & -(int) (gray & 1);
        }
        return x;
    }

    /** Sequential points from {@code startIndex} (0 .. size). */
    Cursor cursor(long startIndex) {
        return new Cursor(startIndex);
    }

    /**
     * Consecutive points without the per-point direction-number loop: gray(i + 1) differs from gray(i) in
     * bit ctz(i + 1), so the raw digits change by one XOR per coordinate. The points are made a batch of rows at
     * a time (about {@value #BATCH_COORDINATES} coordinates), so that the scrambling's hashes run as array passes
     * the JIT vectorises ({@link Scramble#toUnit}); the bits are those of point().
     */
    final class Cursor {
        private final int[] x = new int[dimension];
        private final Scramble.Batch batch;
        private final int batchRows;
        private final long[] digits;
        private final double[] units;
        /** The next point handed out; x holds the raw digits of point index + (rows - row), the next one made. */
        private long index;
        private int row;
        private int rows;

        private Cursor(long startIndex) {
            if (startIndex < 0 || startIndex > size) {
                throw new IndexOutOfBoundsException("start " + startIndex + " outside [0, " + size + "]");
            }
            index = startIndex;
            if (startIndex < size) {
                for (int j = 0; j < dimension; j++) {
                    x[j] = raw(startIndex, j);
                }
            }
            batchRows = Math.max(1, BATCH_COORDINATES / dimension);
            digits = new long[batchRows * dimension];
            units = new double[batchRows * dimension];
            batch = scrambled ? scramble().batch(batchRows * dimension) : null;
        }

        /** Index of the point the next call of {@link #next} writes. */
        long index() {
            return index;
        }

        /** Writes point index() into unitOut[0 .. dimension), bit-identical to point(), and moves on. */
        void next(double[] unitOut) {
            Design.checkIndex(index, size);
            if (row == rows) {
                makeBatch();
            }
            System.arraycopy(units, row * dimension, unitOut, 0, dimension);
            row++;
            index++;
        }

        /** Points index .. index + rows - 1 (as many as are left, up to batchRows) into units. */
        private void makeBatch() {
            rows = (int) Math.min(batchRows, size - index);
            row = 0;
            int d = dimension;
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < d; j++) {
                    digits[r * d + j] = x[j] & 0xFFFFFFFFL;
                }
                long following = index + r + 1;
                if (following < size) {
                    int c = Long.numberOfTrailingZeros(following);
                    for (int j = 0; j < d; j++) {
                        x[j] ^= direction[j][c];
                    }
                }
            }
            int count = rows * d;
            if (batch == null) {
                for (int i = 0; i < count; i++) {
                    units[i] = digits[i] * 0x1.0p-32;
                }
            } else {
                batch.toUnit(digits, count, units);
            }
        }
    }

    /** Direction number k (left-aligned) of dimension j: raw(i + 1, j) = raw(i, j) ^ direction(j, ctz(i + 1)). */
    int direction(int j, int k) {
        return direction[j][k];
    }

    /**
     * Nested uniform scrambling of the binary digits of x, to 52 digits: the definition, one hash per digit.
     * {@link Scramble#owen} computes the same bits with the top digits from a table.
     */
    static long owen(int x, long key) {
        long digits = x & 0xFFFFFFFFL;
        long out = 0;
        for (int level = 0; level < 32; level++) {
            long prefix = level == 0 ? 0 : digits >>> (32 - level);
            // sentinel bit 'level' makes (level, prefix) a unique hash input
            long flip = Philox.hash(key, prefix | (1L << level)) >>> 63;
            out |= (((digits >>> (31 - level)) & 1L) ^ flip) << (31 - level);
        }
        long tail = Philox.hash(key, digits | (1L << 32)) >>> 44; // 20 digits
        return (out << 20) | tail;
    }

    /** The lookup tables of this design's keys, built on first use (not serialised: cheap to rebuild). */
    private Scramble scramble() {
        Scramble s = scramble;
        if (s == null) {
            // racy but safe: Scramble's fields are final, so any thread that sees it sees its tables filled
            s = scramble = new Scramble(keys);
        }
        return s;
    }

    /**
     * Owen scrambling with its first levels tabulated. The flips of digits 0 .. t-1 depend only on those
     * digits, so per dimension a table of 2^t entries maps the top t unscrambled digits to the top t
     * scrambled ones: 32 - t + 1 hashes per coordinate instead of 33. t is 16 for up to 8 dimensions and
     * smaller above, so that the tables take at most 2 MiB (they are rebuilt, not serialised).
     */
    static final class Scramble {
        /** Table entries over all dimensions, at most (2 bytes each). */
        private static final int BUDGET = 1 << 20;
        private final int t;
        private final long[] keys;
        private final char[][] top;

        Scramble(long[] keys) {
            int d = keys.length;
            this.t = Math.min(16, 31 - Integer.numberOfLeadingZeros(BUDGET / d));
            this.keys = keys.clone();
            this.top = new char[d][];
            for (int j = 0; j < d; j++) {
                top[j] = table(keys[j], t);
            }
        }

        /** Scrambled top t digits of every t-digit prefix, one hash per node of the scrambling tree. */
        private static char[] table(long key, int t) {
            // flips[p]: the flip bits of the levels above prefix p, built in place one level at a time
            char[] flips = new char[1 << t];
            for (int level = 0; level < t; level++) {
                for (int p = (1 << level) - 1; p >= 0; p--) { // downwards: 2p, 2p+1 >= p are already read
                    int flip = (int) (Philox.hash(key, (long) p | (1L << level)) >>> 63);
                    char both = (char) ((flips[p] << 1) | flip);
                    flips[2 * p] = both;
                    flips[2 * p + 1] = both;
                }
            }
            for (int p = 0; p < flips.length; p++) {
                flips[p] = (char) (p ^ flips[p]);
            }
            return flips;
        }

        /** Work arrays for {@link Batch#toUnit} over up to {@code capacity} coordinates. */
        Batch batch(int capacity) {
            return new Batch(capacity);
        }

        /**
         * Many coordinates at once, the same bits as {@link #owen}: coordinate i of a batch is of dimension
         * i mod d. Its hash inputs are laid out level by level, so that each pass below is one loop over
         * consecutive longs with no branch, which C2 turns into vector instructions (a fused hash loop is too
         * large for its unrolling limit and stays scalar: 2.1 ns per hash against 0.35 in passes, measured).
         */
        final class Batch {
            /** Hashed levels: the digits below the table's t, then the 20-digit tail. */
            private final int hashed = 32 - t + 1;
            private final int capacity;
            private final long[] lanes;
            private final long[] laneKeys;
            private final long[] flips;

            private Batch(int capacity) {
                this.capacity = capacity;
                lanes = new long[hashed * capacity];
                laneKeys = new long[capacity];
                flips = new long[capacity];
                for (int i = 0; i < capacity; i++) {
                    laneKeys[i] = keys[i % keys.length];
                }
            }

            /**
             * units[i] = (owen(digits[i], i mod d) + 0.5) 2^-52 for i &lt; count, digits being the unscrambled
             * 32 digits of each coordinate (as unsigned longs).
             */
            void toUnit(long[] digits, int count, double[] units) {
                int low = 32 - t;
                for (int level = t; level < 32; level++) { // digit 'level' is flipped by hash(key, prefix | sentinel)
                    prefixes(digits, count, (level - t) * capacity, 32 - level, 1L << level);
                }
                int tail = low * capacity;
                prefixes(digits, count, tail, 0, 1L << 32);
                for (int h = 0; h < hashed; h++) {
                    hash(h * capacity, count);
                }
                java.util.Arrays.fill(flips, 0, count, 0L);
                for (int level = t; level < 32; level++) {
                    gatherFlip((level - t) * capacity, count, 31 - level);
                }
                long lowMask = (1L << low) - 1;
                int d = keys.length;
                for (int i = 0, j = 0; i < count; i++) {
                    long x = digits[i];
                    long out = ((long) top[j][(int) (x >>> low)] << low) | ((x & lowMask) ^ flips[i]);
                    long scrambledDigits = (out << 20) | (lanes[tail + i] >>> 44);
                    units[i] = (scrambledDigits + 0.5) * 0x1.0p-52;
                    if (++j == d) {
                        j = 0;
                    }
                }
            }

            private void prefixes(long[] digits, int count, int base, int shift, long sentinel) {
                for (int i = 0; i < count; i++) {
                    lanes[base + i] = (digits[i] >>> shift) | sentinel;
                }
            }

            /** {@link Philox#hash}(laneKeys[i], lanes[base + i]) in place, in three passes short enough to vectorise. */
            private void hash(int base, int count) {
                for (int i = 0; i < count; i++) {
                    lanes[base + i] = Philox.mix(lanes[base + i] + 0x9E3779B97F4A7C15L);
                }
                for (int i = 0; i < count; i++) {
                    lanes[base + i] ^= laneKeys[i];
                }
                for (int i = 0; i < count; i++) {
                    lanes[base + i] = Philox.mix(lanes[base + i]);
                }
            }

            private void gatherFlip(int base, int count, int position) {
                for (int i = 0; i < count; i++) {
                    flips[i] |= (lanes[base + i] >>> 63) << position;
                }
            }
        }

        /** Same bits as {@link SobolDesign#owen(int, long)} with key keys[j]. */
        long owen(int x, int j) {
            long key = keys[j];
            long digits = x & 0xFFFFFFFFL;
            int low = 32 - t;
            long out = (long) top[j][(int) (digits >>> low)] << low;
            long flips = 0;
            for (int level = t; level < 32; level++) {
                long flip = Philox.hash(key, (digits >>> (32 - level)) | (1L << level)) >>> 63;
                flips |= flip << (31 - level);
            }
            out |= (digits & ((1L << low) - 1)) ^ flips;
            long tail = Philox.hash(key, digits | (1L << 32)) >>> 44; // 20 digits
            return (out << 20) | tail;
        }
    }

    @Override
    public String algorithm() {
        return scrambled
                ? "sobol/joe-kuo-6.21201/gray/owen-hash-splitmix-keys-" + Philox.NAME + "/v1"
                : "sobol/joe-kuo-6.21201/gray/unscrambled/v1";
    }

    /** Direction numbers, parsed once per JVM from the shipped table. */
    private static final class Table {
        static final int[][] DIRECTIONS = load();

        private static int[][] load() {
            int[][] v = new int[MAX_DIMENSION][32];
            for (int k = 0; k < 32; k++) {
                v[0][k] = 1 << (31 - k); // dimension 1: van der Corput
            }
            try (InputStream in = SobolDesign.class.getResourceAsStream(TABLE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + TABLE);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                reader.readLine(); // header: d s a m_i
                for (int j = 1; j < MAX_DIMENSION; j++) {
                    String[] f = reader.readLine().trim().split("\\s+");
                    int s = Integer.parseInt(f[1]);
                    int a = Integer.parseInt(f[2]);
                    int[] vj = v[j];
                    for (int k = 0; k < s && k < 32; k++) {
                        vj[k] = Integer.parseInt(f[3 + k]) << (31 - k);
                    }
                    for (int k = s; k < 32; k++) {
                        int value = vj[k - s] ^ (vj[k - s] >>> s);
                        for (int i = 1; i < s; i++) {
                            if (((a >>> (s - 1 - i)) & 1) != 0) {
                                value ^= vj[k - i];
                            }
                        }
                        vj[k] = value;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return v;
        }
    }
}
