package org.soretstudy.run;

import org.soretstudy.sampling.SaltelliDesign;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.Status;
import org.soretstudy.stats.StudyStatistics;

/**
 * Feeds one chunk's rows, in sample_id order, into its statistics; for a Saltelli design it reassembles each
 * block (A, B, AB_1..AB_d of one base index, laid out as {@link SaltelliDesign} says) and hands complete all-ok
 * blocks to the Sobol accumulators, a block with any row not ok being dropped whole. Solving and reading back
 * use this same path, so a resumed study's statistics equal an uninterrupted one's.
 */
final class RowAccumulator {
    private final StudyStatistics statistics;
    /** The Saltelli design when Sobol indices are computed, else null. */
    private final SaltelliDesign saltelli;
    private final double[] a;
    private final double[] b;
    private final double[][] ab;
    private boolean blockOk = true;

    RowAccumulator(StudyStatistics statistics, SaltelliDesign saltelli) {
        this.statistics = statistics;
        this.saltelli = statistics.config().sobol() ? saltelli : null;
        int n = OutputField.ALL.length;
        this.a = this.saltelli == null ? null : new double[n];
        this.b = this.saltelli == null ? null : new double[n];
        this.ab = this.saltelli == null ? null : new double[saltelli.dimension()][n];
    }

    /** {@code values}: the row's scalar outputs by {@link OutputField} ordinal (NaN for null); copied. */
    void add(long sampleId, Status status, double[] values) {
        statistics.addSample(status, values);
        if (saltelli == null) {
            return;
        }
        int offset = saltelli.offset(sampleId); // the one remainder per row; the base index only at a block's end
        double[] target = switch (SaltelliDesign.roleAt(offset)) {
            case A -> {
                blockOk = true; // A opens a block
                yield a;
            }
            case B -> b;
            case AB -> ab[SaltelliDesign.abColumnAt(offset)];
        };
        blockOk &= status == Status.OK;
        System.arraycopy(values, 0, target, 0, values.length);
        if (offset == saltelli.blockSize() - 1) {
            if (blockOk) {
                statistics.addSobolBlock(saltelli.baseIndex(sampleId), a, b, ab);
            } else {
                statistics.dropSobolBlock();
            }
        }
    }

    StudyStatistics statistics() { return statistics; }
}
