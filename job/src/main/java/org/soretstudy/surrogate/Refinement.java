package org.soretstudy.surrogate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.soretstudy.solver.table.TableAxis;

/**
 * One refinement step of a tensor grid: for every cell whose error exceeds its tolerance (ratio > 1), the
 * intervals of the axes that explain the error get their midpoint (the geometric mean on a log axis). An axis
 * explains a cell's error when the error at the midpoints of the cell's edges along it reaches half the cell's
 * error; when none does (the error comes from mixed terms), every axis of the cell is split. An interval splits
 * for the whole slab of cells that share it: that is what a tensor grid is. An axis never grows beyond
 * {@code maxPoints}; when it would, the intervals of the largest errors go first. Cells without a bound (NaN) are
 * not refined: their corners are points the solver did not accept, and a finer grid would not change that.
 */
final class Refinement {
    /** Share of a cell's error the error along an axis must reach for that axis to be split. */
    static final double AXIS_SHARE = 0.5;

    private Refinement() { }

    /** The refined axes, or {@code axes} itself when nothing is split (every bad interval's axis is full). */
    static List<TableAxis> refine(List<TableAxis> axes, double[] ratio, double[] axisRatio, int maxPoints) {
        int d = axes.size();
        int[] sizes = TableGrid.cellSizes(axes);
        double[][] intervalScore = new double[d][];
        for (int j = 0; j < d; j++) {
            intervalScore[j] = new double[sizes[j]];
        }
        int[] cell = new int[d];
        for (int c = 0; c < ratio.length; c++) {
            if (!(ratio[c] > 1)) {
                continue; // meets the tolerance, or unknown
            }
            TableGrid.indices(c, sizes, cell);
            boolean any = false;
            for (int j = 0; j < d; j++) {
                if (axisRatio[c * d + j] >= AXIS_SHARE * ratio[c]) {
                    intervalScore[j][cell[j]] = Math.max(intervalScore[j][cell[j]], ratio[c]);
                    any = true;
                }
            }
            if (!any) {
                for (int j = 0; j < d; j++) {
                    intervalScore[j][cell[j]] = Math.max(intervalScore[j][cell[j]], ratio[c]);
                }
            }
        }
        List<TableAxis> refined = new ArrayList<>(d);
        boolean changed = false;
        for (int j = 0; j < d; j++) {
            TableAxis a = axes.get(j);
            boolean[] split = chooseSplits(intervalScore[j], maxPoints - a.size());
            double[] v = new double[a.size() + count(split)];
            int n = 0;
            for (int k = 0; k < a.size(); k++) {
                v[n++] = a.value(k);
                double m = k < split.length && split[k] ? a.midpoint(k) : Double.NaN;
                if (m > a.value(k) && m < a.value(k + 1)) { // an interval of adjacent doubles cannot split
                    v[n++] = m;
                }
            }
            v = Arrays.copyOf(v, n);
            changed |= n > a.size();
            refined.add(n > a.size() ? new TableAxis(a.name(), a.scale(), v) : a);
        }
        return changed ? List.copyOf(refined) : axes;
    }

    /** The intervals to split: those with a score, the largest first, at most {@code room}. */
    private static boolean[] chooseSplits(double[] score, int room) {
        boolean[] split = new boolean[score.length];
        Integer[] order = new Integer[score.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> Double.compare(score[y], score[x])); // stable: ties keep the lower interval first
        for (int r = 0; r < order.length && r < room; r++) {
            if (score[order[r]] > 0) {
                split[order[r]] = true;
            }
        }
        return split;
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean x : b) {
            n += x ? 1 : 0;
        }
        return n;
    }
}
