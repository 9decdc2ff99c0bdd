package org.soretstudy.surrogate;

import java.util.List;
import org.soretstudy.solver.table.TableAxis;

/**
 * The error bounds of one round, assembled on the driver from the executors' cell blocks.
 *
 * @param errors    per output, each cell's bound (NaN: unknown)
 * @param ratio     per cell, error / tolerance over the outputs that have one
 * @param axisRatio per cell and axis, the error / tolerance along the axis's edges
 * @param solves    check points solved
 */
record TableErrors(double[][] errors, double[] ratio, double[] axisRatio, long solves) {

    static TableErrors assemble(List<CellBlock> blocks, int outputs, int cells, int d) {
        double[][] errors = new double[outputs][cells];
        double[] ratio = new double[cells];
        double[] axisRatio = new double[cells * d];
        long solves = 0;
        for (CellBlock b : blocks) {
            solves += b.solves();
            int start = Math.toIntExact(b.start());
            int n = b.ratio().length;
            for (int o = 0; o < outputs; o++) {
                System.arraycopy(b.errors()[o], 0, errors[o], start, n);
            }
            System.arraycopy(b.ratio(), 0, ratio, start, n);
            System.arraycopy(b.axisRatio(), 0, axisRatio, start * d, n * d);
        }
        return new TableErrors(errors, ratio, axisRatio, solves);
    }

    /** The largest known bound of output o (NaN when no cell has one). */
    double max(int o) {
        double m = Double.NaN;
        for (double e : errors[o]) {
            if (!Double.isNaN(e) && !(e <= m)) {
                m = e;
            }
        }
        return m;
    }

    /** Cells of output o whose bound exceeds {@code tolerance}. */
    long above(int o, double tolerance) {
        long n = 0;
        for (double e : errors[o]) {
            n += e > tolerance ? 1 : 0;
        }
        return n;
    }

    /** Cells of output o without a bound (a check point or a corner had no value). */
    long unknown(int o) {
        long n = 0;
        for (double e : errors[o]) {
            n += Double.isNaN(e) ? 1 : 0;
        }
        return n;
    }

    /** Cells above their tolerance, over all outputs. */
    long cellsAboveTolerance() {
        long n = 0;
        for (double r : ratio) {
            n += r > 1 ? 1 : 0;
        }
        return n;
    }

    static String shape(List<TableAxis> axes) {
        StringBuilder s = new StringBuilder();
        for (TableAxis a : axes) {
            s.append(s.length() == 0 ? "" : " x ").append(a.size());
        }
        return s.toString();
    }
}
