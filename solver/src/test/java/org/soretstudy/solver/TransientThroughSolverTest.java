package org.soretstudy.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The transient kernel behind CellSolver: it approaches the steady kernel's state along the de Groot curve. */
class TransientThroughSolverTest {

    private static CellParameters.Builder liquid() {
        return CellParameters.builder().length(1e-3).walls(303, 293).c0(0.5).diffusion(9.5e-10).soret(3.3e-3)
                .thermal(860, 1700, 0.13).mode(Mode.TRANSIENT);
    }

    /** de Groot: sep(t)/sep_inf = 1 - (8/pi^2) sum exp(-(2k+1)^2 t/tau)/(2k+1)^2 (physics.md 5). */
    static double deGroot(double tOverTau) {
        double sum = 0;
        for (int k = 0; k < 20_000; k++) {
            double n = 2 * k + 1;
            sum += Math.exp(-n * n * tOverTau) / (n * n);
        }
        return 1 - 8 / (Math.PI * Math.PI) * sum;
    }

    @Test
    void followsTheDeGrootSeriesToTheSteadyState() {
        double tau = 1e-6 / (Math.PI * Math.PI * 9.5e-10);
        CellResult r = CellSolver.solve(liquid().times(0.5 * tau, tau, 2 * tau, 30 * tau).build());
        assertTrue(r.isOk(), r::toString);
        double steady = r.get(OutputField.SEPARATION);
        assertEquals(tau, r.get(OutputField.TAU), 1e-9 * tau);
        double[] at = r.separationAt();
        double[] fractions = {0.5, 1, 2};
        for (int i = 0; i < 3; i++) {
            // small separation (S_T dT = 0.033): the constant-coefficient series holds to ~1e-4 of the steady value
            assertEquals(deGroot(fractions[i]) * steady, at[i], 2e-4 * steady, "t = " + fractions[i] + " tau");
        }
        assertEquals(steady, at[3], 1e-4 * steady, "the transient reaches the exact steady separation");
        assertEquals(Math.log(800 / (Math.PI * Math.PI)), r.get(OutputField.T99) / tau, 5e-3, "t99 ~ tau ln(800/pi^2)");
        assertEquals(0.0, r.get(OutputField.DUFOUR_DT_MAX), 0.0, "no Dufour, no temperature bump");
        assertTrue(r.get(OutputField.MASS_ERROR) < 1e-13, r::toString);
    }

    @Test
    void dufourBumpIsSmallInALiquidSoretCell() {
        CellResult r = CellSolver.solve(liquid().thermo(ThermoModel.IDEAL).set(NumericInput.MOLAR_MASS_1, 0.1322)
                .set(NumericInput.MOLAR_MASS_2, 0.1342).times(1000).build());
        assertTrue(r.isOk(), r::toString);
        // physics.md 5: ~0.1-0.3 mK in the Fontainebleau liquids; a kelvin-scale bump would be a units error
        double bump = r.get(OutputField.DUFOUR_DT_MAX);
        assertTrue(bump > 1e-6 && bump < 1e-2, "dufour_dt_max = " + bump + " K");
        assertTrue(r.get(OutputField.WALL_HEAT_FLUX) < 0.13 * 10 / 1e-3, "Dufour lowers the steady heat flux");
    }
}
