package org.soretstudy.io;

/** What {@link ChunkWriter#commit()} found. Both mean the chunk's final file is now complete and in place. */
public enum CommitOutcome {
    /** This attempt's file became the chunk's file. */
    COMMITTED,
    /** Another attempt had committed the chunk first (its rows are the same); this attempt's temp file is gone. */
    ALREADY_COMMITTED
}
