package org.soretstudy.surrogate;

/**
 * The solved values of a range of grid points.
 *
 * @param start  flat C-order index of the first point
 * @param values per output, the values of the range's points (NaN where the row is not ok)
 */
record VertexBlock(long start, double[][] values) implements java.io.Serializable { }
