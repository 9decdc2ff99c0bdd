package org.soretstudy.run;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;
import org.soretstudy.solver.Status;
import org.soretstudy.stats.StudyStatistics;

/**
 * The live counts of a study for its progress line: rows by status of finished chunks, and rows solved so far
 * (updated from inside running chunks; heartbeats carry them to the driver). Spark accumulators, so a task
 * adds to them on any executor.
 */
final class StatusCounters implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LongAccumulator ok;
    private final LongAccumulator rejected;
    private final LongAccumulator failed;
    private final LongAccumulator rowsSolved;

    private StatusCounters(LongAccumulator ok, LongAccumulator rejected, LongAccumulator failed, LongAccumulator rowsSolved) {
        this.ok = ok;
        this.rejected = rejected;
        this.failed = failed;
        this.rowsSolved = rowsSolved;
    }

    /** Fresh counters registered with the driver's context. */
    static StatusCounters register(SparkContext sc) {
        return new StatusCounters(sc.longAccumulator("ok"), sc.longAccumulator("rejected"), sc.longAccumulator("failed"),
                sc.longAccumulator("rows solved"));
    }

    /** Fresh counters for chunks run in this JVM ({@link LocalChunkEngine}): never serialised, so not registered. */
    static StatusCounters local() {
        return new StatusCounters(new LongAccumulator(), new LongAccumulator(), new LongAccumulator(), new LongAccumulator());
    }

    /** Counts a finished chunk's rows by status. */
    void addChunk(StudyStatistics chunk) {
        ok.add(chunk.count(Status.OK));
        rejected.add(chunk.count(Status.REJECTED));
        failed.add(chunk.count(Status.FAILED));
    }

    /** Rows solved since the last call, from inside a running chunk. */
    void addRowsSolved(long rows) {
        rowsSolved.add(rows);
    }

    /** The accumulator of rows solved, which running-task heartbeats report ({@link RunningTasks}). */
    LongAccumulator rowsSolvedAccumulator() { return rowsSolved; }

    long rowsSolved() { return rowsSolved.value(); }

    long ok() { return ok.value(); }

    long rejected() { return rejected.value(); }

    long failed() { return failed.value(); }
}
