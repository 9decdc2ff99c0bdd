package org.soretstudy.solver.internal;

import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.ResultBuffer;

/**
 * The transient kernel: coupled heat and mass equations by conservative finite volumes and an implicit,
 * error-controlled adaptive time stepper. Owns its scratch arrays (grown to the largest cell count seen,
 * then reused): allocation-free after the first solve of a given size. Not thread-safe.
 */
public final class TransientSolver {
    /** The default resolution when the input leaves {@code cells} to the solver. */
    public static final int DEFAULT_CELLS = 64;

    /**
     * Marches {@code p} from t = 0 to the steady state. On entry {@code out} holds the exact steady outputs
     * and {@code model} is loaded (its wall temperatures are the steady ones). Fills separation_at, t99,
     * dufour_dt_max and mass_error, or rejects {@code out} with NOT_CONVERGED.
     */
    public void solve(CellParameters p, CellModel model, ResultBuffer out) {
        throw new UnsupportedOperationException("transient kernel not written yet");
    }
}
