package org.soretstudy.run;

import java.util.Arrays;
import java.util.List;
import org.soretstudy.solver.OutputField;
import org.soretstudy.spec.StudySpec;
import org.soretstudy.stats.StatisticsConfig;

/** The statistics a spec asks for: every numeric scalar output, its quantiles, its Sobol outputs. */
final class StudyStatisticsFactory {
    /** Every scalar output, in {@link OutputField} order (the value arrays are indexed by ordinal). */
    static final List<String> OUTPUTS = Arrays.stream(OutputField.ALL).map(OutputField::key).toList();

    private StudyStatisticsFactory() { }

    static StatisticsConfig config(StudySpec spec) {
        var a = spec.analysis();
        List<String> sobolOutputs = a.sobol() ? a.outputs().stream().map(OutputField::key).toList() : List.of();
        return new StatisticsConfig(OUTPUTS, a.quantiles(), sobolOutputs, a.sobol() ? spec.parameterNames() : List.of(),
                a.bootstrap(), a.confidence(), spec.seed());
    }
}
