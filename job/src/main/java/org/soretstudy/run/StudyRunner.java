package org.soretstudy.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.soretstudy.error.UserException;
import org.soretstudy.io.OutputFolder;
import org.soretstudy.io.Versions;
import org.soretstudy.spec.SpecParser;
import org.soretstudy.spec.StudySpec;
import org.soretstudy.stats.StudyStatistics;

/**
 * The driver of a study. It receives a Spark session it does not own (so tests share one and the command line
 * stops it), plans the chunks, skips the committed ones, fans the rest out with {@code mapPartitions}, merges
 * the per-chunk statistics in chunk order and writes {@code summary.json}.
 */
public final class StudyRunner {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ChunkEngine engine;

    /** A runner on a Spark session the caller owns. */
    public StudyRunner(SparkSession spark) {
        this(new SparkChunkEngine(spark));
    }

    /** A runner on any engine (a {@link LocalChunkEngine} runs a small study without Spark). */
    public StudyRunner(ChunkEngine engine) {
        this.engine = engine;
    }

    public RunReport run(StudySpec spec, RunOptions options) throws IOException {
        StudyPlan plan = StudyPlan.of(spec);
        Configuration hconf = engine.hadoopConf();
        OutputFolder folder = new OutputFolder(spec.output(), hconf);
        folder.requireWritable();
        switch (folder.inspect(spec.canonicalJson())) {
            case OTHER -> {
                if (!options.overwrite()) {
                    throw new UserException("output", folder.uri().toString(), "the folder holds another study (or other files);"
                            + " choose another output, or pass --overwrite to replace it");
                }
                folder.clear();
                folder.writeManifest(spec.canonicalJson(), plan.rows(), plan.chunkRows(), Versions.soretStudy());
            }
            case EMPTY -> folder.writeManifest(spec.canonicalJson(), plan.rows(), plan.chunkRows(), Versions.soretStudy());
            case SAME_SPEC -> { } // resume: keep every committed chunk untouched
        }
        TreeSet<Long> committed = new TreeSet<>();
        for (long c : folder.committedChunks()) {
            committed.add(c);
        }
        List<Long> missing = new ArrayList<>();
        for (long c = 0; c < plan.chunks(); c++) {
            if (!committed.contains(c)) {
                missing.add(c);
            }
        }
        long keptRows = committed.stream().mapToLong(c -> plan.end(c) - plan.start(c)).sum();
        if (missing.isEmpty() && folder.hasSummary()) {
            options.console().println("[soret-study] " + folder.uri() + " already holds the finished study: left as it is");
            // counts from the summary it wrote: a finished study is not read again
            var counts = folder.readSummary().path("counts");
            return new RunReport(folder.uri(), plan.rows(), 0, keptRows, 0, 0, engine.parallelism(),
                    counts.path("ok").asLong(), counts.path("rejected").asLong(), counts.path("failed").asLong());
        }
        folder.deleteTemp(); // leftovers of killed attempts; never read
        options.console().printf("[soret-study] %s: %s design, %,d rows in %,d chunks of %,d; %,d chunks to solve%s; output %s%n",
                spec.name(), spec.design().specName(), plan.rows(), plan.chunks(), plan.chunkRows(), missing.size(),
                committed.isEmpty() ? "" : " (" + committed.size() + " committed before, kept)", folder.uri());

        StatusCounters counters = engine.counters();
        Map<String, String> footer = footer(spec, plan);
        List<ChunkOutcome> outcomes = new ArrayList<>();
        long start = System.nanoTime();
        if (!missing.isEmpty()) {
            int slices = options.partitions() == null ? missing.size() : Math.min(options.partitions(), missing.size());
            SolveChunks task = new SolveChunks(spec.canonicalJson(), plan, folder.uri(), hadoopConf(hconf), footer, counters);
            ChunkEngine.RunningRows running = new ChunkEngine.RunningRows();
            try (Progress progress = new Progress(options.console(), plan.rows(), keptRows, counters, running,
                    options.progressMillis())) {
                outcomes.addAll(engine.apply(missing, slices, task, "soret-study " + spec.name() + ": solve " + missing.size()
                        + " chunks", counters, running));
                progress.print();
            }
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        folder.deleteTemp(); // every task has ended: nothing is writing there
        if (!committed.isEmpty()) {
            outcomes.addAll(readBack(spec, plan, folder, new ArrayList<>(committed)));
        }
        double taskSeconds = outcomes.stream().mapToLong(ChunkOutcome::solveNanos).sum() * 1e-9;
        StudyStatistics total = merge(outcomes);
        writeSummary(folder, spec, plan, total);
        return RunReport.of(folder.uri(), plan.rows(), plan.rows() - keptRows, keptRows, seconds, taskSeconds,
                engine.parallelism(), total);
    }

    /** Recomputes summary.json of an output folder from its committed chunks. */
    public RunReport summarize(String output) throws IOException {
        Configuration hconf = engine.hadoopConf();
        OutputFolder folder = new OutputFolder(output, hconf);
        StudySpec spec;
        try {
            spec = SpecParser.parse(folder.manifestSpec());
        } catch (java.io.FileNotFoundException e) {
            throw new UserException("OUT", output, "not a study output folder (" + e.getMessage() + ")");
        }
        StudyPlan plan = StudyPlan.of(spec);
        List<Long> committed = new ArrayList<>();
        for (long c : folder.committedChunks()) {
            committed.add(c);
        }
        long start = System.nanoTime();
        StudyStatistics total = merge(readBack(spec, plan, folder, committed));
        long rows = committed.stream().mapToLong(c -> plan.end(c) - plan.start(c)).sum();
        if (committed.size() < plan.chunks()) {
            System.err.printf("[soret-study] warning: %d of %d chunks committed; the summary covers %,d of %,d rows (run the spec again to finish)%n",
                    committed.size(), plan.chunks(), rows, plan.rows());
        }
        writeSummary(folder, spec, plan, total);
        return RunReport.of(folder.uri(), plan.rows(), 0, rows, (System.nanoTime() - start) * 1e-9, 0, engine.parallelism(),
                total);
    }

    private List<ChunkOutcome> readBack(StudySpec spec, StudyPlan plan, OutputFolder folder, List<Long> chunks) {
        if (chunks.isEmpty()) {
            return List.of();
        }
        ReadChunks task = new ReadChunks(spec.canonicalJson(), plan, folder.uri(), hadoopConf(folder.conf()));
        int slices = Math.min(chunks.size(), Math.max(1, engine.parallelism() * 4));
        return engine.apply(chunks, slices, task, "soret-study " + spec.name() + ": read back " + chunks.size() + " chunks",
                engine.counters(), new ChunkEngine.RunningRows());
    }

    /** Merges per-chunk statistics in chunk order: the result does not depend on partitions or executors. */
    static StudyStatistics merge(List<ChunkOutcome> outcomes) {
        List<ChunkOutcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparingLong(ChunkOutcome::chunk));
        StudyStatistics total = null;
        for (ChunkOutcome o : sorted) {
            total = total == null ? o.statistics() : total.merge(o.statistics());
        }
        return total;
    }

    private void writeSummary(OutputFolder folder, StudySpec spec, StudyPlan plan, StudyStatistics total) throws IOException {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("study", spec.name());
        summary.put("rows", plan.rows());
        summary.putAll(total.summary());
        folder.writeSummary(JSON.writeValueAsBytes(summary));
    }

    /** Provenance in every chunk's footer: identical for every attempt at a chunk (no timestamps). */
    private Map<String, String> footer(StudySpec spec, StudyPlan plan) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("soret_study.spec", spec.canonicalJson());
        m.put("soret_study.seed", Long.toString(spec.seed()));
        m.put("soret_study.design", spec.design().specName());
        m.put("soret_study.sampler", spec.sampler().algorithm());
        m.putAll(spec.sampler().provenance()); // generator, library, direction numbers, scheme version
        m.put("soret_study.chunk_rows", Long.toString(plan.chunkRows()));
        m.put("soret_study.version", Versions.soretStudy());
        m.put("spark.version", org.apache.spark.package$.MODULE$.SPARK_VERSION()); // the same with or without a session
        m.put("java.version", System.getProperty("java.version"));
        return m;
    }

    /** The Hadoop settings travel to the executors as plain strings (Configuration is not Serializable). */
    private static Map<String, String> hadoopConf(Configuration conf) {
        Map<String, String> m = new HashMap<>();
        for (Map.Entry<String, String> e : conf) {
            m.put(e.getKey(), e.getValue());
        }
        return m;
    }
}
