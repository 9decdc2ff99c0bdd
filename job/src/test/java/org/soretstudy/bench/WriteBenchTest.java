package org.soretstudy.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.soretstudy.io.ChunkReader;
import org.soretstudy.solver.OutputField;
import org.soretstudy.spec.StudyPoints;
import org.soretstudy.spec.StudySpec;

class WriteBenchTest {
    @Test
    void writingAloneAndTheStudyTaskLeaveTheSameRows(@TempDir Path dir) throws Exception {
        int n = 3000;
        StudySpec spec = WriteBench.defaultSpec(n);
        WriteBench.Phases p = WriteBench.measure(spec, n, dir);
        assertTrue(p.points() > 0 && p.solve() > 0 && p.statistics() > 0 && p.write() > 0 && p.task() > 0, p.toString());
        // the premise of the comparison: the warm-up round's two chunks (written alone, written by the study task)
        // hold the same rows, and they are the study's sample rows 0 .. n-1
        Configuration conf = new Configuration();
        StudyPoints points = new StudyPoints(spec);
        try (ChunkReader alone = ChunkReader.open(conf, dir.toUri(), 0); ChunkReader task = ChunkReader.open(conf, dir.toUri(), 1)) {
            assertEquals(n, alone.rowCount());
            assertEquals(n, task.rowCount());
            for (int i = 0; i < n; i++) {
                assertTrue(alone.next() && task.next());
                assertEquals(i, alone.row().sampleId());
                assertEquals(i, task.row().sampleId());
                points.at(i);
                assertArrayEquals(points.values(), alone.row().params());
                assertArrayEquals(points.values(), task.row().params());
                assertEquals(alone.row().status(), task.row().status());
                assertEquals(alone.row().reason(), task.row().reason());
                assertEquals(alone.row().convection(), task.row().convection());
                for (OutputField f : OutputField.ALL) {
                    assertEquals(Double.doubleToRawLongBits(alone.row().get(f)), Double.doubleToRawLongBits(task.row().get(f)), f.key());
                }
            }
        }
    }

    @Test
    void theMedianIsTheMiddleOfTheSortedRounds() {
        assertEquals(3, WriteBench.median(new long[] {9, 1, 3, 7, 2}));
    }
}
