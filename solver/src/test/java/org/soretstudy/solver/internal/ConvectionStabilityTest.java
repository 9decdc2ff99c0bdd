package org.soretstudy.solver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.soretstudy.solver.Convection;

/**
 * Onset of Soret-driven convection in a layer with rigid impermeable walls: published onsets (physics.md
 * section 8: Reid &amp; Harris 1958 for the pure fluid, Knobloch &amp; Moore 1988 for the long-wave regime,
 * Lücke and co-workers for psi < 0), the exact long-wave value, and the fast classification against the
 * eigenproblem.
 */
class ConvectionStabilityTest {
    private final ConvectionStability stability = new ConvectionStability();

    private static void assertRelative(double expected, double actual, double tol, String what) {
        assertEquals(expected, actual, tol * Math.abs(expected), what);
    }

    private OnsetSearch.Onset below(double psi, double le, double pr) { return stability.onset(1.0, psi, le, pr); }

    @Test
    void pureFluidOnsetIsReidHarris() {
        OnsetSearch.Onset o = below(0.0, 100, 10);
        assertRelative(1707.76, o.rayleigh(), 0.005, "Ra_c");
        assertRelative(3.116, o.wavenumber(), 0.01, "k_c");
        assertFalse(o.oscillatory());
        // pure-fluid onset does not depend on Pr or Le
        assertRelative(1707.76, below(0.0, 1, 0.7).rayleigh(), 1e-4, "Ra_c(Le=1, Pr=0.7)");
    }

    @Test
    void smallPositivePsiHasFiniteWavenumberStationaryOnset() {
        OnsetSearch.Onset o = below(0.02, 100, 10);
        assertRelative(348.0, o.rayleigh(), 0.005, "Ra_c");
        assertRelative(1.48, o.wavenumber(), 0.01, "k_c");
        assertFalse(o.oscillatory());
        assertTrue(o.rayleigh() < 720.0 / (0.02 * 100), "below the long-wave value");
    }

    @Test
    void negativePsiHasHopfOnsetAbovePureFluid() {
        OnsetSearch.Onset o = below(-0.25, 100, 10);
        assertRelative(2279.5, o.rayleigh(), 0.005, "Ra_osc");
        assertRelative(3.135, o.wavenumber(), 0.01, "k_osc");
        assertRelative(11.21, o.frequency(), 0.01, "omega_H");
        OnsetSearch.Onset weak = below(-0.08, 100, 10);
        assertRelative(1872.6, weak.rayleigh(), 0.005, "Ra_osc(psi=-0.08)");
        assertTrue(weak.oscillatory());
    }

    @Test
    void hopfBoundsBracketTheReferenceOnsets() {
        for (double[] c : new double[][] {{-0.25, 2279.5}, {-0.08, 1872.6}}) {
            for (boolean liquid : new boolean[] {true, false}) {
                assertTrue(ConvectionStability.hopfLower(c[0], liquid) <= c[1], "lower, psi=" + c[0]);
                assertTrue(ConvectionStability.hopfUpper(c[0], liquid) >= c[1], "upper, psi=" + c[0]);
            }
        }
        // psi > 0 stationary band: m = min(Dirichlet-H value 1707.76/(1+psi+psi Le), long-wave value 720/(psi Le))
        double m = Math.min(1707.76 / (1 + 0.02 + 0.02 * 100), 720.0 / (0.02 * 100));
        assertTrue(348.0 <= m && 348.0 >= ConvectionStability.STATIONARY_LOWER * m);
    }

    @Test
    void longWaveOnsetIsExactAbovePsiL() {
        double le = 100;
        double psiL = ConvectionStability.longWaveThreshold(le);
        assertRelative(0.040, psiL, 0.01, "psi_l(Le=100)");
        // above psi_l the onset is the k -> 0 value 720/(psi Le)
        for (double psi : new double[] {1.1 * psiL, 0.1, 0.69}) {
            OnsetSearch.Onset o = below(psi, le, 10);
            assertRelative(720.0 / (psi * le), o.rayleigh(), 1e-4, "Ra_c(psi=" + psi + ")");
            assertEquals(0.0, o.wavenumber(), "long-wave onset at psi=" + psi);
        }
        // below psi_l a finite-k mode sets in first
        OnsetSearch.Onset o = below(0.9 * psiL, le, 10);
        assertTrue(o.wavenumber() > 0.1, "finite k below psi_l");
        assertTrue(o.rayleigh() < 720.0 / (0.9 * psiL * le), "below the long-wave value");
        // the marginal curve tends to the long-wave value as k -> 0
        OnsetSearch search = new OnsetSearch();
        assertRelative(720.0 / (0.1 * le), search.marginal(1.0, 0.05, 0.1, le, 10, 7.0), 0.01, "Ra(k=0.05)");
    }

    @Test
    void thnDodecaneNeedsHeatingFromAbove() {
        OnsetSearch.Onset o = below(0.69, 130, 10);
        assertRelative(720.0 / (0.69 * 130), o.rayleigh(), 1e-4, "Ra_c");
        assertEquals(8.0, o.rayleigh(), 0.1);
        assertEquals(Convection.UNSTABLE, stability.classify(564, 0.69, 130, 10));
        assertEquals(Convection.STABLE, stability.classify(-564, 0.69, 130, 10));
    }

    @Test
    void heatedFromAboveNegativePsiIsLongWaveUnstable() {
        OnsetSearch.Onset o = stability.onset(-1.0, -0.5, 100, 10);
        assertRelative(14.4, o.rayleigh(), 1e-4, "|Ra_c| heated from above");
        assertEquals(0.0, o.wavenumber());
        assertEquals(Convection.STABLE, stability.classify(-0.9 * 14.4, -0.5, 100, 10));
        assertEquals(Convection.UNSTABLE, stability.classify(-1.1 * 14.4, -0.5, 100, 10));
    }

    @Test
    void heatedFromAboveNonNegativePsiIsStable() {
        for (double psi : new double[] {0.0, 0.02, 0.69, 10}) {
            assertEquals(Convection.STABLE, stability.classify(-1e7, psi, 100, 10), "psi=" + psi);
            for (double ra : new double[] {-1e2, -1e4, -1e6}) {
                assertFalse(stability.grows(ra, psi, 100, 10), "no growing mode, psi=" + psi + " Ra=" + ra);
            }
        }
    }

    @Test
    void noGravityIsStableAndBadInputUnknown() {
        assertEquals(Convection.STABLE, stability.classify(0.0, 0.69, 130, 10));
        assertEquals(Convection.STABLE, stability.classify(-0.0, -0.5, 100, 10));
        assertEquals(Convection.UNKNOWN, stability.classify(Double.NaN, 0.1, 100, 10));
        assertEquals(Convection.UNKNOWN, stability.classify(100, 0.1, 0, 10));
        assertEquals(Convection.UNKNOWN, stability.classify(100, 0.1, 100, Double.NaN));
    }

    @Test
    void classifiesBothSidesOfEachReferenceOnset() {
        double[][] cases = { // signed Ra_c, psi, Le, Pr
            {1707.76, 0.0, 100, 10}, {348.0, 0.02, 100, 10}, {2279.5, -0.25, 100, 10}, {1872.6, -0.08, 100, 10},
            {-14.4, -0.5, 100, 10}, {720.0 / (0.69 * 130), 0.69, 130, 10}, {720.0 / 5.0, 0.05, 100, 10},
        };
        for (double[] c : cases) {
            String at = "Ra_c=" + c[0] + " psi=" + c[1];
            assertEquals(Convection.STABLE, stability.classify(0.9 * c[0], c[1], c[2], c[3]), at);
            assertEquals(Convection.UNSTABLE, stability.classify(1.1 * c[0], c[1], c[2], c[3]), at);
            // the eigen path alone gives the same answers
            assertFalse(stability.grows(0.9 * c[0], c[1], c[2], c[3]), at);
            assertTrue(stability.grows(1.1 * c[0], c[1], c[2], c[3]), at);
        }
    }

    @Test
    void fastPathAgreesWithEigenproblemAwayFromThreshold() {
        double[][] grid = { // psi, Le, Pr, direction
            {0.001, 100, 10, 1}, {0.01, 30, 7, 1}, {0.3, 1, 0.7, 1}, {3, 0.3, 0.7, 1}, {0.2, 5, 1, 1},
            {-0.01, 10, 0.7, 1}, {-0.1, 1000, 10, 1}, {-0.5, 2, 0.1, 1}, {-0.7, 100, 100, 1},
            {-0.2, 10, 7, -1}, {-3, 0.5, 1, -1}, {-1.5, 2, 10, -1},
        };
        for (double[] g : grid) {
            double rc = g[3] * stability.onset(g[3], g[0], g[1], g[2]).rayleigh();
            String at = "psi=" + g[0] + " Le=" + g[1] + " Pr=" + g[2] + " dir=" + g[3] + " Ra_c=" + rc;
            assertEquals(Convection.STABLE, stability.classify(0.95 * rc, g[0], g[1], g[2]), at);
            assertEquals(Convection.UNSTABLE, stability.classify(1.05 * rc, g[0], g[1], g[2]), at);
            assertFalse(stability.grows(0.95 * rc, g[0], g[1], g[2]), at);
            assertTrue(stability.grows(1.05 * rc, g[0], g[1], g[2]), at);
            for (double f : new double[] {0.3, 0.6, 1.6, 3.0}) {
                boolean unstable = f > 1;
                assertEquals(unstable ? Convection.UNSTABLE : Convection.STABLE,
                        stability.classify(f * rc, g[0], g[1], g[2]), at + " f=" + f);
                assertEquals(unstable, stability.grows(f * rc, g[0], g[1], g[2]), at + " f=" + f);
            }
        }
    }
}
