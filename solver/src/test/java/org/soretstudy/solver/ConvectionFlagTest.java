package org.soretstudy.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The convection outputs of a solve, on physics.md's worked example: a THN/nC12 Soret cell of 1 mm and 10 K has
 * psi ~ 0.69 and Le ~ 130, so its onset heated from below is Ra_c ~ 720/(psi Le) ~ 8, far below its Ra ~ 564:
 * it must be heated from above. Inputs are chosen to give those numbers.
 */
class ConvectionFlagTest {
    private static final double L = 1e-3, DT = 10, ST = 9.5e-3, D = 6e-10;
    private static final double RHO = 800, CP = 2000, KAPPA = 130 * D, LAMBDA = KAPPA * RHO * CP;
    private static final double BETA_T = 1e-3, BETA_C = 0.69 / (ST * 0.25) * BETA_T;
    private static final double NU = 9.81 * BETA_T * DT * L * L * L / (564 * KAPPA);

    private static CellResult solve(double gravity) {
        return CellSolver.solve(CellParameters.builder().length(L).walls(303, 293).c0(0.5).diffusion(D).soret(ST)
                .thermal(RHO, CP, LAMBDA).set(NumericInput.GRAVITY, gravity).set(NumericInput.THERMAL_EXPANSION, BETA_T)
                .set(NumericInput.SOLUTAL_EXPANSION, BETA_C).set(NumericInput.VISCOSITY, NU).build());
    }

    @Test
    void thnDodecaneCellMustBeHeatedFromAbove() {
        CellResult below = solve(9.81);
        assertEquals(564, below.get(OutputField.RAYLEIGH), 1e-9 * 564);
        assertEquals(0.69, below.get(OutputField.SEPARATION_RATIO), 1e-12);
        assertEquals(130, below.get(OutputField.LEWIS), 1e-9 * 130);
        assertEquals(Convection.UNSTABLE, below.convection());
        assertEquals(Convection.STABLE, solve(-9.81).convection(), "heated from above with psi > 0 is stable");
        assertEquals(Convection.STABLE, solve(0).convection(), "microgravity");
    }

    @Test
    void withoutConvectionInputsTheFlagIsUnknownAndTheNumbersNull() {
        CellResult r = CellSolver.solve(CellParameters.builder().length(L).walls(303, 293).c0(0.5).diffusion(D).soret(ST).build());
        assertEquals(Convection.UNKNOWN, r.convection());
        assertEquals(Double.NaN, r.get(OutputField.RAYLEIGH));
        assertEquals(Double.NaN, r.get(OutputField.LEWIS));
        assertEquals(Double.NaN, r.get(OutputField.WALL_HEAT_FLUX), "no conductivity, no heat flux");
        assertEquals(L * L / (Math.PI * Math.PI * D), r.get(OutputField.TAU), 1e-15);
    }
}
