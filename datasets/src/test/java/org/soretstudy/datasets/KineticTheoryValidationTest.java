package org.soretstudy.datasets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.soretstudy.solver.properties.ChapmanEnskog;
import org.soretstudy.solver.properties.NeufeldJanzenAziz;

/**
 * The Chapman-Enskog first approximations with the curated Lennard-Jones parameters against every curated
 * measurement: D12 within 5 % (a few per cent is the known accuracy of [D12]_1 with viscosity-derived LJ
 * parameters, HCB section 8.2); alpha_T with the right sign and within 35 %: with a Lennard-Jones potential of
 * viscosity-derived parameters the first approximation is 10-30 % from the isotope measurements (the source of
 * those finds an exp-six potential fits them better), worst for neon at 136 K. Below a pair reduced temperature
 * T* = kT/epsilon of 2 the Lennard-Jones 12-6 alpha_T is known to be wrong by far more (the argon isotope source,
 * J. Chem. Phys. 39 (1963) 3053, finds the 12-6 model cannot follow its temperature variation; at T* = 1.4 its
 * alpha_0 is 0.068): such rows are printed and must keep the measured sign, but are not held to 35 %.
 * Prints the comparison table.
 */
class KineticTheoryValidationTest {
    @Test
    void everyMeasurementWithinTheKnownAccuracy() {
        StringBuilder table = new StringBuilder("| quantity | pair | T (K) | T* | computed | measured | difference |\n|---|---|---|---|---|---|---|\n");
        for (Measurement m : CuratedData.load().measurements()) {
            var a = m.species().get(0).lennardJones();
            var b = m.species().get(1).lennardJones();
            double x1 = Double.isNaN(m.x1()) ? 0.5 : m.x1();
            boolean diffusion = m.quantity().equals("diffusion");
            double computed = diffusion
                    ? ChapmanEnskog.diffusion(a, b, m.temperature(), m.pressure(), NeufeldJanzenAziz.INSTANCE)
                    : ChapmanEnskog.thermalDiffusionFactor(a, b, x1, m.temperature(), NeufeldJanzenAziz.INSTANCE);
            double difference = (computed - m.value()) / m.value();
            double reducedT = ChapmanEnskog.pairReducedTemperature(a, b, m.temperature());
            table.append(String.format("| %s | %s-%s | %.2f | %.2f | %.4g | %.4g | %+.1f %% |%n", diffusion ? "D12 (m^2/s)" : "alpha_T",
                    m.species().get(0).name(), m.species().get(1).name(), m.temperature(), reducedT, computed, m.value(), 100 * difference));
            assertTrue(Math.signum(computed) == Math.signum(m.value()), table::toString);
            if (diffusion || reducedT >= 2) {
                assertTrue(Math.abs(difference) < (diffusion ? 0.05 : 0.35), table::toString);
            }
        }
        System.out.print(table);
    }
}
