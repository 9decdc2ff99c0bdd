package org.soretstudy.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.soretstudy.io.ChunkReader;
import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.OutputField;

class WriteBenchTest {
    @Test
    void writingAloneAndSolvingWhileWritingLeaveTheSameRows(@TempDir Path dir) throws Exception {
        int n = 3000;
        CellParameters[] points = new CellParameters[n];
        double[][] params = new double[n][];
        for (int i = 0; i < n; i++) {
            double c0 = 0.3 + 0.4 * i / n, d = 1e-9, st = 1e-3 + 1e-6 * i;
            params[i] = new double[] {d, st, c0};
            points[i] = CellParameters.builder().length(1e-3).walls(303, 293).c0(c0).diffusion(d).soret(st).thermal(950, 1700, 0.13).build();
        }
        WriteBench.Phases p = WriteBench.measure(points, params, dir);
        assertTrue(p.solve() > 0 && p.write() > 0 && p.solveAndWrite() > 0, p.toString());
        // the warm-up round's two chunks: the premise of the comparison is that both hold the same rows
        Configuration conf = new Configuration();
        try (ChunkReader alone = ChunkReader.open(conf, dir.toUri(), 0); ChunkReader solving = ChunkReader.open(conf, dir.toUri(), 1)) {
            assertEquals(n, alone.rowCount());
            assertEquals(n, solving.rowCount());
            for (int i = 0; i < n; i++) {
                assertTrue(alone.next() && solving.next());
                assertEquals(i, alone.row().sampleId());
                assertEquals(alone.row().sampleId(), solving.row().sampleId());
                assertArrayEquals(params[i], alone.row().params());
                for (OutputField f : OutputField.ALL) {
                    assertEquals(Double.doubleToRawLongBits(alone.row().get(f)), Double.doubleToRawLongBits(solving.row().get(f)), f.key());
                }
            }
        }
    }

    @Test
    void theMedianIsTheMiddleOfTheSortedRounds() {
        assertEquals(3, WriteBench.median(new long[] {9, 1, 3, 7, 2}));
    }
}
