package org.soretstudy.surrogate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.table.SurrogateTable;
import org.soretstudy.solver.table.TableAxis;
import org.soretstudy.solver.table.TableWorkspace;

/**
 * Executor side of the error bound: for each cell of its ranges, solves the cell's check points
 * ({@link TableGrid#checkOffsets}) and compares them with the broadcast table's own interpolation (the reader a
 * user will call), keeping the largest difference per output. A point shared by cells of the same task is solved
 * once ({@link CheckPointErrors}); one on the border of two tasks' ranges is solved by both, which keeps the ranges
 * independent (no shuffle).
 *
 * <p>The stored bound is {@link #MARGIN} times the largest difference found. For a quadratic the check points
 * find the exact largest error, so the margin covers what they cannot see: higher-order terms, and the solver's
 * own point-to-point jitter, which dominates once the grid is fine (the transient t99 moves by ~1e-5 relative
 * between neighbouring inputs: measured on the liquid table of the README, 4 % of random points then exceeded the
 * unmargined bound, by up to 2.3 times).
 */
final class CheckTask implements FlatMapFunction<Iterator<Long>, CellBlock> {
    private static final long serialVersionUID = 1L;
    /** The stored bound over the largest difference found at the check points. */
    static final double MARGIN = 2;

    private final String specJson;
    private final List<OutputField> outputs;
    private final Broadcast<SurrogateTable> table;
    private final double[] tolerances;
    private final long blockSize;

    CheckTask(String specJson, List<OutputField> outputs, Broadcast<SurrogateTable> table, double[] tolerances, long blockSize) {
        this.specJson = specJson;
        this.outputs = List.copyOf(outputs);
        this.table = table;
        this.tolerances = tolerances.clone();
        this.blockSize = blockSize;
    }

    @Override
    public Iterator<CellBlock> call(Iterator<Long> blocks) {
        SurrogateTable t = table.value();
        List<TableAxis> axes = t.axes();
        int d = axes.size();
        int k = outputs.size();
        PointSolver solver = new PointSolver(specJson, outputs);
        TableWorkspace ws = t.workspace();
        int[] sizes = TableGrid.cellSizes(axes);
        long cells = TableGrid.count(sizes);
        int[][] offsets = TableGrid.checkOffsets(d);
        int[] cell = new int[d];
        double[] point = new double[d];
        double[] solved = new double[k];
        double[] interpolated = new double[k];
        long[] halfStride = new long[d]; // strides of the half-step grid, 2 n_j - 1 points per axis
        long stride = 1;
        for (int j = d - 1; j >= 0; j--) {
            halfStride[j] = stride;
            stride *= 2 * axes.get(j).size() - 1;
        }
        CheckPointErrors known = new CheckPointErrors(k);
        List<CellBlock> result = new ArrayList<>();
        while (blocks.hasNext()) {
            long start = blocks.next() * blockSize;
            int n = (int) Math.min(blockSize, cells - start);
            double[][] errors = new double[k][n];
            double[] ratio = new double[n];
            double[] axisRatio = new double[n * d];
            int solvedBefore = known.size();
            for (int i = 0; i < n; i++) {
                TableGrid.indices(start + i, sizes, cell);
                for (int[] offset : offsets) {
                    int middleAxis = -1;
                    int middles = 0;
                    long key = 0;
                    for (int j = 0; j < d; j++) {
                        key += (2L * cell[j] + offset[j]) * halfStride[j];
                        if (offset[j] == 1) {
                            middleAxis = j;
                            middles++;
                        }
                    }
                    int entry = known.find(key);
                    if (entry < 0) {
                        entry = known.add(key);
                        for (int j = 0; j < d; j++) {
                            TableAxis a = axes.get(j);
                            point[j] = switch (offset[j]) {
                                case 0 -> a.value(cell[j]);
                                case 1 -> a.midpoint(cell[j]);
                                default -> a.value(cell[j] + 1);
                            };
                        }
                        solver.solve(point, solved);
                        if (t.lookup(point, ws, interpolated, null) != SurrogateTable.INSIDE) {
                            throw new IllegalStateException("a check point lies outside its own table");
                        }
                        for (int o = 0; o < k; o++) {
                            known.set(entry, o, MARGIN * Math.abs(solved[o] - interpolated[o])); // NaN if either has none
                        }
                    }
                    double pointRatio = 0;
                    for (int o = 0; o < k; o++) {
                        double e = known.get(entry, o);
                        errors[o][i] = Math.max(errors[o][i], e);       // Math.max keeps a NaN: the cell is unknown
                        if (!Double.isNaN(tolerances[o])) {
                            pointRatio = Math.max(pointRatio, e / tolerances[o]);
                        }
                    }
                    ratio[i] = Math.max(ratio[i], pointRatio);
                    if (middles == 1) {
                        axisRatio[i * d + middleAxis] = Math.max(axisRatio[i * d + middleAxis], pointRatio);
                    }
                }
            }
            result.add(new CellBlock(start, errors, ratio, axisRatio, known.size() - solvedBefore));
        }
        return result.iterator();
    }
}
