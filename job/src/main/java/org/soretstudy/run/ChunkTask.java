package org.soretstudy.run;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.LongAccumulator;
import org.soretstudy.io.ChunkReader;
import org.soretstudy.io.ChunkRow;
import org.soretstudy.io.ChunkWriter;
import org.soretstudy.io.StudySchema;
import org.soretstudy.sampling.Sampler;
import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.CellSolver;
import org.soretstudy.solver.CellWorkspace;
import org.soretstudy.solver.NumericInput;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.Status;
import org.soretstudy.spec.SpecParser;
import org.soretstudy.spec.StudySpec;
import org.soretstudy.stats.StatisticsConfig;
import org.soretstudy.stats.StudyStatistics;

/**
 * The executor side of a study: for each chunk number of its partition, generate the chunk's points from
 * (seed, sample_id), solve them with one workspace, write and commit the chunk's Parquet file, and return
 * its statistics. Nothing but chunk numbers comes in and nothing but statistics goes out, so a retried task
 * regenerates identical rows and the driver never holds a row. In read-back mode (resume, summarize) it reads
 * committed chunks instead of solving them, through the same accumulation path.
 */
final class ChunkTask implements FlatMapFunction<Iterator<Long>, ChunkOutcome> {
    private static final long serialVersionUID = 1L;

    private final String specJson;
    private final StudyPlan plan;
    private final String output;
    private final Map<String, String> hadoopConf;
    private final Map<String, String> footer;
    private final boolean readBack;
    private final LongAccumulator ok;
    private final LongAccumulator rejected;
    private final LongAccumulator failed;
    private final LongAccumulator rowsSolved;

    ChunkTask(String specJson, StudyPlan plan, URI output, Map<String, String> hadoopConf, Map<String, String> footer,
              boolean readBack, LongAccumulator ok, LongAccumulator rejected, LongAccumulator failed,
              LongAccumulator rowsSolved) {
        this.specJson = specJson;
        this.plan = plan;
        this.output = output.toString();
        this.hadoopConf = hadoopConf;
        this.footer = footer;
        this.readBack = readBack;
        this.ok = ok;
        this.rejected = rejected;
        this.failed = failed;
        this.rowsSolved = rowsSolved;
    }

    @Override
    public Iterator<ChunkOutcome> call(Iterator<Long> chunks) throws IOException {
        StudySpec spec = SpecParser.parse(specJson);
        StatisticsConfig config = StudyStatisticsFactory.config(spec);
        Configuration conf = new Configuration(false);
        hadoopConf.forEach(conf::set);
        URI out = URI.create(output);
        // no .crc sidecar per chunk on the local file system: readers of the folder expect Parquet files only
        org.apache.hadoop.fs.FileSystem.get(out, conf).setWriteChecksum(false);
        List<ChunkOutcome> outcomes = new ArrayList<>();
        Solver solver = readBack ? null : new Solver(spec);
        while (chunks.hasNext()) {
            long chunk = chunks.next();
            RowAccumulator rows = new RowAccumulator(new StudyStatistics(config, chunk), plan.blockRows());
            long t0 = System.nanoTime();
            if (readBack) {
                readChunk(conf, out, chunk, rows);
            } else {
                solver.solveChunk(conf, out, chunk, rows);
            }
            StudyStatistics s = rows.statistics();
            if (ok != null) {
                ok.add(s.count(Status.OK));
                rejected.add(s.count(Status.REJECTED));
                failed.add(s.count(Status.FAILED));
            }
            outcomes.add(new ChunkOutcome(chunk, s, readBack ? 0 : System.nanoTime() - t0));
        }
        return outcomes.iterator();
    }

    private void readChunk(Configuration conf, URI out, long chunk, RowAccumulator rows) throws IOException {
        double[] values = new double[OutputField.ALL.length];
        long expected = plan.start(chunk);
        try (ChunkReader reader = ChunkReader.open(conf, out, chunk)) {
            while (reader.next()) {
                ChunkRow row = reader.row();
                if (row.sampleId() != expected) {
                    throw new IOException("chunk " + chunk + ": sample_id " + row.sampleId() + " where " + expected + " was expected");
                }
                for (OutputField f : OutputField.ALL) {
                    values[f.ordinal()] = row.get(f);
                }
                rows.add(expected++, row.status(), values);
            }
        }
        if (expected != plan.end(chunk)) {
            throw new IOException("chunk " + chunk + " holds " + (expected - plan.start(chunk)) + " rows, not "
                    + (plan.end(chunk) - plan.start(chunk)));
        }
    }

    /** Rows between two progress updates from inside a chunk (a power of two, minus one). */
    private static final long PROGRESS_MASK = (1L << 12) - 1;

    /** Per-partition solving state: one workspace, one builder, reused for every row. */
    private final class Solver {
        private final Sampler sampler;
        private final CellParameters.Builder base;
        private final CellParameters.Builder point = CellParameters.builder();
        private final NumericInput[] inputs;
        private final double[] params;
        private final double[] values = new double[OutputField.ALL.length];
        private final CellWorkspace workspace = new CellWorkspace();
        private final StudySchema schema;

        Solver(StudySpec spec) {
            sampler = spec.sampler();
            base = spec.baseBuilder();
            inputs = spec.parameterNames().stream().map(NumericInput::fromKey).toArray(NumericInput[]::new);
            params = new double[inputs.length];
            schema = StudySchema.of(spec.parameterNames());
        }

        void solveChunk(Configuration conf, URI out, long chunk, RowAccumulator rows) throws IOException {
            long sinceReport = 0;
            Sampler.Cursor points = sampler.cursor(plan.start(chunk)); // consecutive rows: exactly values(id), cheaper
            try (ChunkWriter writer = ChunkWriter.open(conf, out, chunk, schema, footer)) {
                for (long id = plan.start(chunk), end = plan.end(chunk); id < end; id++) {
                    points.next(params);
                    point.reset(base);
                    for (int j = 0; j < inputs.length; j++) {
                        point.set(inputs[j], params[j]);
                    }
                    ResultBuffer r = CellSolver.solve(point.build(), workspace);
                    writer.write(id, params, r);
                    for (OutputField f : OutputField.ALL) {
                        values[f.ordinal()] = r.get(f);
                    }
                    rows.add(id, r.status(), values);
                    if (++sinceReport > PROGRESS_MASK) {
                        rowsSolved.add(sinceReport); // heartbeats carry it to the driver's progress line
                        sinceReport = 0;
                    }
                }
                writer.commit();
                rowsSolved.add(sinceReport);
            }
        }

    }
}
