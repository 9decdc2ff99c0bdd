package org.soretstudy.solver;

import org.soretstudy.solver.internal.CellModel;
import org.soretstudy.solver.internal.ConvectionStability;

/** tau, Rayleigh, separation ratio, Lewis and the convection flag. */
final class DimensionlessNumbers {
    private DimensionlessNumbers() { }

    static void fill(CellParameters p, CellModel m, ConvectionStability stability, ResultBuffer out) { }
}
