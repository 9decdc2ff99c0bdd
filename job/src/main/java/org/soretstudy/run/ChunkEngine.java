package org.soretstudy.run;

import java.util.List;
import java.util.function.LongSupplier;
import org.apache.hadoop.conf.Configuration;

/**
 * Where a study's chunk functions run: on Spark's executors ({@link SparkChunkEngine}), or, for a small study on
 * the embedded default, on this JVM's threads without starting Spark ({@link LocalChunkEngine}). Both run the same
 * {@link ChunkFunction}s on the same chunks, so the rows and the merged statistics are the same.
 */
public interface ChunkEngine {
    /** The Hadoop configuration the output folder is reached with. */
    Configuration hadoopConf();

    /** Chunks that run at once (for the report line and the read-back slicing). */
    int parallelism();

    /** Fresh live counters for a run's progress line. */
    StatusCounters counters();

    /**
     * Runs {@code function} over {@code chunks} cut into {@code slices} partitions and returns every chunk's
     * outcome (in any order). {@code runningRows} is given, while the chunks run, what running partitions have
     * reported beyond the counters.
     */
    List<ChunkOutcome> apply(List<Long> chunks, int slices, ChunkFunction function, String description,
                             StatusCounters counters, RunningRows runningRows);

    /** Where the progress line learns the rows of partitions still running. */
    final class RunningRows implements LongSupplier {
        private volatile LongSupplier source = () -> 0;

        void from(LongSupplier s) { source = s; }

        @Override
        public long getAsLong() { return source.getAsLong(); }
    }
}
