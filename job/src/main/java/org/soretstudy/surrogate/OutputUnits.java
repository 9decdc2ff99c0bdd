package org.soretstudy.surrogate;

import org.soretstudy.solver.Closure;
import org.soretstudy.solver.OutputField;

/** The unit of each scalar output, as contract section 2 states it, for {@code table.json}. */
final class OutputUnits {
    private OutputUnits() { }

    /** The unit of {@code f}; compositions are mass fractions (binary) or in c0's unit (dilute). */
    static String of(OutputField f, Closure closure) {
        String composition = closure == Closure.DILUTE ? "as c0" : "mass fraction";
        return switch (f) {
            case SEPARATION, C_HOT, C_COLD -> composition;
            case SORET_EFFECTIVE, SORET_USED -> "1/K";
            case WALL_DT, DUFOUR_DT_MAX -> "K";
            case WALL_HEAT_FLUX -> "W/m²";
            case TAU, T99 -> "s";
            case ENTROPY_PRODUCTION -> "W/(m²·K)";
            case DIFFUSION_USED -> "m²/s";
            case MASS_ERROR, RAYLEIGH, SEPARATION_RATIO, LEWIS -> "1";
        };
    }
}
