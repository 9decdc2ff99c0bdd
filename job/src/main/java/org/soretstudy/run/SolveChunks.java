package org.soretstudy.run;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.soretstudy.io.ChunkWriter;
import org.soretstudy.io.StudySchema;
import org.soretstudy.solver.CellSolver;
import org.soretstudy.solver.CellWorkspace;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.spec.StudyPoints;
import org.soretstudy.spec.StudySpec;
import org.soretstudy.stats.StudyStatistics;

/**
 * Solves chunks: generates each chunk's points from (seed, sample_id), solves them with one workspace per
 * partition, writes and commits the chunk's Parquet file, and accumulates its statistics on the way.
 */
final class SolveChunks extends ChunkFunction {
    private static final long serialVersionUID = 1L;
    /** Rows between two progress updates from inside a chunk (a power of two, minus one). */
    private static final long PROGRESS_MASK = (1L << 12) - 1;

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

    /** Per-partition solving state: one workspace and one point builder, reused for every row. */
    private final class Solver implements Partition {
        private final StudyPoints points;
        private final StudySchema schema;
        private final CellWorkspace workspace = new CellWorkspace();
        private final double[] values = new double[OutputField.ALL.length];

        Solver(StudySpec spec) {
            points = new StudyPoints(spec);
            schema = StudySchema.of(spec.parameterNames());
        }

        @Override
        public void fill(Configuration conf, URI out, long chunk, RowAccumulator rows) throws IOException {
            long sinceReport = 0;
            points.seek(plan.start(chunk)); // consecutive rows: exactly points.at(id), cheaper
            try (ChunkWriter writer = ChunkWriter.open(conf, out, chunk, schema, footer)) {
                for (long id = plan.start(chunk), end = plan.end(chunk); id < end; id++) {
                    ResultBuffer r = CellSolver.solve(points.next(), workspace);
                    writer.write(id, points.values(), r);
                    for (OutputField f : OutputField.ALL) {
                        values[f.ordinal()] = r.get(f);
                    }
                    rows.add(id, r.status(), values);
                    if (++sinceReport > PROGRESS_MASK) {
                        counters.addRowsSolved(sinceReport); // heartbeats carry it to the driver's progress line
                        sinceReport = 0;
                    }
                }
                writer.commit();
                counters.addRowsSolved(sinceReport);
            }
        }

        @Override
        public boolean timed() {
            return true;
        }
    }
}
