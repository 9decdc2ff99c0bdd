package org.soretstudy.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.soretstudy.solver.internal.CellModel;

/**
 * Onsager reciprocity and the second law on the flux-force form (de Groot and Mazur ch. XI). With the forces
 * X_q = d(1/T)/dx and X_1 = -(m/(c T (1-c))) dc/dx (dilute: drop 1-c), the fluxes of physics.md section 2 are
 * J1 = L11 X1 + L1q Xq and Jq = Lq1 X1 + Lqq Xq; reciprocity demands L1q = Lq1, and the second law that the
 * matrix be positive definite exactly when epsilon_D < 1.
 */
class OnsagerSymmetryTest {

    @Test
    void crossCoefficientsAreEqualAndEntropyProductionIsNonNegative() {
        SplittableRandom rng = new SplittableRandom(7);
        CellModel model = new CellModel();
        for (int i = 0; i < 5000; i++) {
            ThermoModel thermo = ThermoModel.values()[1 + rng.nextInt(3)];
            Closure closure = rng.nextBoolean() ? Closure.BINARY : Closure.DILUTE;
            CellParameters p = CellParameters.builder().length(0.01).walls(310, 290).c0(0.5).closure(closure)
                    .diffusion(Math.pow(10, -10 + 6 * rng.nextDouble())).soret((rng.nextDouble() - 0.5) * 0.02)
                    .thermal(1 + 1000 * rng.nextDouble(), 1000, 0.01 + rng.nextDouble()).thermo(thermo)
                    .set(NumericInput.DMU_DC, 1e3 + 1e6 * rng.nextDouble())
                    .set(NumericInput.MOLAR_MASS_1, 0.002 + 0.2 * rng.nextDouble())
                    .set(NumericInput.MOLAR_MASS_2, 0.002 + 0.2 * rng.nextDouble()).build();
            model.load(p);
            double c = 0.05 + 0.9 * rng.nextDouble();
            double t = 250 + 100 * rng.nextDouble();
            double rho = p.density();
            double g = model.g(c);
            double m = model.thermoFactor(c, t);
            double dT = model.thermalDiffusion(t);
            // J1 = -rho D c' - rho D_T g T', with c' = -X1 T g/m and T' = -T^2 Xq
            double l11 = rho * model.diffusion() * t * g / m;
            double l1q = rho * dT * g * t * t;
            // Jq = -lambda T' - K_D c'
            double lq1 = model.dufourCoefficient(c, t) * t * g / m;
            double lqq = p.conductivity() * t * t;
            assertEquals(l1q, lq1, 1e-12 * Math.abs(l1q), "Onsager reciprocity L1q = Lq1 (D'' = D_T)");
            double det = l11 * lqq - l1q * lq1;
            boolean positiveDefinite = l11 > 0 && lqq > 0 && det > 0;
            assertEquals(positiveDefinite, model.dufourRatio(c, t) < 1, "second law iff epsilon_D < 1");
            if (positiveDefinite) {
                double x1 = rng.nextGaussian(), xq = rng.nextGaussian();
                double sigma = l11 * x1 * x1 + (l1q + lq1) * x1 * xq + lqq * xq * xq;
                assertTrue(sigma >= -1e-12 * (Math.abs(l11 * x1 * x1) + Math.abs(lqq * xq * xq)), "entropy production >= 0");
            }
        }
    }
}
