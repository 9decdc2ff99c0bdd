package org.soretstudy.surrogate;

/**
 * The interpolation errors found in a range of cells.
 *
 * @param start     flat C-order index of the first cell
 * @param errors    per output, each cell's largest |solver - interpolation| over its check points (NaN: unknown)
 * @param ratio     per cell, the largest error / tolerance over the outputs that have one (NaN: unknown; 0 when
 *                  no output has a tolerance)
 * @param axisRatio per cell and axis (cell-major), the largest error / tolerance at the midpoints of the cell's
 *                  edges along that axis: how much of the error the axis's own curvature explains
 * @param solves    check points solved for this block
 */
record CellBlock(long start, double[][] errors, double[] ratio, double[] axisRatio, long solves) implements java.io.Serializable { }
