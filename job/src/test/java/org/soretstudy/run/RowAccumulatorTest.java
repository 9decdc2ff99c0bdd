package org.soretstudy.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.Status;
import org.soretstudy.stats.StatisticsConfig;
import org.soretstudy.stats.StudyStatistics;

class RowAccumulatorTest {

    private static StatisticsConfig config() {
        List<String> outputs = Arrays.stream(OutputField.ALL).map(OutputField::key).toList();
        return StatisticsConfig.of(outputs, StatisticsConfig.DEFAULT_QUANTILES, 11L);
    }

    /** Buffered ok rows reach the statistics whole and in order: the same bits as one addSample per row. */
    @Test
    void batchedRowsGiveTheStatisticsOfOneAddSamplePerRow() {
        StatisticsConfig config = config();
        StudyStatistics direct = new StudyStatistics(config, 7);
        RowAccumulator rows = new RowAccumulator(new StudyStatistics(config, 7), null);
        SplittableRandom rng = new SplittableRandom(3);
        int n = 5 * RowAccumulator.BATCH + 37; // several full batches and a partial one
        for (int id = 0; id < n; id++) {
            double[] values = new double[OutputField.ALL.length];
            for (int o = 0; o < values.length; o++) {
                values[o] = o % 5 == 4 ? Double.NaN : o % 5 == 3 ? 1.5 : rng.nextGaussian(); // null, constant, varied
            }
            Status status = id % 41 == 0 ? Status.REJECTED : id % 97 == 0 ? Status.FAILED : Status.OK;
            direct.addSample(status, values);
            rows.add(id, status, values);
            Arrays.fill(values, -1.0); // the accumulator must have copied the row
        }
        StudyStatistics batched = rows.statistics();
        assertEquals(direct.summary(), batched.summary());
        for (String output : config.outputs()) {
            assertArrayEquals(direct.sketch(output).quantiles(new double[] {0.01, 0.3, 0.77}),
                    batched.sketch(output).quantiles(new double[] {0.01, 0.3, 0.77}), output);
        }
        assertEquals((n - 1) / 41 + 1, batched.count(Status.REJECTED));
    }
}
