package org.soretstudy.spec;

import org.soretstudy.error.UserException;
import org.soretstudy.solver.CellResult;
import org.soretstudy.solver.CellSolver;
import org.soretstudy.solver.ReasonCode;
import org.soretstudy.solver.Status;

/**
 * A spec whose fixed inputs can never be admissible (a missing required input, a negative length in base)
 * would turn every row into {@code rejected}: that is a spec error, caught before any Spark work by solving
 * the study's central point (every parameter at its median). A rejection that names a varied parameter is
 * not: a parameter's range may reach inadmissible values.
 */
public final class CentralPointCheck {
    private CentralPointCheck() { }

    public static void check(StudySpec spec) {
        double[] medians = spec.sampler().parameters().stream().mapToDouble(p -> p.distribution().inverseCdf(0.5)).toArray();
        CellResult r = CellSolver.solve(new StudyPoints(spec).withValues(medians));
        if (r.status() == Status.REJECTED && r.reason().code() != ReasonCode.SECOND_LAW
                && !spec.parameterNames().contains(r.reason().field())) {
            String field = r.reason().field();
            throw new UserException("base." + field, spec.base().has(field) ? spec.base().get(field) : null,
                    r.reason().message() + " (the fixed inputs reject every point of the study)");
        }
    }
}
