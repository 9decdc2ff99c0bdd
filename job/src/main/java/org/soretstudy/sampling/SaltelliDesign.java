package org.soretstudy.sampling;

/**
 * Saltelli's design for Sobol' indices (A. Saltelli et al., "Variance based sensitivity analysis of
 * model output. Design and estimator for the total sensitivity index", Comput. Phys. Commun. 181
 * (2010) 259-270). Base size N, d parameters: N(d+2) rows, laid out in blocks of d+2 consecutive rows
 * per base index i: row r = i(d+2) + j with j = 0 for A_i, j = 1 for B_i and j = 2 + k for AB_i^(k)
 * (A_i with column k taken from B_i). A and B are the first and last d coordinates of the 2d-dimensional
 * scrambled Sobol' point i. Use {@link #baseIndex(long)}, {@link #offset(long)} and {@link #role(long)}
 * to reassemble blocks.
 */
public final class SaltelliDesign implements Design {
    private static final long serialVersionUID = 1L;
    /** What a row is within its block. */
    public enum Role { A, B, AB }

    private final long baseSize;
    private final int dimension;
    private final int blockSize;
    private final long size;
    private final SobolDesign sobol;

    public SaltelliDesign(long baseSize, int dimension, long seed) {
        if (dimension < 1 || 2 * dimension > SobolDesign.MAX_DIMENSION) {
            throw new IllegalArgumentException("dimension must be in [1, " + SobolDesign.MAX_DIMENSION / 2 + "]");
        }
        this.baseSize = baseSize;
        this.dimension = dimension;
        this.blockSize = dimension + 2;
        this.size = Math.multiplyExact(baseSize, (long) blockSize);
        this.sobol = new SobolDesign(baseSize, 2 * dimension, seed);
    }

    /** N, the number of blocks. */
    public long baseSize() {
        return baseSize;
    }

    /** The 2d-dimensional Sobol' design of the A and B halves. */
    SobolDesign sobol() {
        return sobol;
    }

    /** d + 2 rows per block. */
    public int blockSize() {
        return blockSize;
    }

    @Override
    public int blockRows() {
        return blockSize;
    }


    @Override
    public long size() {
        return size;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** Base index i of row r. */
    public long baseIndex(long row) {
        return baseIndex(row, dimension);
    }

    /** Offset j in [0, d+2) of row r within its block: 0 = A, 1 = B, 2 + k = AB^(k). */
    public int offset(long row) {
        return offset(row, dimension);
    }

    /** Role of row r. */
    public Role role(long row) {
        return role(row, dimension);
    }

    /** The column k taken from B in an AB row, or -1 for A and B rows. */
    public int abColumn(long row) {
        int j = offset(row);
        return j >= 2 ? abColumnAt(j) : -1;
    }

    /** Row index of (base index i, offset j). */
    public long row(long baseIndex, int offset) {
        return row(baseIndex, offset, dimension);
    }

    public static long baseIndex(long row, int dimension) {
        return row / (dimension + 2);
    }

    public static int offset(long row, int dimension) {
        return (int) (row % (dimension + 2));
    }

    public static Role role(long row, int dimension) {
        return roleAt(offset(row, dimension));
    }

    /** Role of the row at offset j of its block (one remainder per row for a caller that walks the rows). */
    public static Role roleAt(int offset) {
        return offset == 0 ? Role.A : offset == 1 ? Role.B : Role.AB;
    }

    /** The column k taken from B by the AB row at offset j (j &gt;= 2) of its block. */
    public static int abColumnAt(int offset) {
        return offset - 2;
    }

    public static long row(long baseIndex, int offset, int dimension) {
        return baseIndex * (dimension + 2) + offset;
    }

    @Override
    public void point(long index, double[] unitOut) {
        Design.checkIndex(index, size);
        long i = index / blockSize;
        int j = (int) (index % blockSize);
        for (int c = 0; c < dimension; c++) {
            boolean fromB = j == 1 || j == c + 2;
            unitOut[c] = sobol.coordinate(i, fromB ? dimension + c : c);
        }
    }

    @Override
    public String algorithm() {
        return "saltelli/blocks-of-d+2(A,B,AB_1..AB_d)/" + sobol.algorithm();
    }
}
