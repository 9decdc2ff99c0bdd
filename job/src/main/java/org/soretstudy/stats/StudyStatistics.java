package org.soretstudy.stats;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.soretstudy.solver.Status;

/**
 * The statistics of one chunk of consecutive sample rows, mergeable into the study's summary.json.
 *
 * <p>Per output: {@link Moments} and a {@link QuantileSketch} over the rows with status ok whose value is not
 * null (NaN). Per status: a row count. With Sobol' analysis: a {@link SobolAccumulator} per analysed output
 * and the used/dropped block counts. Each row is given once to {@link #addSample}; in a Saltelli design each
 * complete block is given once more to {@link #addSobolBlock} (or counted by {@link #dropSobolBlock} when a
 * row of it is not ok). A chunk should hold whole blocks; if chunks split blocks the caller must reassemble them.
 *
 * <p>{@code a.merge(b)} gives the statistics of one pass over a's rows then b's: counts exactly, moments and
 * Sobol' indices to rounding, quantiles within the sketch's stated rank error. The driver merges chunk
 * statistics in chunk order, so the summary depends on the chunking of the index space (fixed by the spec)
 * and not on executors or partitions. Not thread-safe; {@link #addSample} and {@link #addSobolBlock} allocate
 * nothing but the sketches' occasional, amortised buffer growth (and one scratch array on the first block).
 */
public final class StudyStatistics implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Status[] STATUSES = Status.values();

    // The configuration is kept in plain fields, not as the StatisticsConfig record: Kryo 4 (Spark's
    // optional serializer) cannot serialise records or immutable lists, and this object travels to the driver.
    private final String[] outputs;
    private final double[] quantiles;
    private final String[] sobolOutputs;
    private final String[] parameters;
    private final int bootstrap;
    private final double confidence;
    private final long seed;
    private final long[] statusCounts = new long[STATUSES.length];
    private final Moments[] moments;
    private final QuantileSketch[] sketches;
    /** Column in the value arrays of each analysed output. */
    private final int[] sobolColumns;
    private final SobolAccumulator[] sobol;
    private long blocksUsed;
    private long blocksDropped;
    private transient double[] abScratch;
    /** The bootstrap weights of the block being added, the same for every Sobol output (see {@link SobolAccumulator#add}). */
    private transient double[] blockWeights;

    /**
     * Empty statistics for chunk {@code chunkIndex}: the index seeds the sketches' coins, so that chunks flip
     * independent coins while the same chunk always flips the same ones.
     */
    public StudyStatistics(StatisticsConfig config, long chunkIndex) {
        outputs = config.outputs().toArray(new String[0]);
        quantiles = config.quantiles().stream().mapToDouble(Double::doubleValue).toArray();
        sobolOutputs = config.sobolOutputs().toArray(new String[0]);
        parameters = config.parameters().toArray(new String[0]);
        bootstrap = config.bootstrap();
        confidence = config.confidence();
        seed = config.seed();
        int n = outputs.length;
        moments = new Moments[n];
        sketches = new QuantileSketch[n];
        long chunkKey = Mix.mix64(config.seed() ^ Mix.mix64(chunkIndex * Mix.GOLDEN + 0x51CE7C4EL));
        for (int i = 0; i < n; i++) {
            moments[i] = new Moments();
            sketches[i] = new QuantileSketch(Mix.mix64(chunkKey + (i + 1L) * Mix.GOLDEN));
        }
        int s = config.sobolOutputs().size();
        sobolColumns = new int[s];
        sobol = new SobolAccumulator[s];
        for (int k = 0; k < s; k++) {
            sobolColumns[k] = config.outputIndex(config.sobolOutputs().get(k));
            sobol[k] = new SobolAccumulator(config.parameters().size(), config.bootstrap(), config.seed());
        }
    }

    /** The configuration these statistics were built with. */
    public StatisticsConfig config() {
        List<Double> qs = new ArrayList<>(quantiles.length);
        for (double q : quantiles) {
            qs.add(q);
        }
        return new StatisticsConfig(List.of(outputs), qs, List.of(sobolOutputs), List.of(parameters), bootstrap,
                confidence, seed);
    }

    /**
     * Counts one row by status; an ok row's {@code values} (indexed like {@link StatisticsConfig#outputs()},
     * NaN for null) enter the moments and sketches. {@code values} may be null for rows that are not ok.
     */
    public void addSample(Status status, double[] values) {
        statusCounts[status.ordinal()]++;
        if (status != Status.OK) {
            return;
        }
        if (values.length != moments.length) {
            throw new IllegalArgumentException("expected " + moments.length + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            moments[i].add(values[i]);
            sketches[i].add(values[i]);
        }
    }

    /**
     * Adds the Saltelli block of base index {@code baseIndex} whose rows are all ok: the A row, the B row and
     * {@code ab[k]} the AB^(k) row (A with column k from B), each indexed like the outputs. A block with a null
     * (NaN) or infinite value in an analysed output is dropped whole and counted as dropped; returns whether
     * the block was used.
     */
    public boolean addSobolBlock(long baseIndex, double[] a, double[] b, double[][] ab) {
        int d = parameters.length;
        if (ab.length != d) {
            throw new IllegalArgumentException("a Saltelli block has " + d + " AB rows, got " + ab.length);
        }
        for (int column : sobolColumns) {
            boolean finite = Double.isFinite(a[column]) && Double.isFinite(b[column]);
            for (double[] row : ab) {
                finite &= Double.isFinite(row[column]);
            }
            if (!finite) {
                blocksDropped++;
                return false;
            }
        }
        double[] abColumn = abScratch;
        if (abColumn == null) {
            abColumn = abScratch = new double[d];
            blockWeights = new double[bootstrap + 1];
        }
        if (sobol.length > 0) {
            sobol[0].weights(baseIndex, blockWeights); // every accumulator's (one study seed)
        }
        for (int k = 0; k < sobol.length; k++) {
            int column = sobolColumns[k];
            for (int j = 0; j < d; j++) {
                abColumn[j] = ab[j][column];
            }
            sobol[k].add(a[column], b[column], abColumn, blockWeights);
        }
        blocksUsed++;
        return true;
    }

    /** Counts a Saltelli block that had a row not ok. */
    public void dropSobolBlock() {
        blocksDropped++;
    }

    /** Folds {@code other} (the chunk after this one's rows) into this; returns this. */
    public StudyStatistics merge(StudyStatistics other) {
        if (!Arrays.equals(outputs, other.outputs) || !Arrays.equals(quantiles, other.quantiles)
                || !Arrays.equals(sobolOutputs, other.sobolOutputs) || !Arrays.equals(parameters, other.parameters)
                || bootstrap != other.bootstrap || confidence != other.confidence || seed != other.seed) {
            throw new IllegalArgumentException("cannot merge statistics of different configurations");
        }
        for (int s = 0; s < statusCounts.length; s++) {
            statusCounts[s] += other.statusCounts[s];
        }
        for (int i = 0; i < moments.length; i++) {
            moments[i].merge(other.moments[i]);
            sketches[i].merge(other.sketches[i]);
        }
        for (int k = 0; k < sobol.length; k++) {
            sobol[k].merge(other.sobol[k]);
        }
        blocksUsed += other.blocksUsed;
        blocksDropped += other.blocksDropped;
        return this;
    }

    public long count(Status status) { return statusCounts[status.ordinal()]; }

    public Moments moments(String output) { return moments[outputIndex(output)]; }

    public QuantileSketch sketch(String output) { return sketches[outputIndex(output)]; }

    private int outputIndex(String output) {
        int i = Arrays.asList(outputs).indexOf(output);
        if (i < 0) {
            throw new IllegalArgumentException("unknown output " + output);
        }
        return i;
    }

    /** Sobol' indices of an analysed output, in parameter order. */
    public List<SobolIndex> sobolIndices(String output) {
        int k = Arrays.asList(sobolOutputs).indexOf(output);
        if (k < 0) {
            throw new IllegalArgumentException("no Sobol analysis of " + output);
        }
        return sobol[k].indices(confidence);
    }

    public long sobolBlocksUsed() { return blocksUsed; }

    public long sobolBlocksDropped() { return blocksDropped; }

    /** The largest stated rank error over the outputs' sketches (confidence {@link QuantileSketch#CONFIDENCE}). */
    public double quantileRankError() {
        double worst = 0.0;
        for (QuantileSketch s : sketches) {
            worst = Math.max(worst, s.rankError());
        }
        return worst;
    }

    /**
     * The summary in the shape of summary.json (contract section 3), with a stable key order: "counts",
     * "statistics", then, with Sobol' analysis, "sobol" and "sobol_blocks", then "quantile_rank_error" and
     * "quantile_rank_error_confidence". Numbers are Long or Double; NaN and infinities become null.
     */
    public Map<String, Object> summary() {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Status s : STATUSES) {
            counts.put(s.key(), statusCounts[s.ordinal()]);
        }
        out.put("counts", counts);

        Map<String, Object> statistics = new LinkedHashMap<>();
        for (int i = 0; i < moments.length; i++) {
            Moments m = moments[i];
            Map<String, Object> stat = new LinkedHashMap<>();
            stat.put("count", m.count());
            stat.put("mean", number(m.mean()));
            stat.put("std", number(m.std()));
            stat.put("min", number(m.min()));
            stat.put("max", number(m.max()));
            double[] values = sketches[i].quantiles(quantiles);
            Map<String, Object> byProbability = new LinkedHashMap<>();
            for (int q = 0; q < quantiles.length; q++) {
                byProbability.put(quantileKey(quantiles[q]), number(values[q]));
            }
            stat.put("quantiles", byProbability);
            statistics.put(outputs[i], stat);
        }
        out.put("statistics", statistics);

        if (sobol.length > 0) {
            Map<String, Object> sobolOut = new LinkedHashMap<>();
            for (int k = 0; k < sobol.length; k++) {
                List<SobolIndex> indices = sobol[k].indices(confidence);
                Map<String, Object> perParameter = new LinkedHashMap<>();
                for (int j = 0; j < indices.size(); j++) {
                    SobolIndex idx = indices.get(j);
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("first", number(idx.first()));
                    entry.put("total", number(idx.total()));
                    entry.put("first_ci", interval(idx.firstCi()));
                    entry.put("total_ci", interval(idx.totalCi()));
                    perParameter.put(parameters[j], entry);
                }
                sobolOut.put(sobolOutputs[k], perParameter);
            }
            out.put("sobol", sobolOut);
            Map<String, Object> blocks = new LinkedHashMap<>();
            blocks.put("used", blocksUsed);
            blocks.put("dropped", blocksDropped);
            out.put("sobol_blocks", blocks);
        }
        out.put("quantile_rank_error", quantileRankError());
        out.put("quantile_rank_error_confidence", QuantileSketch.CONFIDENCE);
        return out;
    }

    /** A probability as the shortest decimal that reads back as the same double: 0.05, 0.5, 0.95, 1. */
    static String quantileKey(double q) {
        return BigDecimal.valueOf(q).stripTrailingZeros().toPlainString();
    }

    private static Double number(double x) {
        return Double.isFinite(x) ? x : null;
    }

    private static List<Double> interval(Interval ci) {
        return new ArrayList<>(Arrays.asList(number(ci.lo()), number(ci.hi())));
    }
}
