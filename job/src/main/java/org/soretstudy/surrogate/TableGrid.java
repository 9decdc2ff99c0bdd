package org.soretstudy.surrogate;

import java.util.List;
import org.soretstudy.solver.table.TableAxis;

/**
 * Flat C-order indices (first axis slowest) of a table's grid points and cells, and the check points of a cell:
 * every point of its half-step grid that is not a corner, i.e. its centre, the centres of its faces of every
 * dimension and the midpoints of its edges ({@code 3^d - 2^d} points). For a quadratic function the largest
 * multilinear interpolation error over a cell is reached at one of them: the bound is then exact, where the
 * centre alone misses curvatures of opposite sign along two axes, which cancel there.
 */
final class TableGrid {
    private TableGrid() { }

    /** Writes the axis indices of flat index {@code flat} over {@code sizes} into {@code out}. */
    static void indices(long flat, int[] sizes, int[] out) {
        long rest = flat;
        for (int j = sizes.length - 1; j >= 0; j--) {
            out[j] = (int) (rest % sizes[j]);
            rest /= sizes[j];
        }
    }

    static int[] pointSizes(List<TableAxis> axes) {
        return axes.stream().mapToInt(TableAxis::size).toArray();
    }

    static int[] cellSizes(List<TableAxis> axes) {
        return axes.stream().mapToInt(a -> a.size() - 1).toArray();
    }

    static long count(int[] sizes) {
        long n = 1;
        for (int s : sizes) {
            n = Math.multiplyExact(n, (long) s);
        }
        return n;
    }

    /**
     * The check points of a cell as offsets on its half-step grid: per point and axis 0 (lower end), 1 (middle)
     * or 2 (upper end); corners (no 1) are left out.
     */
    static int[][] checkOffsets(int d) {
        int all = 1;
        for (int j = 0; j < d; j++) {
            all *= 3;
        }
        int corners = 1 << d;
        int[][] offsets = new int[all - corners][d];
        int n = 0;
        for (int code = 0; code < all; code++) {
            int rest = code;
            boolean middle = false;
            int[] o = new int[d];
            for (int j = d - 1; j >= 0; j--) {
                o[j] = rest % 3;
                rest /= 3;
                middle |= o[j] == 1;
            }
            if (middle) {
                offsets[n++] = o;
            }
        }
        return offsets;
    }
}
