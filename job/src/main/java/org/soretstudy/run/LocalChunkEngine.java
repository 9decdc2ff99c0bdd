package org.soretstudy.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;

/**
 * Chunk functions on this JVM's threads, without Spark: for a small study on the embedded default, where starting
 * Spark would cost seconds more than the study. The partitions are the same contiguous slices Spark's
 * {@code parallelize} would make, each run by one thread, so every chunk is solved by the same code with the same
 * workspace reuse; the rows and the summary are those of a Spark run.
 */
public final class LocalChunkEngine implements ChunkEngine {
    /** Studies of at most this many rows run here when no master or Spark setting is given. */
    public static final long MAX_ROWS = 20_000;

    private final int threads;
    private final Configuration conf = new Configuration();

    public LocalChunkEngine(int threads) {
        this.threads = threads;
    }

    /**
     * Whether a study should run here rather than start Spark: no master and no Spark setting given, not under
     * spark-submit (which sets {@code spark.master}), and at most {@link #MAX_ROWS} rows.
     */
    public static boolean suits(String master, List<String> sparkArgs, long rows) {
        return master == null && sparkArgs.isEmpty() && System.getProperty("spark.master") == null && rows <= MAX_ROWS;
    }

    /** One thread per core, as {@code local[*]}. */
    public static LocalChunkEngine forThisMachine() {
        return new LocalChunkEngine(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public Configuration hadoopConf() { return conf; }

    @Override
    public int parallelism() { return threads; }

    @Override
    public StatusCounters counters() { return StatusCounters.local(); }

    @Override
    public List<ChunkOutcome> apply(List<Long> chunks, int slices, ChunkFunction function, String description,
                                    StatusCounters counters, RunningRows runningRows) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, slices)), r -> {
            Thread t = new Thread(r, "soret-study-chunks");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<ChunkOutcome>>> parts = new ArrayList<>();
            int n = chunks.size();
            for (int s = 0; s < slices; s++) {
                // Spark's slicing of a list: [s n / slices, (s + 1) n / slices)
                List<Long> part = chunks.subList((int) ((long) s * n / slices), (int) ((long) (s + 1) * n / slices));
                parts.add(pool.submit(() -> {
                    List<ChunkOutcome> out = new ArrayList<>();
                    function.call(part.iterator()).forEachRemaining(out::add);
                    return out;
                }));
            }
            List<ChunkOutcome> outcomes = new ArrayList<>();
            for (Future<List<ChunkOutcome>> f : parts) {
                outcomes.addAll(f.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
