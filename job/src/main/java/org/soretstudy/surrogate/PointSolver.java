package org.soretstudy.surrogate;

import java.util.List;
import org.soretstudy.solver.CellSolver;
import org.soretstudy.solver.CellWorkspace;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.Status;
import org.soretstudy.spec.SpecParser;
import org.soretstudy.spec.StudyPoints;

/**
 * One executor thread's solver of table points: the spec's fixed inputs, one workspace and one builder reused
 * for every point, so a point costs a solve and nothing else. The spec arrives as its canonical JSON and is
 * parsed again here (as the study's chunks do) rather than shipping driver objects. Not thread-safe.
 */
final class PointSolver {
    private final StudyPoints points;
    private final OutputField[] outputs;
    private final CellWorkspace workspace = new CellWorkspace();

    PointSolver(String specJson, List<OutputField> outputs) {
        this.points = new StudyPoints(SpecParser.parse(specJson));
        this.outputs = outputs.toArray(OutputField[]::new);
    }

    /** Solves the cell at {@code point} (one value per axis) into {@code out}, one value per output: NaN unless ok. */
    void solve(double[] point, double[] out) {
        ResultBuffer r = CellSolver.solve(points.inPlace(point), workspace);
        boolean ok = r.status() == Status.OK;
        for (int o = 0; o < outputs.length; o++) {
            out[o] = ok ? r.get(outputs[o]) : Double.NaN;
        }
    }
}
