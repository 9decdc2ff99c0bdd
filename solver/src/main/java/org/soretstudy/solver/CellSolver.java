package org.soretstudy.solver;

/**
 * Solves one 1D Soret/Dufour cell (contract section 2, physics.md). Never throws for a bad point and never
 * returns NaN in an {@code ok} result: an inadmissible input is {@code rejected}, a solve that misses its
 * tolerance is {@code failed}.
 *
 * <p>{@link #solve(CellInputs)} is the convenient form; executors use {@link #solve(CellInputs, CellWorkspace)},
 * which allocates nothing, on a {@link CellParameters.Builder} that each sample sets (no record per point).
 */
public final class CellSolver {
    private CellSolver() { }

    /** Solves with a fresh workspace and returns an immutable result. */
    public static CellResult solve(CellInputs p) {
        return solve(p, new CellWorkspace()).snapshot();
    }

    /** Solves into the workspace's buffer and returns it (valid until the next solve with {@code ws}). */
    public static ResultBuffer solve(CellInputs given, CellWorkspace ws) {
        ResultBuffer out = ws.result;
        out.clear();
        try {
            Reason bad = TransportResolution.problem(given);
            if (bad != null) {
                out.reject(bad);
                return out;
            }
            CellInputs p = TransportResolution.resolve(given); // a gas becomes its D, S_T and c0
            bad = Admissibility.check(p);
            if (bad != null) {
                out.reject(bad);
                return out;
            }
            ws.model.load(p);
            Reason second = Admissibility.checkSecondLaw(ws.model, p);
            if (second != null) {
                out.reject(second);
                return out;
            }
            if (!ws.steady.solve(ws.model, out)) {
                return out;
            }
            second = Admissibility.checkSecondLawSteady(ws.model, out);
            if (second != null) {
                out.reject(second);
                return out;
            }
            DimensionlessNumbers.fill(p, ws.model, ws.convection, out);
            if (p.mode() == Mode.TRANSIENT) {
                ws.transient_.solve(p, ws.model, out);
                if (out.status() != Status.OK) {
                    return out;
                }
            }
            requireFinite(out);
        } catch (RuntimeException e) {
            // A bug must not kill a study: the point fails with the cause, the next one is solved as usual.
            out.reject(ReasonCode.NON_FINITE_RESULT, "mode", "solver error: " + e);
        }
        return out;
    }

    /** An ok result holds no NaN where an output applies: outputs are either finite or deliberately null. */
    private static void requireFinite(ResultBuffer out) {
        for (OutputField f : OutputField.ALL) {
            if (Double.isInfinite(out.get(f))) {
                out.reject(ReasonCode.NON_FINITE_RESULT, "mode", f.key() + " is not finite");
                return;
            }
        }
        for (int i = 0; i < out.separationAtCount(); i++) {
            if (!Double.isFinite(out.separationAt(i))) {
                out.reject(ReasonCode.NON_FINITE_RESULT, "times", "separation_at[" + i + "] is not finite");
                return;
            }
        }
    }
}
