package org.soretstudy.solver.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.soretstudy.solver.properties.GasMixture.LennardJonesSpecies;

/**
 * Chapman-Enskog first approximations against exact limits of the kinetic theory and against measurements.
 *
 * <p>Lennard-Jones parameters (viscosity-derived) of B. E. Poling, J. M. Prausnitz & J. P. O'Connell, <i>The
 * Properties of Gases and Liquids</i>, 5th ed. (2001), Appendix B, from R. A. Svehla, NASA TR R-132 (1962).
 */
class ChapmanEnskogTest {
    static final LennardJonesSpecies HE = new LennardJonesSpecies(4.0026e-3, 2.551e-10, 10.22);
    static final LennardJonesSpecies NE = new LennardJonesSpecies(20.180e-3, 2.820e-10, 32.8);
    static final LennardJonesSpecies AR = new LennardJonesSpecies(39.948e-3, 3.542e-10, 93.3);
    static final LennardJonesSpecies KR = new LennardJonesSpecies(83.798e-3, 3.655e-10, 178.9);
    static final LennardJonesSpecies XE = new LennardJonesSpecies(131.293e-3, 4.047e-10, 231.0);
    static final double ATM = 101325;

    private static double rigidIsotopicRatio(double delta) {
        LennardJonesSpecies a = new LennardJonesSpecies(1 + delta, 3e-10, 100);
        LennardJonesSpecies b = new LennardJonesSpecies(1 - delta, 3e-10, 100);
        return ChapmanEnskog.thermalDiffusionFactor(a, b, 0.5, 300, RigidSpheres.INSTANCE) / delta;
    }

    /**
     * Rigid spheres, isotopes: [alpha_T]_1 = 105/118 (m1 - m2)/(m1 + m2) (Chapman & Cowling). Here
     * (m1 - m2)/(m1 + m2) = delta; at x1 = 1/2 alpha_T/delta is even in delta, so two Richardson steps in delta^2
     * from delta = 3e-3 leave an O(delta^6) error, far below the 1e-12 asked.
     */
    @Test
    void rigidSphereIsotopicLimitIs105Over118() {
        double h = 3e-3;
        double f1 = rigidIsotopicRatio(h);
        double f2 = rigidIsotopicRatio(2 * h);
        double f4 = rigidIsotopicRatio(4 * h);
        double r1 = (4 * f1 - f2) / 3;
        double r2 = (4 * f2 - f4) / 3;
        double limit = (16 * r1 - r2) / 15;
        assertEquals(105.0 / 118.0, limit, 1e-12);
    }

    /** Lennard-Jones isotopes: HCB's isotopic formula (15/2)(2A*+5)(6C*-5)/(A*(16A*-12B*+55)) (m1-m2)/(m1+m2). */
    @ParameterizedTest
    @CsvSource({"0.5", "2.5", "10", "60"})
    void lennardJonesIsotopicLimitIsHirschfelderCurtissBirdFormula(double tStar) {
        CollisionIntegrals o = NeufeldJanzenAziz.INSTANCE;
        double a = o.aStar(tStar);
        double b = o.bStar(tStar);
        double c = o.cStar(tStar);
        double expected = 7.5 * (2 * a + 5) * (6 * c - 5) / (a * (16 * a - 12 * b + 55));
        double delta = 1e-4;
        LennardJonesSpecies heavy = new LennardJonesSpecies(0.040 * (1 + delta), 3.4e-10, 120);
        LennardJonesSpecies light = new LennardJonesSpecies(0.040 * (1 - delta), 3.4e-10, 120);
        double alpha = ChapmanEnskog.thermalDiffusionFactor(heavy, light, 0.5, tStar * 120, o);
        assertEquals(expected, alpha / delta, 1e-6 * Math.abs(expected) + 1e-9);
    }

    /** Swapping the species changes the sign of alpha_T (x1 swapped too) and leaves D12 unchanged. */
    @ParameterizedTest
    @CsvSource({"0.2", "0.5", "0.9"})
    void swappingTheSpeciesFlipsTheSign(double x1) {
        CollisionIntegrals o = NeufeldJanzenAziz.INSTANCE;
        double forward = ChapmanEnskog.thermalDiffusionFactor(HE, XE, x1, 320, o);
        double backward = ChapmanEnskog.thermalDiffusionFactor(XE, HE, 1 - x1, 320, o);
        assertEquals(forward, -backward, 1e-13);
        assertTrue(forward < 0, "light helium goes to the hot side: alpha_T of helium is negative");
        assertEquals(ChapmanEnskog.diffusion(HE, XE, 320, ATM, o), ChapmanEnskog.diffusion(XE, HE, 320, ATM, o), 1e-18);
        // no mass difference, no potential difference: no thermal diffusion
        assertEquals(0, ChapmanEnskog.thermalDiffusionFactor(AR, AR, x1, 320, o), 1e-14);
    }

    /** Rigid spheres: D12 proportional to T^1.5 / p. */
    @Test
    void rigidSphereDiffusionScalesAsTemperatureToThreeHalvesOverPressure() {
        CollisionIntegrals o = RigidSpheres.INSTANCE;
        double d0 = ChapmanEnskog.diffusion(HE, AR, 300, ATM, o);
        assertEquals(d0 * Math.pow(2, 1.5), ChapmanEnskog.diffusion(HE, AR, 600, ATM, o), 1e-14 * d0);
        assertEquals(d0 / 3, ChapmanEnskog.diffusion(HE, AR, 300, 3 * ATM, o), 1e-14 * d0);
    }

    /**
     * Measured D12 of equimolar noble-gas pairs at 293.15 K and 101.325 kPa: T. R. Marrero & E. A. Mason, J.
     * Phys. Chem. Ref. Data 1 (1972) 3, doi:10.1063/1.3253094, as tabulated in the CRC Handbook of Chemistry and
     * Physics, "Diffusion in gases" (Ar-He 0.726, Ar-Ne 0.313, Ar-Kr 0.134, Ar-Xe 0.108 cm^2/s). The first
     * approximation with viscosity-derived LJ parameters is known to be good to a few per cent (HCB section 8.2;
     * the second approximation adds at most ~3 %): asserted within 5 %.
     */
    @ParameterizedTest
    @CsvSource({"He, 0.726", "Ne, 0.313", "Kr, 0.134", "Xe, 0.108"})
    void diffusionCoefficientsOfArgonPairsMatchMarreroMason(String partner, double measuredCm2PerS) {
        LennardJonesSpecies other = switch (partner) {
            case "He" -> HE;
            case "Ne" -> NE;
            case "Kr" -> KR;
            default -> XE;
        };
        double d = ChapmanEnskog.diffusion(AR, other, 293.15, ATM, NeufeldJanzenAziz.INSTANCE);
        assertEquals(measuredCm2PerS * 1e-4, d, 0.05 * measuredCm2PerS * 1e-4);
    }

    /**
     * Measured isotopic thermal diffusion factors ("Isotopic Thermal Diffusion Factors for Helium and Neon at Low
     * Temperatures", swing-separator measurements): 3He-4He alpha_T = 0.0651 +- 0.0010 at 313 K and 20Ne-22Ne
     * 0.0233 +- 0.0020 at 310 K. The same authors find an exp-six potential fits better than Lennard-Jones:
     * helium at T* = 30 is where LJ is poorest, so the first approximation with LJ is asserted within 20 % for
     * helium and 12 % for neon, and to lie above the measurement (LJ's repulsion is too hard at high T*).
     */
    @ParameterizedTest
    @CsvSource({"4.0026e-3, 3.01603e-3, 2.551e-10, 10.22, 313, 0.0651, 0.20",
                "21.9914e-3, 19.9924e-3, 2.820e-10, 32.8, 310, 0.0233, 0.12"})
    void isotopicThermalDiffusionFactorsMatchMeasurements(double m1, double m2, double sigma, double epsilonK, double t,
            double measured, double tolerance) {
        double alpha = ChapmanEnskog.thermalDiffusionFactor(new LennardJonesSpecies(m1, sigma, epsilonK),
                new LennardJonesSpecies(m2, sigma, epsilonK), 0.5, t, NeufeldJanzenAziz.INSTANCE);
        assertEquals(measured, alpha, tolerance * measured);
        assertTrue(alpha > measured);
    }
}
