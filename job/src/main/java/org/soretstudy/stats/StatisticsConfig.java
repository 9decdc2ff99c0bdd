package org.soretstudy.stats;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a study summarises: the numeric outputs (in the order the value arrays use), the quantile
 * probabilities to report, and for Sobol' analysis the analysed outputs, the varied parameters (in design
 * column order), the bootstrap replicate count, the interval confidence and the study seed.
 *
 * @param outputs      names of the numeric outputs, indexing the value arrays given to {@link StudyStatistics}
 * @param quantiles    probabilities reported under "quantiles", each in [0, 1]
 * @param sobolOutputs outputs with Sobol' indices (a subset of {@code outputs}); empty: no Sobol' analysis
 * @param parameters   the Saltelli design's parameters, in the order of the AB^j rows
 * @param bootstrap    bootstrap replicates (>= 1)
 * @param confidence   interval confidence, in (0, 1)
 * @param seed         study seed; drives the bootstrap weights and the sketches' coins
 */
public record StatisticsConfig(List<String> outputs, List<Double> quantiles, List<String> sobolOutputs,
                               List<String> parameters, int bootstrap, double confidence, long seed)
        implements Serializable {

    /** The contract's default quantiles. */
    public static final List<Double> DEFAULT_QUANTILES = List.of(0.05, 0.5, 0.95);
    /** The contract's default interval confidence. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    public StatisticsConfig {
        outputs = List.copyOf(outputs);
        quantiles = List.copyOf(quantiles);
        sobolOutputs = List.copyOf(sobolOutputs);
        parameters = List.copyOf(parameters);
        Set<String> seen = new HashSet<>();
        for (String o : outputs) {
            if (!seen.add(o)) {
                throw new IllegalArgumentException("output listed twice: " + o);
            }
        }
        for (double q : quantiles) {
            if (!(q >= 0.0 && q <= 1.0)) {
                throw new IllegalArgumentException("quantile must be in [0, 1], was " + q);
            }
        }
        for (String o : sobolOutputs) {
            if (!outputs.contains(o)) {
                throw new IllegalArgumentException("Sobol output " + o + " is not among the outputs " + outputs);
            }
        }
        if (!sobolOutputs.isEmpty() && parameters.isEmpty()) {
            throw new IllegalArgumentException("Sobol analysis needs at least one parameter");
        }
        if (bootstrap < 1) {
            throw new IllegalArgumentException("bootstrap must be >= 1, was " + bootstrap);
        }
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
        }
    }

    /** Statistics only (no Sobol' analysis). */
    public static StatisticsConfig of(List<String> outputs, List<Double> quantiles, long seed) {
        return new StatisticsConfig(outputs, quantiles, List.of(), List.of(),
                SobolAccumulator.DEFAULT_REPLICATES, DEFAULT_CONFIDENCE, seed);
    }

    /** True when Sobol' indices are computed. */
    public boolean sobol() {
        return !sobolOutputs.isEmpty();
    }

    /** Index of {@code output} in {@link #outputs()}. */
    public int outputIndex(String output) {
        int i = outputs.indexOf(Objects.requireNonNull(output));
        if (i < 0) {
            throw new IllegalArgumentException("unknown output " + output);
        }
        return i;
    }
}
