package org.soretstudy.run;

import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.Status;
import org.soretstudy.stats.StudyStatistics;

/**
 * Feeds one chunk's rows, in sample_id order, into its statistics; for a Saltelli design it reassembles each
 * block (A, B, AB_1..AB_d of one base index) and hands complete all-ok blocks to the Sobol accumulators, a
 * block with any row not ok being dropped whole. Solving and reading back use this same path, so a resumed
 * study's statistics equal an uninterrupted one's.
 */
final class RowAccumulator {
    private final StudyStatistics statistics;
    private final int blockRows;
    private final boolean sobol;
    private final double[][] block;
    private boolean blockOk = true;

    RowAccumulator(StudyStatistics statistics, int blockRows) {
        this.statistics = statistics;
        this.blockRows = blockRows;
        this.sobol = statistics.config().sobol();
        this.block = sobol ? new double[blockRows][OutputField.ALL.length] : null;
    }

    /** {@code values}: the row's scalar outputs by {@link OutputField} ordinal (NaN for null); copied. */
    void add(long sampleId, Status status, double[] values) {
        statistics.addSample(status, values);
        if (!sobol) {
            return;
        }
        int offset = (int) (sampleId % blockRows);
        if (offset == 0) {
            blockOk = true;
        }
        blockOk &= status == Status.OK;
        System.arraycopy(values, 0, block[offset], 0, values.length);
        if (offset == blockRows - 1) {
            if (blockOk) {
                statistics.addSobolBlock(sampleId / blockRows, block);
            } else {
                statistics.dropSobolBlock();
            }
        }
    }

    StudyStatistics statistics() { return statistics; }
}
