package org.soretstudy.run;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.soretstudy.io.ChunkWriter;
import org.soretstudy.spec.StudySpec;
import org.soretstudy.stats.StudyStatistics;

/**
 * Solves chunks: generates each chunk's points from (seed, sample_id), solves them with one workspace per
 * partition, writes and commits the chunk's Parquet file, and accumulates its statistics on the way.
 */
final class SolveChunks extends ChunkFunction {
    private static final long serialVersionUID = 1L;

    private final Map<String, String> footer;
    private final StatusCounters counters;

    SolveChunks(String specJson, StudyPlan plan, URI output, Map<String, String> hadoopConf, Map<String, String> footer,
                StatusCounters counters) {
        super(specJson, plan, output, hadoopConf);
        this.footer = footer;
        this.counters = counters;
    }

    @Override
    Partition open(StudySpec spec) {
        return new Solver(spec);
    }

    @Override
    void finished(StudyStatistics chunk) {
        counters.addChunk(chunk);
    }

    /** Per-partition solving state: one study task (its workspace and point builder), reused for every chunk. */
    private final class Solver implements Partition {
        private final StudyTask task;

        Solver(StudySpec spec) {
            task = new StudyTask(spec);
        }

        @Override
        public void fill(Configuration conf, URI out, long chunk, RowAccumulator rows) throws IOException {
            try (ChunkWriter writer = ChunkWriter.open(conf, out, chunk, task.schema(), footer)) {
                task.solve(plan.start(chunk), plan.end(chunk), writer, rows, counters::addRowsSolved);
                writer.commit();
            }
        }

        @Override
        public boolean timed() {
            return true;
        }
    }
}
