package org.soretstudy.solver;

import org.soretstudy.solver.internal.CellModel;

/** The admissibility rules of physics.md section 6 and the contract's input table. */
final class Admissibility {
    private Admissibility() { }

    static Reason check(CellParameters p) { return p.inputError(); }

    static Reason checkSecondLaw(CellModel m, CellParameters p) { return null; }

    static Reason checkSecondLawSteady(CellModel m, ResultBuffer out) { return null; }
}
