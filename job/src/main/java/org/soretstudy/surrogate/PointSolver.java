package org.soretstudy.surrogate;

import java.util.List;
import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.CellSolver;
import org.soretstudy.solver.CellWorkspace;
import org.soretstudy.solver.NumericInput;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.Status;
import org.soretstudy.spec.SpecParser;
import org.soretstudy.spec.StudySpec;

/**
 * One executor thread's solver of table points: the spec's fixed inputs, one workspace and one builder reused
 * for every point, so a point costs a solve and nothing else. The spec arrives as its canonical JSON and is
 * parsed again here (as the study's chunks do) rather than shipping driver objects. Not thread-safe.
 */
final class PointSolver {
    private final CellParameters.Builder base;
    private final CellParameters.Builder point = CellParameters.builder();
    private final NumericInput[] inputs;
    private final OutputField[] outputs;
    private final CellWorkspace workspace = new CellWorkspace();

    PointSolver(String specJson, List<OutputField> outputs) {
        StudySpec spec = SpecParser.parse(specJson);
        this.base = spec.baseBuilder();
        this.inputs = spec.parameterNames().stream().map(NumericInput::fromKey).toArray(NumericInput[]::new);
        this.outputs = outputs.toArray(OutputField[]::new);
    }

    /** Solves the cell at {@code point} (one value per axis) into {@code out}, one value per output: NaN unless ok. */
    void solve(double[] point, double[] out) {
        this.point.reset(base);
        for (int j = 0; j < inputs.length; j++) {
            this.point.set(inputs[j], point[j]);
        }
        ResultBuffer r = CellSolver.solve(this.point.build(), workspace);
        boolean ok = r.status() == Status.OK;
        for (int o = 0; o < outputs.length; o++) {
            out[o] = ok ? r.get(outputs[o]) : Double.NaN;
        }
    }
}
