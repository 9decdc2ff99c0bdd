package org.soretstudy.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.soretstudy.io.CellJson;
import org.soretstudy.solver.CellParameters;

/**
 * A validated study spec (contract section 3). {@link #canonicalJson()} is the spec as parsed, rewritten
 * without formatting: it identifies the study for resume and goes into the Parquet footer.
 *
 * @param samples rows for random/lhs/sobol, the base size N for saltelli, the product of the points for grid
 */
public record StudySpec(String name, long seed, DesignType design, long samples, JsonNode base, List<ParameterSpec> parameters,
                        AnalysisSpec analysis, String output, String canonicalJson) implements java.io.Serializable {

    public StudySpec {
        parameters = List.copyOf(parameters);
    }

    /** Number of varied parameters. */
    public int dimension() { return parameters.size(); }

    /** Rows of the study: N(d+2) for saltelli, else the design's samples. */
    public long rows() { return design == DesignType.SALTELLI ? samples * (dimension() + 2) : samples; }

    /** Rows per Saltelli block (A, B and the d AB rows), 1 for other designs. */
    public int blockRows() { return design == DesignType.SALTELLI ? dimension() + 2 : 1; }

    /** A builder holding the fixed inputs; reset a per-partition builder to it before setting each point. */
    public CellParameters.Builder baseBuilder() {
        CellParameters.Builder b = CellParameters.builder();
        CellJson.read(base, b);
        return b;
    }

    /** Parameter names in column order. */
    public List<String> parameterNames() { return parameters.stream().map(ParameterSpec::name).toList(); }
}
