package org.soretstudy.solver.internal;

import org.soretstudy.solver.ResultBuffer;

/** The non-equilibrium steady state, directly (physics.md section 4). */
public final class SteadyKernel {
    /** Fills the steady outputs; returns false after rejecting {@code out} when it cannot. */
    public boolean solve(CellModel m, ResultBuffer out) {
        throw new UnsupportedOperationException("steady kernel being written");
    }
}
