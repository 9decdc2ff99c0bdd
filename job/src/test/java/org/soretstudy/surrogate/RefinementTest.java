package org.soretstudy.surrogate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.soretstudy.solver.table.AxisScale;
import org.soretstudy.solver.table.TableAxis;

/** Which intervals a refinement step splits, on a 2 x 2-cell grid (cell c = i_x * 2 + i_y). */
class RefinementTest {
    private static final TableAxis X = new TableAxis("x", AxisScale.LINEAR, new double[] {0, 1, 3});
    private static final TableAxis Y = new TableAxis("y", AxisScale.LOG, new double[] {1, 4, 16});
    private static final List<TableAxis> AXES = List.of(X, Y);

    @Test
    void onlyTheAxisThatExplainsTheErrorIsSplit() {
        double[] ratio = {0, 3, 0.5, 0};
        double[] axisRatio = {0, 0, 3, 0.1, 0, 0.5, 0, 0}; // cell 1: x explains it
        List<TableAxis> r = Refinement.refine(AXES, ratio, axisRatio, 10);
        assertArrayEquals(new double[] {0, 0.5, 1, 3}, r.get(0).values());
        assertSame(Y, r.get(1));
    }

    @Test
    void anErrorNoAxisExplainsSplitsEveryAxisOfTheCellAtItsMidpointInItsScale() {
        double[] ratio = {0, 0, 0, 2};
        double[] axisRatio = {0, 0, 0, 0, 0, 0, 0.2, 0.3};
        List<TableAxis> r = Refinement.refine(AXES, ratio, axisRatio, 10);
        assertArrayEquals(new double[] {0, 1, 2, 3}, r.get(0).values());
        assertArrayEquals(new double[] {1, 4, 8, 16}, r.get(1).values(), 1e-12); // geometric mean on a log axis
    }

    @Test
    void maxPointsKeepsTheWorstIntervalsAndCellsWithoutBoundAreLeft() {
        double[] ratio = {2, Double.NaN, 5, 0};
        double[] axisRatio = {2, 0, 0, 0, 5, 0, 0, 0};
        List<TableAxis> r = Refinement.refine(AXES, ratio, axisRatio, 4); // room for one more x point
        assertArrayEquals(new double[] {0, 1, 2, 3}, r.get(0).values());
        assertSame(Y, r.get(1));
        assertSame(AXES, Refinement.refine(AXES, ratio, axisRatio, 3), "no room: nothing changes");
    }
}
