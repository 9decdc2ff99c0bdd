package org.soretstudy.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DistributionTest {
    private static final double Z975 = 1.959963984540054; // Phi^-1(0.975), NIST e-Handbook 1.3.6.7.1

    @Test
    void uniformAndLogUniform() {
        Distribution u = Distribution.uniform(2.5e-3, 4.0e-3);
        assertEquals(3.25e-3, u.inverseCdf(0.5), 1e-18);
        assertEquals(2.5e-3, u.lowerBound());
        assertEquals(4.0e-3, u.upperBound());
        Distribution lu = Distribution.loguniform(1, 100);
        assertEquals(10, lu.inverseCdf(0.5), 1e-14);
        assertEquals(Math.pow(10, 0.5), lu.inverseCdf(0.25), 1e-14);
    }

    @Test
    void normalAndLogNormalQuantiles() {
        Distribution n = Distribution.normal(1.0, 2.0);
        assertEquals(1.0 + 2.0 * Z975, n.inverseCdf(0.975), 1e-15);
        assertEquals(1.0 - 2.0 * Z975, n.inverseCdf(0.025), 1e-15);
        assertEquals(Double.NEGATIVE_INFINITY, n.lowerBound());
        // lognormal(median, gsd): exp(ln median + ln gsd * z)
        Distribution ln = Distribution.lognormal(9.5e-10, 1.05);
        assertEquals(9.5e-10, ln.inverseCdf(0.5), 1e-24);
        assertEquals(9.5e-10 * Math.pow(1.05, Z975), ln.inverseCdf(0.975), 1e-15 * 9.5e-10);
        assertEquals(Double.POSITIVE_INFINITY, ln.upperBound());
    }

    @Test
    void truncatedNormalMatchesItsCdfAndStaysInside() {
        // the spec's example: mean 0.5, sd 0.01, truncated to [0.45, 0.55] (+-5 sd, symmetric)
        Distribution c0 = Distribution.normal(0.5, 0.01, 0.45, 0.55);
        assertEquals(0.5, c0.inverseCdf(0.5), 1e-16);
        double pa = SpecialFunctions.normalCdf(-5);
        double pb = SpecialFunctions.normalCdf(5);
        for (double u : new double[] {1e-9, 0.01, 0.3, 0.9, 1 - 1e-9}) {
            double x = c0.inverseCdf(u);
            assertTrue(x >= 0.45 && x <= 0.55);
            double back = (SpecialFunctions.normalCdf((x - 0.5) / 0.01) - pa) / (pb - pa);
            assertEquals(u, back, 1e-12);
        }
    }

    @Test
    void truncatedNormalFarInTheUpperTail() {
        // [40, inf): Q(x)/Q(40) = 1 - u exactly; reference log Q from the asymptotic series
        Distribution t = Distribution.normal(0, 1, 40, Double.POSITIVE_INFINITY);
        double la = SpecialFunctionsTest.logQAsymptotic(40);
        for (double u : new double[] {1e-12, 0.1, 0.5, 0.9, 1 - 1e-9}) {
            double x = t.inverseCdf(u);
            assertTrue(x > 40);
            assertEquals(Math.log1p(-u), SpecialFunctionsTest.logQAsymptotic(x) - la, 1e-11, "u=" + u);
        }
        // [10, 11]: the upper-side path, checked against the cdf written with Q
        Distribution w = Distribution.normal(0, 1, 10, 11);
        double qa = SpecialFunctionsTest.qAsymptotic(10);
        double qb = SpecialFunctionsTest.qAsymptotic(11);
        for (double u : new double[] {1e-6, 0.25, 0.5, 0.75, 0.999}) {
            double x = w.inverseCdf(u);
            double back = (qa - SpecialFunctionsTest.qAsymptotic(x)) / (qa - qb);
            assertEquals(u, back, 1e-12, "u=" + u);
        }
    }

    @Test
    void truncatedNormalLowerTailMirrorsTheUpperTail() {
        Distribution up = Distribution.normal(3, 2, 3 + 2 * 12, 3 + 2 * 15);
        Distribution down = Distribution.normal(3, 2, 3 - 2 * 15, 3 - 2 * 12);
        Distribution oneSided = Distribution.normal(0, 1, Double.NEGATIVE_INFINITY, -40);
        Distribution mirror = Distribution.normal(0, 1, 40, Double.POSITIVE_INFINITY);
        for (double u : new double[] {1e-8, 0.2, 0.5, 0.7, 0.999}) {
            double x = up.inverseCdf(u) - 3;
            double y = down.inverseCdf(1 - u) - 3;
            assertEquals(x, -y, 1e-13 * Math.abs(x));
            assertEquals(mirror.inverseCdf(u), -oneSided.inverseCdf(1 - u), 1e-12);
        }
    }

    @Test
    void truncatedNormalStraddlingTheMeanKeepsBothTails() {
        // [-1, inf) near u = 1 mirrors (-inf, 1] near u = 0, where the probability is formed exactly
        Distribution up = Distribution.normal(0, 1, -1, Double.POSITIVE_INFINITY);
        Distribution down = Distribution.normal(0, 1, Double.NEGATIVE_INFINITY, 1);
        for (double e : new double[] {0x1.0p-20, 0x1.0p-40, 0x1.0p-52}) {
            double x = up.inverseCdf(1 - e);
            assertEquals(-down.inverseCdf(e), x, 1e-14 * x, "1 - u = " + e);
        }
    }

    @Test
    void truncatedNormalIsMonotone() {
        Distribution t = Distribution.normal(0, 1, -1, 7);
        double prev = -1;
        for (int k = 1; k < 10000; k++) {
            double x = t.inverseCdf(k / 10000.0);
            assertTrue(x >= prev);
            prev = x;
        }
    }

    @Test
    void betaClosedForms() {
        for (int k = 1; k < 100; k++) {
            double u = k / 100.0;
            assertEquals(2 + 3 * u, Distribution.beta(1, 1, 2, 5).inverseCdf(u), 1e-14);
            assertEquals(Math.sqrt(u), Distribution.beta(2, 1, 0, 1).inverseCdf(u), 1e-14);
            double s = Math.sin(Math.PI * u / 2);
            assertEquals(s * s, Distribution.beta(0.5, 0.5, 0, 1).inverseCdf(u), 1e-13);
        }
    }

    @Test
    void triangularQuantiles() {
        // CDF (x-a)^2/((b-a)(c-a)) left of the mode c, 1 - (b-x)^2/((b-a)(b-c)) right of it
        Distribution t = Distribution.triangular(0, 0.5, 1);
        assertEquals(0.25, t.inverseCdf(0.125), 1e-15);
        assertEquals(0.5, t.inverseCdf(0.5), 1e-15);
        assertEquals(0.75, t.inverseCdf(0.875), 1e-15);
        Distribution right = Distribution.triangular(1, 1, 3); // mode at low
        assertEquals(3 - Math.sqrt(2 * 2 * 0.5), right.inverseCdf(0.5), 1e-15);
        Distribution left = Distribution.triangular(1, 3, 3); // mode at high
        assertEquals(1 + Math.sqrt(0.5 * 2 * 2), left.inverseCdf(0.5), 1e-15);
    }

    @Test
    void discreteByCumulativeWeights() {
        Distribution d = Distribution.discrete(new double[] {10, 20, 30, 40}, new double[] {1, 2, 0, 1});
        assertEquals(10, d.inverseCdf(1e-9));
        assertEquals(10, d.inverseCdf(0.25));
        assertEquals(20, d.inverseCdf(0.2500001));
        assertEquals(20, d.inverseCdf(0.75));
        assertEquals(40, d.inverseCdf(0.7500001)); // zero weight: 30 never drawn
        assertEquals(40, d.inverseCdf(1 - 1e-16));
        assertEquals(10, d.lowerBound());
        assertEquals(40, d.upperBound());
        Distribution equal = Distribution.discrete(new double[] {3, 1, 2}, null);
        assertEquals(3, equal.inverseCdf(0.3));
        assertEquals(1, equal.inverseCdf(0.5));
        assertEquals(2, equal.inverseCdf(0.9));
    }
}
