package org.soretstudy.run;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/** Chunk functions on a Spark session's executors; the session is the caller's (it starts and stops it). */
final class SparkChunkEngine implements ChunkEngine {
    private final SparkSession spark;
    private final JavaSparkContext jsc;

    SparkChunkEngine(SparkSession spark) {
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @Override
    public Configuration hadoopConf() { return spark.sparkContext().hadoopConfiguration(); }

    @Override
    public int parallelism() { return jsc.defaultParallelism(); }

    @Override
    public StatusCounters counters() { return StatusCounters.register(jsc.sc()); }

    @Override
    public List<ChunkOutcome> apply(List<Long> chunks, int slices, ChunkFunction function, String description,
                                    StatusCounters counters, RunningRows runningRows) {
        jsc.setJobDescription(description);
        RunningTasks running = new RunningTasks(counters.rowsSolvedAccumulator());
        runningRows.from(running::rows);
        jsc.sc().addSparkListener(running);
        try {
            return jsc.parallelize(chunks, slices).mapPartitions(function).collect();
        } finally {
            jsc.sc().removeSparkListener(running);
        }
    }
}
