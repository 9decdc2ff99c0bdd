package org.soretstudy.io;

import java.io.IOException;

import org.soretstudy.solver.CellResult;
import org.soretstudy.solver.CellWorkspace;
import org.soretstudy.solver.Convection;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ReasonCode;
import org.soretstudy.solver.ResultBuffer;

/**
 * Deterministic test rows covering every shape a row can take: steady ok (transient outputs null), transient
 * ok with a null element in {@code separation_at}, transient ok with no report times (empty list), rejected
 * and failed (every output null, a reason).
 */
final class StudyRows {
    static final StudySchema SCHEMA = StudySchema.of(java.util.List.of("diffusion", "soret", "c0"));

    private final ResultBuffer buffer = new CellWorkspace().result();
    private final double[] params = new double[3];

    /** Fills the reused buffer and parameters for {@code id}. */
    ResultBuffer fill(long id) {
        params[0] = 9.5e-10 * (1 + 1e-3 * id);
        params[1] = 2.5e-3 + 1e-9 * id;
        params[2] = 0.45 + 1e-7 * id;
        ResultBuffer b = buffer;
        b.clear();
        switch ((int) (id % 5)) {
            case 0 -> {
                steady(b, id);
                b.setConvection(Convection.STABLE);
            }
            case 1 -> {
                steady(b, id);
                b.startSeparationAt(0);
                b.set(OutputField.T99, 1e4 + id);
                b.setConvection(Convection.UNSTABLE);
            }
            case 2 -> {
                steady(b, id);
                b.startSeparationAt(3);
                b.setSeparationAt(0, 1e-4 * id);
                b.setSeparationAt(1, Double.NaN); // stays null in the file
                b.setSeparationAt(2, 3e-4 * id);
                b.set(OutputField.T99, 2e4 + id);
                b.set(OutputField.DUFOUR_DT_MAX, 0.0);
            }
            case 3 -> b.reject(ReasonCode.OUT_OF_RANGE, "c0", "c0 = " + params[2] + " is outside [0, 1] (é)");
            default -> b.reject(ReasonCode.NOT_CONVERGED, "cells", "no convergence after 50 iterations");
        }
        return b;
    }

    double[] params() { return params; }

    /** What a reader must give back for {@code id}. */
    CellResult expected(long id) { return fill(id).snapshot(); }

    double[] expectedParams(long id) {
        fill(id);
        return params.clone();
    }

    /** Writes rows {@code from} (inclusive) to {@code to} (exclusive). */
    void writeRange(RowSink sink, long from, long to) throws IOException {
        for (long id = from; id < to; id++) {
            sink.write(id, params, fill(id));
        }
    }

    private static void steady(ResultBuffer b, long id) {
        double sep = 1.2e-3 + 1e-9 * id;
        b.set(OutputField.SEPARATION, sep);
        b.set(OutputField.C_HOT, 0.5 - sep / 2);
        b.set(OutputField.C_COLD, 0.5 + sep / 2);
        b.set(OutputField.SORET_EFFECTIVE, 3e-3);
        b.set(OutputField.WALL_DT, 1.0);
        b.set(OutputField.TAU, 10.66 + id);
        b.set(OutputField.MASS_ERROR, 1e-15);
        b.set(OutputField.DIFFUSION_USED, 9.5e-10);
        b.set(OutputField.SORET_USED, 3e-3);
        // wall_heat_flux, entropy_production, rayleigh, separation_ratio, lewis: not given, null
    }
}
