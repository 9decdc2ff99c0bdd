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
 *
 * <p>Ok rows' values are buffered column by column and handed over {@value #BATCH} rows at a time
 * ({@link StudyStatistics#addOkRows}): each output's moments and sketch then take a run of values while their
 * state is in the cache, instead of all outputs' state being touched for every row. Every output still sees its
 * values in sample_id order, so the statistics are bit for bit those of one {@code addSample} per row.
 */
final class RowAccumulator {
    /** Ok rows buffered before they go to the statistics. */
    static final int BATCH = 256;

    private final StudyStatistics statistics;
    /** Buffered ok rows: okColumns[output][row]. */
    private final double[][] okColumns;
    private int buffered;
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
        this.okColumns = new double[statistics.config().outputs().size()][BATCH];
        this.a = this.saltelli == null ? null : new double[n];
        this.b = this.saltelli == null ? null : new double[n];
        this.ab = this.saltelli == null ? null : new double[saltelli.dimension()][n];
    }

    /** {@code values}: the row's scalar outputs by {@link OutputField} ordinal (NaN for null); copied. */
    void add(long sampleId, Status status, double[] values) {
        if (status == Status.OK) {
            if (values.length != okColumns.length) {
                throw new IllegalArgumentException("expected " + okColumns.length + " values, got " + values.length);
            }
            int row = buffered;
            for (int i = 0; i < values.length; i++) {
                okColumns[i][row] = values[i];
            }
            if (++buffered == BATCH) {
                flush();
            }
        } else {
            statistics.addSample(status, values); // counted only: no values of a row not ok enter the statistics
        }
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

    /** The statistics of every row added so far. */
    StudyStatistics statistics() {
        flush();
        return statistics;
    }

    private void flush() {
        if (buffered > 0) {
            statistics.addOkRows(okColumns, buffered);
            buffered = 0;
        }
    }
}
