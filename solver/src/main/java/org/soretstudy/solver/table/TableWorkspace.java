package org.soretstudy.solver.table;

/**
 * Scratch space for lookups in one table: the located cell and the interpolation weight along each axis. Make
 * one per thread with {@link SurrogateTable#workspace()} and reuse it; lookups then allocate nothing. Not
 * thread-safe.
 */
public final class TableWorkspace {
    final int[] cell;
    final double[] weight;

    TableWorkspace(int dimension) {
        cell = new int[dimension];
        weight = new double[dimension];
    }
}
