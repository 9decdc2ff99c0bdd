package org.soretstudy.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.soretstudy.solver.Status;

class StudyStatisticsTest {

    private static final long SEED = 20261123L;
    private static final int BLOCKS = 1 << 11;
    private static final int ROWS_PER_BLOCK = 5;
    /** Outputs: "separation" = Ishigami f, "tau" = f², null on every 10th row. */
    private static final List<String> OUTPUTS = List.of("separation", "tau");
    private static final List<String> PARAMETERS = List.of("diffusion", "soret", "c0");

    private static StatisticsConfig config() {
        return new StatisticsConfig(OUTPUTS, StatisticsConfig.DEFAULT_QUANTILES, List.of("separation"),
                PARAMETERS, 200, 0.95, SEED);
    }

    /** A fake Saltelli study: block i has rows A, B, AB^1..AB^3; the AB^2 row of every 37th block is rejected. */
    private static final class Study {
        final double[][][] values = new double[BLOCKS][ROWS_PER_BLOCK][];
        final Status[][] status = new Status[BLOCKS][ROWS_PER_BLOCK];

        Study() {
            double[][] ishigami = Ishigami.blocks(BLOCKS, SEED);
            for (int i = 0; i < BLOCKS; i++) {
                for (int r = 0; r < ROWS_PER_BLOCK; r++) {
                    double f = ishigami[i][r];
                    boolean rejected = i % 37 == 0 && r == 3;
                    boolean nullTau = (i * ROWS_PER_BLOCK + r) % 10 == 0;
                    status[i][r] = rejected ? Status.REJECTED : Status.OK;
                    values[i][r] = rejected ? null : new double[] {f, nullTau ? Double.NaN : f * f};
                }
            }
        }

        /** Chunk statistics for blocks [from, to), as a Spark task would build them. */
        StudyStatistics chunk(StatisticsConfig config, long chunkIndex, int from, int to) {
            StudyStatistics stats = new StudyStatistics(config, chunkIndex);
            for (int i = from; i < to; i++) {
                boolean allOk = true;
                for (int r = 0; r < ROWS_PER_BLOCK; r++) {
                    stats.addSample(status[i][r], values[i][r]);
                    allOk &= status[i][r] == Status.OK;
                }
                if (!config.sobol()) {
                    continue;
                }
                if (allOk) {
                    assertTrue(addBlock(stats, i, values[i]));
                } else {
                    stats.dropSobolBlock();
                }
            }
            return stats;
        }

        StudyStatistics chunked(StatisticsConfig config, int chunkBlocks) {
            StudyStatistics total = null;
            long chunkIndex = 0;
            for (int from = 0; from < BLOCKS; from += chunkBlocks) {
                StudyStatistics received = SerialCopy.copy(chunk(config, chunkIndex++, from, Math.min(BLOCKS, from + chunkBlocks)));
                total = total == null ? received : total.merge(received);
            }
            return total;
        }
    }

    @Test
    void summaryHasTheContractShapeAndExactCounts() throws Exception {
        Study study = new Study();
        StudyStatistics stats = study.chunked(config(), 100);
        Map<String, Object> summary = stats.summary();

        assertEquals(List.of("counts", "statistics", "sobol", "sobol_blocks", "quantile_rank_error",
                "quantile_rank_error_confidence"), new ArrayList<>(summary.keySet()));
        long dropped = (BLOCKS + 36) / 37;
        assertEquals(Map.of("ok", BLOCKS * 5L - dropped, "rejected", dropped, "failed", 0L), summary.get("counts"));
        assertEquals(List.of("ok", "rejected", "failed"), new ArrayList<>(((Map<?, ?>) summary.get("counts")).keySet()));
        assertEquals(Map.of("used", BLOCKS - dropped, "dropped", dropped), summary.get("sobol_blocks"));

        Map<?, ?> statistics = (Map<?, ?>) summary.get("statistics");
        assertEquals(OUTPUTS, new ArrayList<>(statistics.keySet()));
        Map<?, ?> tau = (Map<?, ?>) statistics.get("tau");
        assertEquals(List.of("count", "mean", "std", "min", "max", "quantiles"), new ArrayList<>(tau.keySet()));
        assertEquals(List.of("0.05", "0.5", "0.95"), new ArrayList<>(((Map<?, ?>) tau.get("quantiles")).keySet()));

        // Moments against a two-pass computation over the ok rows with a non-null value.
        for (int o = 0; o < OUTPUTS.size(); o++) {
            double[] x = okValues(study, o);
            Map<?, ?> stat = (Map<?, ?>) statistics.get(OUTPUTS.get(o));
            double mean = Arrays.stream(x).sum() / x.length;
            double ss = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
            assertEquals((long) x.length, stat.get("count"));
            assertEquals(mean, (Double) stat.get("mean"), 1e-12 * Math.abs(mean));
            assertEquals(Math.sqrt(ss / (x.length - 1)), (Double) stat.get("std"), 1e-12 * Math.sqrt(ss / x.length));
            assertEquals(Arrays.stream(x).min().getAsDouble(), stat.get("min"));
            assertEquals(Arrays.stream(x).max().getAsDouble(), stat.get("max"));
        }

        Map<?, ?> separation = (Map<?, ?>) ((Map<?, ?>) summary.get("sobol")).get("separation");
        assertEquals(PARAMETERS, new ArrayList<>(separation.keySet()));
        Map<?, ?> soret = (Map<?, ?>) separation.get("soret");
        assertEquals(List.of("first", "total", "first_ci", "total_ci"), new ArrayList<>(soret.keySet()));
        assertEquals(2, ((List<?>) soret.get("first_ci")).size());

        double bound = (Double) summary.get("quantile_rank_error");
        assertTrue(bound > 0.0 && bound <= 0.01, "bound " + bound);
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(summary));
        assertEquals(BLOCKS - dropped, json.at("/sobol_blocks/used").asLong());
        assertTrue(json.at("/statistics/separation/quantiles/0.5").isDouble());
    }

    private static double[] okValues(Study study, int output) {
        return Arrays.stream(study.values).flatMap(Arrays::stream)
                .filter(v -> v != null && !Double.isNaN(v[output])).mapToDouble(v -> v[output]).toArray();
    }

    @Test
    void chunkingChangesNothingBeyondRoundingAndTheSketchBound() {
        Study study = new Study();
        StudyStatistics one = study.chunked(config(), BLOCKS);
        StudyStatistics many = study.chunked(config(), 37);
        for (Status s : Status.values()) {
            assertEquals(one.count(s), many.count(s));
        }
        assertEquals(one.sobolBlocksUsed(), many.sobolBlocksUsed());
        assertEquals(one.sobolBlocksDropped(), many.sobolBlocksDropped());
        for (String output : OUTPUTS) {
            Moments a = one.moments(output);
            Moments b = many.moments(output);
            assertEquals(a.count(), b.count());
            assertEquals(a.mean(), b.mean(), 1e-13 * Math.abs(a.mean()));
            assertEquals(a.std(), b.std(), 1e-12 * a.std());
            assertEquals(a.min(), b.min());
            assertEquals(a.max(), b.max());
            // quantiles may differ between chunkings, but each must be within its bound of the exact rank
            double[] sorted = okValues(study, OUTPUTS.indexOf(output));
            Arrays.sort(sorted);
            for (StudyStatistics s : List.of(one, many)) {
                QuantileSketch sketch = s.sketch(output);
                for (double q : StatisticsConfig.DEFAULT_QUANTILES) {
                    double y = sketch.quantile(q);
                    long below = Arrays.stream(sorted).filter(v -> v < y).count();
                    long atOrBelow = Arrays.stream(sorted).filter(v -> v <= y).count();
                    double miss = Math.max(0, Math.max(below / (double) sorted.length - q, q - atOrBelow / (double) sorted.length));
                    assertTrue(miss <= sketch.rankError(), output + " q=" + q + " miss " + miss);
                }
            }
        }
        List<SobolIndex> a = one.sobolIndices("separation");
        List<SobolIndex> b = many.sobolIndices("separation");
        for (int j = 0; j < a.size(); j++) {
            assertEquals(a.get(j).first(), b.get(j).first(), 1e-12);
            assertEquals(a.get(j).total(), b.get(j).total(), 1e-12);
            assertEquals(a.get(j).firstCi().lo(), b.get(j).firstCi().lo(), 1e-12);
            assertEquals(a.get(j).totalCi().hi(), b.get(j).totalCi().hi(), 1e-12);
        }
    }

    @Test
    void withoutSobolTheSummaryHasNoSobolKeys() {
        StatisticsConfig config = StatisticsConfig.of(OUTPUTS, List.of(0.5), SEED);
        StudyStatistics stats = new Study().chunked(config, 500);
        Map<String, Object> summary = stats.summary();
        assertFalse(summary.containsKey("sobol") || summary.containsKey("sobol_blocks"));
        StudyStatistics empty = new StudyStatistics(config, 0);
        Map<?, ?> tau = (Map<?, ?>) ((Map<?, ?>) empty.summary().get("statistics")).get("tau");
        assertEquals(0L, tau.get("count"));
        assertNull(tau.get("mean"));
        assertNull(((Map<?, ?>) tau.get("quantiles")).get("0.5"));
    }

    @Test
    void blocksWithANullAnalysedOutputAreDropped() {
        StudyStatistics stats = new StudyStatistics(config(), 0);
        double[][] rows = new double[5][];
        for (int r = 0; r < 5; r++) {
            rows[r] = new double[] {r, 1.0};
        }
        rows[2][0] = Double.NaN;
        assertFalse(addBlock(stats, 0, rows));
        assertEquals(1, stats.sobolBlocksDropped());
        assertEquals(0, stats.sobolBlocksUsed());
    }

    @Test
    void quantileKeysAreShortestDecimals() {
        assertEquals("0.05", StudyStatistics.quantileKey(0.05));
        assertEquals("0.5", StudyStatistics.quantileKey(0.5));
        assertEquals("0.95", StudyStatistics.quantileKey(0.95));
        assertEquals("0.001", StudyStatistics.quantileKey(0.001));
        assertEquals("0.0001", StudyStatistics.quantileKey(1e-4));
        assertEquals("0", StudyStatistics.quantileKey(0.0));
        assertEquals("1", StudyStatistics.quantileKey(1.0));
    }

    @Test
    void mismatchedConfigurationsDoNotMerge() {
        StudyStatistics a = new StudyStatistics(config(), 0);
        StudyStatistics b = new StudyStatistics(StatisticsConfig.of(OUTPUTS, List.of(0.5), SEED), 1);
        assertThrows(IllegalArgumentException.class, () -> a.merge(b));
        assertThrows(IllegalArgumentException.class, () -> new StatisticsConfig(OUTPUTS, List.of(1.5), List.of(),
                List.of(), 200, 0.95, SEED));
        assertThrows(IllegalArgumentException.class, () -> new StatisticsConfig(OUTPUTS, List.of(0.5),
                List.of("wall_dt"), PARAMETERS, 200, 0.95, SEED));
    }

    /** Hands a block laid out as {A, B, AB^1..AB^d} to the statistics. */
    static boolean addBlock(StudyStatistics stats, long baseIndex, double[][] rows) {
        return stats.addSobolBlock(baseIndex, rows[0], rows[1], java.util.Arrays.copyOfRange(rows, 2, rows.length));
    }
}
