package org.soretstudy.spec;

import java.util.List;
import org.soretstudy.solver.OutputField;

/**
 * What the summary computes beyond counts and moments.
 *
 * @param sobol      Sobol indices (saltelli designs)
 * @param quantiles  probabilities in (0, 1)
 * @param outputs    outputs analysed for Sobol indices
 * @param confidence level of the bootstrap intervals
 * @param bootstrap  bootstrap resamples
 */
public record AnalysisSpec(boolean sobol, List<Double> quantiles, List<OutputField> outputs, double confidence, int bootstrap)
        implements java.io.Serializable {
    public AnalysisSpec {
        quantiles = List.copyOf(quantiles);
        outputs = List.copyOf(outputs);
    }
}
