package org.soretstudy.run;

import java.io.Serializable;
import org.soretstudy.solver.Mode;
import org.soretstudy.spec.StudySpec;

/**
 * How a study's index space is cut into chunks: each chunk is a range of consecutive sample_ids, written as
 * one Parquet file and committed as a unit (the unit of resume), with its own statistics accumulator. The
 * chunk size depends on the spec alone - never on the master or the partition count - so the merged
 * statistics, like the rows, are the same on any cluster.
 *
 * @param rows      sample rows in the study
 * @param chunkRows rows per chunk (the last one may be shorter); a multiple of blockRows
 * @param blockRows rows per Saltelli block (1 for other designs): blocks never straddle chunks
 */
public record StudyPlan(long rows, long chunkRows, int blockRows) implements Serializable {
    /** Steady solves cost well under a microsecond: a chunk of ~1M rows is about a second of writing. */
    static final long STEADY_CHUNK_ROWS = 1L << 20;
    /** Transient solves cost tens of microseconds: ~64k rows is a few seconds of solving. */
    static final long TRANSIENT_CHUNK_ROWS = 1L << 16;
    /**
     * Small studies are still cut into up to this many chunks, so that every core has work: few for steady
     * cells (files, not solving, dominate), many for transient ones (solving dominates).
     */
    static final int STEADY_MIN_CHUNKS = 8;
    static final int TRANSIENT_MIN_CHUNKS = 16;

    public static StudyPlan of(StudySpec spec) {
        boolean transientMode = spec.mode() == Mode.TRANSIENT;
        long target = transientMode ? TRANSIENT_CHUNK_ROWS : STEADY_CHUNK_ROWS;
        long floor = transientMode ? 256 : 8192;
        long rows = spec.rows();
        long size = Math.min(target, Math.max(floor, ceilDiv(rows, transientMode ? TRANSIENT_MIN_CHUNKS : STEADY_MIN_CHUNKS)));
        int block = spec.blockRows();
        size = ceilDiv(size, block) * block;
        return new StudyPlan(rows, size, block);
    }

    public long chunks() { return ceilDiv(rows, chunkRows); }

    /** First sample_id of a chunk. */
    public long start(long chunk) { return chunk * chunkRows; }

    /** One past the last sample_id of a chunk. */
    public long end(long chunk) { return Math.min(rows, (chunk + 1) * chunkRows); }

    static long ceilDiv(long a, long b) { return (a + b - 1) / b; }
}
