package org.soretstudy.run;

import java.io.IOException;
import java.util.function.LongConsumer;
import org.soretstudy.io.RowSink;
import org.soretstudy.io.StudySchema;
import org.soretstudy.solver.CellSolver;
import org.soretstudy.solver.CellWorkspace;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.Status;
import org.soretstudy.spec.StudyPoints;
import org.soretstudy.spec.StudySpec;
import org.soretstudy.stats.StatisticsConfig;
import org.soretstudy.stats.StudyStatistics;

/**
 * A study task's rows: each point generated from (seed, sample_id), solved, written and counted into its chunk's
 * statistics, one row after the other with one workspace. {@link SolveChunks} runs it on the executors, and
 * {@code bench --rows} measures it against writing the same rows alone: the same loop, not a copy of it.
 * Not thread-safe: one per task.
 */
public final class StudyTask {
    /** Rows between two progress reports (a power of two, minus one). */
    private static final long PROGRESS_MASK = (1L << 12) - 1;

    private final StudySpec spec;
    private final StatisticsConfig config;
    private final StudyPoints points;
    private final StudySchema schema;
    private final CellWorkspace workspace = new CellWorkspace();
    private final double[] values = new double[OutputField.ALL.length];

    public StudyTask(StudySpec spec) {
        this.spec = spec;
        this.config = StudyStatisticsFactory.config(spec);
        this.points = new StudyPoints(spec);
        this.schema = StudySchema.of(spec.parameterNames());
    }

    /** The columns of the rows this task writes. */
    public StudySchema schema() {
        return schema;
    }

    /**
     * Solves the rows {@code start .. end-1} into {@code sink} and returns their statistics, seeded as chunk
     * {@code chunk}'s are in a study (the quantile sketches' coins).
     */
    public StudyStatistics solve(long chunk, long start, long end, RowSink sink) throws IOException {
        RowAccumulator rows = chunkRows(chunk);
        solve(start, end, sink, rows, solved -> { });
        return rows.statistics();
    }

    /**
     * The statistics of rows already solved, {@code status[i]} and {@code outputs[i]} (by {@link OutputField}
     * ordinal) those of sample id i, fed as a chunk's are: what {@code bench --rows} times alone.
     */
    public StudyStatistics statisticsOf(long chunk, Status[] status, double[][] outputs) {
        RowAccumulator rows = chunkRows(chunk);
        for (int i = 0; i < status.length; i++) {
            rows.add(i, status[i], outputs[i]);
        }
        return rows.statistics();
    }

    /** Empty statistics of chunk {@code chunk}, fed as a study feeds them (Saltelli blocks reassembled). */
    private RowAccumulator chunkRows(long chunk) {
        return new RowAccumulator(new StudyStatistics(config, chunk), spec.saltelli());
    }

    /** As above into a chunk's accumulator; {@code progress} gets the rows solved since its last call, every 4,096. */
    void solve(long start, long end, RowSink sink, RowAccumulator rows, LongConsumer progress) throws IOException {
        long sinceReport = 0;
        points.seek(start); // consecutive rows: exactly points.at(id), cheaper
        for (long id = start; id < end; id++) {
            ResultBuffer r = CellSolver.solve(points.next(), workspace);
            sink.write(id, points.values(), r);
            for (OutputField f : OutputField.ALL) {
                values[f.ordinal()] = r.get(f);
            }
            rows.add(id, r.status(), values);
            if (++sinceReport > PROGRESS_MASK) {
                progress.accept(sinceReport); // heartbeats carry it to the driver's progress line
                sinceReport = 0;
            }
        }
        progress.accept(sinceReport);
    }
}
