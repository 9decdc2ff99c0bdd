package org.soretstudy.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.soretstudy.io.CellJson;
import org.soretstudy.sampling.DesignType;
import org.soretstudy.sampling.SaltelliDesign;
import org.soretstudy.sampling.Sampler;
import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.Mode;

/**
 * A validated study spec (contract section 3). {@link #canonicalJson()} is the spec as parsed, rewritten
 * without formatting: it identifies the study for resume, goes into the Parquet footer, and is what executors
 * receive (they parse it again rather than deserialise driver objects).
 *
 * @param samples {@code design.samples} (the base size N for saltelli; 0 for grid)
 * @param sampler row index to parameter values
 */
public record StudySpec(String name, long seed, DesignType design, long samples, JsonNode base, Sampler sampler,
                        AnalysisSpec analysis, String output, String canonicalJson) {

    /** Number of varied parameters. */
    public int dimension() { return sampler.dimension(); }

    /** Rows of the study: N(d+2) for saltelli, the grid's points, else the design's samples. */
    public long rows() { return sampler.size(); }

    /** Rows per Saltelli block (A, B and the d AB rows), 1 for other designs. */
    public int blockRows() { return sampler.blockRows(); }

    /** A builder holding the fixed inputs; reset a per-partition builder to it before setting each point. */
    public CellParameters.Builder baseBuilder() {
        CellParameters.Builder b = CellParameters.builder();
        CellJson.read(base, b);
        return b;
    }

    /** The Saltelli design whose blocks the Sobol indices reassemble, or null for other designs. */
    public SaltelliDesign saltelli() { return sampler.design() instanceof SaltelliDesign s ? s : null; }

    /** Steady or transient: every point of a study has the base's mode (it cannot be varied). */
    public Mode mode() { return baseBuilder().build().mode(); }

    /** Parameter names in column order. */
    public List<String> parameterNames() { return sampler.names(); }
}
