package org.soretstudy.run;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.soretstudy.spec.SpecParser;
import org.soretstudy.spec.StudySpec;
import org.soretstudy.stats.StatisticsConfig;
import org.soretstudy.stats.StudyStatistics;

/**
 * What the executors do with a partition of chunk numbers: fill each chunk's statistics (by solving it, or by
 * reading its committed file back) and return them. Nothing but chunk numbers comes in and nothing but
 * statistics goes out, so a retried task redoes identical work and the driver never holds a row. The spec
 * travels as its canonical JSON and is parsed again on the executor.
 */
abstract class ChunkFunction implements FlatMapFunction<Iterator<Long>, ChunkOutcome> {
    private static final long serialVersionUID = 1L;

    private final String specJson;
    final StudyPlan plan;
    private final String output;
    private final Map<String, String> hadoopConf;

    ChunkFunction(String specJson, StudyPlan plan, URI output, Map<String, String> hadoopConf) {
        this.specJson = specJson;
        this.plan = plan;
        this.output = output.toString();
        this.hadoopConf = hadoopConf;
    }

    @Override
    public final Iterator<ChunkOutcome> call(Iterator<Long> chunks) throws IOException {
        StudySpec spec = SpecParser.parse(specJson);
        StatisticsConfig config = StudyStatisticsFactory.config(spec);
        Configuration conf = new Configuration(false);
        hadoopConf.forEach(conf::set);
        URI out = URI.create(output);
        // no .crc sidecar per chunk on the local file system: readers of the folder expect Parquet files only
        FileSystem.get(out, conf).setWriteChecksum(false);
        Partition partition = open(spec);
        List<ChunkOutcome> outcomes = new ArrayList<>();
        while (chunks.hasNext()) {
            long chunk = chunks.next();
            RowAccumulator rows = new RowAccumulator(new StudyStatistics(config, chunk), spec.saltelli());
            long t0 = System.nanoTime();
            partition.fill(conf, out, chunk, rows);
            outcomes.add(new ChunkOutcome(chunk, rows.statistics(), partition.timed() ? System.nanoTime() - t0 : 0));
            finished(rows.statistics());
        }
        return outcomes.iterator();
    }

    /** The per-partition state (a solver workspace, a reader's buffers), made once per task. */
    abstract Partition open(StudySpec spec);

    /** Called with each finished chunk's statistics. */
    void finished(StudyStatistics chunk) { }

    /** Fills chunks' statistics, one after the other, with state kept across them. */
    interface Partition {
        void fill(Configuration conf, URI out, long chunk, RowAccumulator rows) throws IOException;

        /** Whether the time spent counts as solving time (reading back does not). */
        boolean timed();
    }
}
