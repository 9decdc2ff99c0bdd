package org.soretstudy.surrogate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.table.TableAxis;

/** Executor side: solves the grid points of each range (block number) of its partition, one solver per partition. */
final class VertexTask implements FlatMapFunction<Iterator<Long>, VertexBlock> {
    private static final long serialVersionUID = 1L;

    private final String specJson;
    private final List<OutputField> outputs;
    private final List<TableAxis> axes;
    private final long blockSize;

    VertexTask(String specJson, List<OutputField> outputs, List<TableAxis> axes, long blockSize) {
        this.specJson = specJson;
        this.outputs = List.copyOf(outputs);
        this.axes = List.copyOf(axes);
        this.blockSize = blockSize;
    }

    @Override
    public Iterator<VertexBlock> call(Iterator<Long> blocks) {
        PointSolver solver = new PointSolver(specJson, outputs);
        int[] sizes = TableGrid.pointSizes(axes);
        long points = TableGrid.count(sizes);
        int[] index = new int[sizes.length];
        double[] point = new double[sizes.length];
        double[] out = new double[outputs.size()];
        List<VertexBlock> result = new ArrayList<>();
        while (blocks.hasNext()) {
            long start = blocks.next() * blockSize;
            int n = (int) Math.min(blockSize, points - start);
            double[][] values = new double[outputs.size()][n];
            for (int i = 0; i < n; i++) {
                TableGrid.indices(start + i, sizes, index);
                for (int j = 0; j < sizes.length; j++) {
                    point[j] = axes.get(j).value(index[j]);
                }
                solver.solve(point, out);
                for (int o = 0; o < out.length; o++) {
                    values[o][i] = out[o];
                }
            }
            result.add(new VertexBlock(start, values));
        }
        return result.iterator();
    }
}
