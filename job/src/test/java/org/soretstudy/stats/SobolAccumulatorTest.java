package org.soretstudy.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SobolAccumulatorTest {

    private static final long SEED = 20261126L;

    @Test
    void ishigamiIndicesLieInTheirIntervals() {
        // At 99.9 % confidence, six intervals all cover with probability >= 99.4 % for a random seed
        // (union bound), so a failure here is a real defect with that false-positive rate.
        double[][] blocks = Ishigami.blocks(1 << 15, SEED);
        SobolAccumulator acc = new SobolAccumulator(3, SEED);
        Blocks.feed(acc, blocks, 0, blocks.length);
        List<SobolIndex> indices = acc.indices(0.999);
        for (int j = 0; j < 3; j++) {
            SobolIndex idx = indices.get(j);
            assertTrue(idx.firstCi().contains(Ishigami.FIRST[j]), "S" + (j + 1) + " " + idx);
            assertTrue(idx.totalCi().contains(Ishigami.TOTAL[j]), "ST" + (j + 1) + " " + idx);
            assertTrue(idx.firstCi().contains(idx.first()) && idx.totalCi().contains(idx.total()), idx.toString());
            assertTrue(idx.firstCi().hi() - idx.firstCi().lo() < 0.1, "S interval too wide: " + idx);
            assertTrue(idx.totalCi().hi() - idx.totalCi().lo() < 0.1, "ST interval too wide: " + idx);
        }
        assertEquals(Ishigami.V, acc.variance(), 0.02 * Ishigami.V);
    }

    @Test
    void bootstrapCoverageIsNearNominal() {
        // 30 independent studies x 6 indices at 90 %: about 18 misses of 180 expected. Treating them as
        // Binomial(180, 0.1), P(misses > 36) ~ 3e-5 and P(misses < 5) ~ 1e-4; the indices of one study are
        // correlated, which widens the spread, so the band is loose: it catches intervals twice too narrow
        // (about 60 misses) or far too wide, not small coverage errors.
        int misses = 0;
        for (int s = 0; s < 30; s++) {
            double[][] blocks = Ishigami.blocks(1 << 12, 1000 + s);
            SobolAccumulator acc = new SobolAccumulator(3, SEED + s);
            Blocks.feed(acc, blocks, 0, blocks.length);
            List<SobolIndex> indices = acc.indices(0.90);
            for (int j = 0; j < 3; j++) {
                misses += indices.get(j).firstCi().contains(Ishigami.FIRST[j]) ? 0 : 1;
                misses += indices.get(j).totalCi().contains(Ishigami.TOTAL[j]) ? 0 : 1;
            }
        }
        assertTrue(misses >= 5 && misses <= 36, "misses " + misses + " of 180 at 90 % confidence");
    }

    /** y = offset + Σ a_j x_j, x_j ~ U(0, w_j): S_j = ST_j = a_j² w_j² / Σ_k a_k² w_k² (no interactions). */
    private static final double[] COEFFICIENTS = {1.0, 2.0, 3.0, 0.0};
    private static final double[] WIDTHS = {1.0, 1.0, 0.5, 3.0};

    private static double[][] linearBlocks(double offset) {
        return Blocks.of(1 << 14, SEED, x -> {
            double y = offset;
            for (int j = 0; j < x.length; j++) {
                y += COEFFICIENTS[j] * x[j];
            }
            return y;
        }, new double[4], WIDTHS);
    }

    @Test
    void linearModelIndicesAreTheVarianceShares() {
        double sum = 0.0;
        for (int j = 0; j < 4; j++) {
            sum += Math.pow(COEFFICIENTS[j] * WIDTHS[j], 2);
        }
        double[][] blocks = linearBlocks(0.0);
        SobolAccumulator acc = new SobolAccumulator(4, SEED);
        Blocks.feed(acc, blocks, 0, blocks.length);
        List<SobolIndex> indices = acc.indices(0.999);
        for (int j = 0; j < 4; j++) {
            double exact = Math.pow(COEFFICIENTS[j] * WIDTHS[j], 2) / sum;
            SobolIndex idx = indices.get(j);
            assertTrue(idx.firstCi().contains(exact), "S" + (j + 1) + "=" + exact + " " + idx);
            assertTrue(idx.totalCi().contains(exact), "ST" + (j + 1) + "=" + exact + " " + idx);
        }
        // A parameter the output ignores: f(AB^4) = f(A) exactly, so both indices and intervals are exactly 0.
        SobolIndex idle = indices.get(3);
        assertEquals(new SobolIndex(0.0, 0.0, new Interval(0.0, 0.0), new Interval(0.0, 0.0)), idle);
    }

    @Test
    void indicesDoNotDependOnAConstantOffsetOfTheOutput() {
        // Centring makes the estimators shift-invariant (the Saltelli 2010 sum on the raw f would move by
        // about offset·mean(f(AB)-f(A))/V, here ~1e3·0.01/1 = 10); the 1e3 offset also costs ~3 digits.
        SobolAccumulator plain = new SobolAccumulator(4, SEED);
        double[][] blocks = linearBlocks(0.0);
        Blocks.feed(plain, blocks, 0, blocks.length);
        SobolAccumulator shifted = new SobolAccumulator(4, SEED);
        double[][] offsetBlocks = linearBlocks(1e3);
        Blocks.feed(shifted, offsetBlocks, 0, offsetBlocks.length);
        assertIndicesClose(plain.indices(0.95), shifted.indices(0.95), 1e-9);
    }

    @Test
    void pointEstimatesAreTheDocumentedFormulas() {
        // Two-pass evaluation of the class comment's formulas: f centred on its mean over A and B, V with
        // divisor 2N, S_j = mean(f_B (f_AB - f_A)) / V, ST_j = mean((f_A - f_AB)^2) / (2V).
        double[][] blocks = Ishigami.blocks(1 << 12, SEED);
        int n = blocks.length;
        double mean = 0.0;
        for (double[] b : blocks) {
            mean += b[0] + b[1];
        }
        mean /= 2 * n;
        double v = 0.0;
        for (double[] b : blocks) {
            v += (b[0] - mean) * (b[0] - mean) + (b[1] - mean) * (b[1] - mean);
        }
        v /= 2 * n;
        SobolAccumulator acc = new SobolAccumulator(3, 5, SEED);
        Blocks.feed(acc, blocks, 0, n);
        assertEquals(v, acc.variance(), 1e-12 * v);
        List<SobolIndex> indices = acc.indices(0.95);
        for (int j = 0; j < 3; j++) {
            double first = 0.0;
            double total = 0.0;
            for (double[] b : blocks) {
                first += (b[1] - mean) * (b[2 + j] - b[0]);
                total += (b[0] - b[2 + j]) * (b[0] - b[2 + j]);
            }
            assertEquals(first / n / v, indices.get(j).first(), 1e-12);
            assertEquals(total / (2 * n) / v, indices.get(j).total(), 1e-12);
        }
    }

    @Test
    void chunkingAndMergeOrderDoNotChangeTheIndices() {
        double[][] blocks = Ishigami.blocks(1 << 13, SEED);
        int n = blocks.length;
        SobolAccumulator onePass = Blocks.chunked(blocks, new int[] {0, n}, 200, SEED);
        int[] equal = new int[9];
        for (int c = 0; c <= 8; c++) {
            equal[c] = n * c / 8;
        }
        SplittableRandom random = new SplittableRandom(3);
        int[] uneven = new int[40];
        for (int c = 1; c < 39; c++) {
            uneven[c] = Math.min(n, uneven[c - 1] + 1 + random.nextInt(2 * n / 38));
        }
        uneven[39] = n;
        int[] tiny = {0, 1, 2, 3, 5, 8, 13, n};
        for (int[] boundaries : new int[][] {equal, uneven, tiny}) {
            SobolAccumulator merged = Blocks.chunked(blocks, boundaries, 200, SEED);
            assertEquals(n, merged.blocks());
            assertIndicesClose(onePass.indices(0.95), merged.indices(0.95), 1e-12);
        }
    }

    private static void assertIndicesClose(List<SobolIndex> expected, List<SobolIndex> actual, double tol) {
        assertEquals(expected.size(), actual.size());
        for (int j = 0; j < expected.size(); j++) {
            SobolIndex e = expected.get(j);
            SobolIndex a = actual.get(j);
            double[] ev = {e.first(), e.total(), e.firstCi().lo(), e.firstCi().hi(), e.totalCi().lo(), e.totalCi().hi()};
            double[] av = {a.first(), a.total(), a.firstCi().lo(), a.firstCi().hi(), a.totalCi().lo(), a.totalCi().hi()};
            for (int i = 0; i < ev.length; i++) {
                assertEquals(ev[i], av[i], tol * Math.max(1.0, Math.abs(ev[i])), "parameter " + j + ": " + e + " vs " + a);
            }
        }
    }

    @Test
    void nonFiniteBlocksAreRefusedAndConstantOutputsGiveNaN() {
        SobolAccumulator acc = new SobolAccumulator(2, 10, SEED);
        assertFalse(acc.add(0, Double.NaN, 1.0, new double[] {1.0, 1.0}));
        assertFalse(acc.add(0, 1.0, 1.0, new double[] {1.0, Double.POSITIVE_INFINITY}));
        assertEquals(0, acc.blocks());
        for (int i = 0; i < 100; i++) {
            assertTrue(acc.add(i, 5.0, 5.0, new double[] {5.0, 5.0}));
        }
        SobolIndex idx = acc.indices(0.95).get(0);
        assertTrue(Double.isNaN(idx.first()) && Double.isNaN(idx.total()) && Double.isNaN(idx.firstCi().lo()));
    }

    @Test
    void poissonWeightsHaveMeanAndVarianceOne() {
        // 1e6 draws: the standard error of the mean is 1e-3 and of the variance ~1.7e-3; 5 sigma bands.
        PoissonWeights weights = new PoissonWeights(SEED);
        double sum = 0.0;
        double sumSq = 0.0;
        int draws = 0;
        for (long unit = 0; unit < 5_000; unit++) {
            long key = weights.unitKey(unit);
            for (int r = 0; r < 200; r++) {
                int w = PoissonWeights.weight(key, r);
                sum += w;
                sumSq += (double) w * w;
                draws++;
            }
        }
        double mean = sum / draws;
        double variance = sumSq / draws - mean * mean;
        assertEquals(1.0, mean, 5e-3);
        assertEquals(1.0, variance, 1e-2);
        assertEquals(PoissonWeights.weight(weights.unitKey(17), 3),
                PoissonWeights.weight(new PoissonWeights(SEED).unitKey(17), 3));
    }

    @Test
    void poissonWeightsAreTheInverseCdfOfPoissonOneAtTheDocumentedUniform() {
        // the definition, written out: u from the top 53 bits of the mixed counter, W the smallest k with u < P(W <= k)
        double[] cdf = new double[20];
        double p = Math.exp(-1.0), sum = 0.0;
        for (int k = 0; k < cdf.length; k++) {
            sum += p;
            cdf[k] = sum;
            p /= k + 1;
        }
        PoissonWeights weights = new PoissonWeights(SEED);
        int[] counts = new int[12];
        int draws = 0;
        for (long unit = 0; unit < 5_000; unit++) {
            long key = weights.unitKey(unit);
            for (int r = 0; r < 200; r++) {
                double u = (Mix.mix64(key + (r + 1L) * Mix.GOLDEN) >>> 11) * 0x1.0p-53;
                int expected = 0;
                while (expected < cdf.length - 1 && !(u < cdf[expected])) {
                    expected++;
                }
                int w = PoissonWeights.weight(key, r);
                assertEquals(expected, w, "unit " + unit + " replicate " + r);
                counts[Math.min(w, counts.length - 1)]++;
                draws++;
            }
        }
        // and the draws follow Poisson(1): each of W = 0..5 within 5 standard errors of e^-1/k!
        double pk = Math.exp(-1.0);
        for (int k = 0; k <= 5; k++) {
            double se = Math.sqrt(draws * pk * (1 - pk));
            assertEquals(draws * pk, counts[k], 5 * se, "W = " + k);
            pk /= k + 1;
        }
        assertTrue(counts[6] + counts[7] + counts[8] > 0, "the draws reach the weights past the first four comparisons");
    }

    @Test
    void aBlocksWeightsFilledInPassesAreEachReplicatesWeight() {
        // the vectorised passes count seven thresholds and leave weights past 6 (one draw in 12,000) to a scalar
        // search: blocks with such weights, and a replicate count that is not a multiple of any vector length
        PoissonWeights weights = new PoissonWeights(SEED);
        for (int replicates : new int[] {1, 7, 200, 1001}) {
            long[] offsets = PoissonWeights.offsets(replicates);
            long[] draws = new long[replicates];
            long[] counts = new long[replicates];
            double[] out = new double[replicates + 3];
            int maxWeight = 0;
            for (long unit = 0; unit < 40_000 / replicates + 50; unit++) {
                long key = weights.unitKey(unit);
                out[0] = -1;
                out[replicates + 2] = -1;
                PoissonWeights.fill(key, out, 2, replicates, offsets, draws, counts);
                for (int r = 0; r < replicates; r++) {
                    int w = PoissonWeights.weight(key, r);
                    assertEquals(w, out[2 + r], "replicates " + replicates + " unit " + unit + " replicate " + r);
                    maxWeight = Math.max(maxWeight, w);
                }
                assertEquals(-1, out[0]); // nothing outside [from, from + count)
                assertEquals(-1, out[replicates + 2]);
            }
            assertTrue(replicates < 200 || maxWeight >= 7, "a weight past the seven vectorised comparisons: " + maxWeight);
        }
    }

    @Test
    void bootstrapIntervalsArePercentilesOfTheReplicatesWeightedSums() {
        // replicate r by the definition: every block weighted by its Poisson weight, the point formulas on the
        // weighted sums (two passes, centred on the weighted mean); the interval: type-7 percentiles of the replicates
        double[][] blocks = Ishigami.blocks(1 << 10, SEED);
        int replicates = 40;
        SobolAccumulator acc = new SobolAccumulator(3, replicates, SEED);
        Blocks.feed(acc, blocks, 0, blocks.length);
        PoissonWeights weights = new PoissonWeights(SEED);
        List<SobolIndex> got = acc.indices(0.9);
        for (int j = 0; j < 3; j++) {
            double[] first = new double[replicates];
            double[] total = new double[replicates];
            for (int r = 0; r < replicates; r++) {
                double wSum = 0, mean = 0;
                for (int i = 0; i < blocks.length; i++) {
                    double w = PoissonWeights.weight(weights.unitKey(i), r);
                    wSum += w;
                    mean += w * (blocks[i][0] + blocks[i][1]);
                }
                mean /= 2 * wSum;
                double v = 0, f = 0, t = 0;
                for (int i = 0; i < blocks.length; i++) {
                    double w = PoissonWeights.weight(weights.unitKey(i), r);
                    double[] b = blocks[i];
                    v += w * ((b[0] - mean) * (b[0] - mean) + (b[1] - mean) * (b[1] - mean));
                    f += w * (b[1] - mean) * (b[2 + j] - b[0]);
                    t += w * (b[0] - b[2 + j]) * (b[0] - b[2 + j]);
                }
                v /= 2 * wSum;
                first[r] = f / wSum / v;
                total[r] = t / (2 * wSum) / v;
            }
            java.util.Arrays.sort(first);
            java.util.Arrays.sort(total);
            SobolIndex idx = got.get(j);
            assertEquals(SobolAccumulator.percentile(first, replicates, 0.05), idx.firstCi().lo(), 1e-12);
            assertEquals(SobolAccumulator.percentile(first, replicates, 0.95), idx.firstCi().hi(), 1e-12);
            assertEquals(SobolAccumulator.percentile(total, replicates, 0.05), idx.totalCi().lo(), 1e-12);
            assertEquals(SobolAccumulator.percentile(total, replicates, 0.95), idx.totalCi().hi(), 1e-12);
        }
    }

    @Test
    void blocksSharingTheirWeightsAddUpAsBlocksDrawingThemThemselves() {
        // a study draws a block's weights once for all its outputs: the sums must be those of add(baseIndex, ...)
        double[][] blocks = Ishigami.blocks(1 << 9, SEED);
        SobolAccumulator drawing = new SobolAccumulator(3, 50, SEED);
        SobolAccumulator sharing = new SobolAccumulator(3, 50, SEED);
        double[] w = new double[51];
        for (int i = 0; i < blocks.length; i++) {
            double[] b = blocks[i];
            double[] ab = {b[2], b[3], b[4]};
            drawing.add(i, b[0], b[1], ab);
            sharing.weights(i, w);
            sharing.add(b[0], b[1], ab, w);
        }
        assertEquals(drawing.indices(0.95), sharing.indices(0.95)); // records: bit for bit (NaN equal to NaN)
    }
}
