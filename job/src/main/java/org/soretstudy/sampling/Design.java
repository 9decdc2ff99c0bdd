package org.soretstudy.sampling;

/**
 * A study design in the unit hypercube: row {@code index} of {@link #size()} rows has
 * {@link #dimension()} coordinates in (0, 1) (unscrambled Sobol' may give 0). Rows are random access:
 * a pure function of the design's seed and the index, so any executor, partition or task retry
 * computes bit-identical rows in any order. Implementations are immutable, thread-safe and
 * {@link #point(long, double[])} allocates nothing. Serializable, so a Spark closure can carry one to
 * the executors (rebuilding from the spec there gives the same rows too).
 */
public interface Design extends java.io.Serializable {
    /** Number of rows. */
    long size();

    /** Coordinates per row. */
    int dimension();

    /** Writes the coordinates of row {@code index} (0 &lt;= index &lt; size) into unitOut[0 .. dimension). */
    void point(long index, double[] unitOut);

    /** Algorithm and version for the output's provenance metadata, e.g. {@code lhs/feistel4-philox4x64-10/v1}. */
    String algorithm();

    /**
     * Consecutive rows that belong together (1 for most designs; a Saltelli block of d + 2): a chunk of the
     * study must hold whole blocks.
     */
    default int blockRows() {
        return 1;
    }

    /** Shared argument check. */
    static void checkIndex(long index, long size) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("row " + index + " outside [0, " + size + ")");
        }
    }
}
