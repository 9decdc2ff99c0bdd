package org.soretstudy.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpecialFunctionsTest {

    private static void assertRel(double expected, double actual, double rel) {
        assertEquals(expected, actual, rel * Math.abs(expected), () -> "expected " + expected + " got " + actual);
    }

    @Test
    void erfcMatchesTabulatedValues() {
        // erfc to 20 digits: Abramowitz & Stegun table 7.1 / DLMF 7.2 (values also given by mpmath.erfc)
        assertRel(0.47950012218695346232, SpecialFunctions.erfc(0.5), 2e-16);
        assertRel(0.15729920705028513066, SpecialFunctions.erfc(1.0), 2e-16);
        assertRel(0.0046777349810472658379, SpecialFunctions.erfc(2.0), 4e-16);
        assertRel(2.2090496998585441373e-5, SpecialFunctions.erfc(3.0), 4e-16);
        assertRel(1.8427007929497148693, SpecialFunctions.erfc(-1.0), 2e-16);
    }

    @Test
    void normalQuantileMatchesPublishedValues() {
        // Classical two-sided critical values (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.1), to 16 digits
        assertRel(1.959963984540054, SpecialFunctions.normalQuantile(0.975), 1e-15);
        assertRel(1.6448536269514722, SpecialFunctions.normalQuantile(0.95), 1e-15);
        assertRel(2.3263478740408408, SpecialFunctions.normalQuantile(0.99), 1e-15);
        // Wichura (1988), AS 241 paper, test values of PPND16
        assertRel(-0.6744897501960817, SpecialFunctions.normalQuantile(0.25), 1e-15);
        assertRel(-3.090232306167814, SpecialFunctions.normalQuantile(0.001), 1e-15);
        assertRel(-9.262340089798408, SpecialFunctions.normalQuantile(1e-20), 1e-15);
        assertEquals(0.0, SpecialFunctions.normalQuantile(0.5));
    }

    /**
     * Independent reference for log Q(x), x >= 10: the asymptotic Mills-ratio series (A&S 26.2.12),
     * summed to its smallest term, whose error is below exp(-x^2/2) relative: far below 1e-16 here.
     */
    static double logQAsymptotic(double x) {
        return -0.5 * x * x - Math.log(x) - 0.5 * Math.log(2 * Math.PI) + Math.log(millsSeries(x));
    }

    /** x phi(x)^-1 Q(x) = 1 - 1/x^2 + 3/x^4 - 15/x^6 ..., summed to its smallest term. */
    static double millsSeries(double x) {
        double sum = 1.0;
        double term = 1.0;
        for (int k = 1; k < 200; k++) {
            double next = -term * (2 * k - 1) / (x * x);
            if (Math.abs(next) >= Math.abs(term)) {
                break;
            }
            term = next;
            sum += term;
        }
        return sum;
    }

    /** Q(x) = phi(x)/x * series, with exp(-x^2/2) formed from the exact x^2 of an integer x. */
    static double qAsymptotic(double x) {
        return Math.exp(-0.5 * x * x) / (x * Math.sqrt(2 * Math.PI)) * millsSeries(x);
    }

    @Test
    void upperTailIsAccurateFarOut() {
        for (double x : new double[] {10, 12.5, 20, 27, 38, 40, 100, 1e3, 1e5}) {
            double ref = logQAsymptotic(x);
            assertEquals(ref, SpecialFunctions.logNormalSf(x), 4e-16 * Math.abs(ref) + 1e-15, "x=" + x);
        }
        for (double x : new double[] {10, 20, 30}) {
            assertRel(qAsymptotic(x), SpecialFunctions.normalSf(x), 1e-15);
            assertRel(qAsymptotic(x), SpecialFunctions.normalCdf(-x), 1e-15);
        }
        // Phi(1) = 0.841344746068542948585 (A&S table 26.1)
        assertRel(0.841344746068542948585, SpecialFunctions.normalCdf(1.0), 2e-16);
    }

    @Test
    void tailInverseRoundTrips() {
        for (double x : new double[] {-3, -0.5, 0, 0.7, 2, 5, 9, 15, 30, 38, 40, 60, 200}) {
            double logQ = SpecialFunctions.logNormalSf(x);
            assertEquals(x, SpecialFunctions.normalSfInverseLog(logQ), 1e-14 * Math.max(1, Math.abs(x)), "x=" + x);
        }
    }

    @Test
    void cdfQuantileRoundTrip() {
        for (int k = 1; k < 1000; k++) {
            double p = k / 1000.0;
            assertRel(p, SpecialFunctions.normalCdf(SpecialFunctions.normalQuantile(p)), 1e-14);
        }
        // Phi(x) has condition number ~x^2 in the tail: a quantile exact to a few ulps gives
        // p back to a few x^2 ulps
        for (int e = 3; e <= 300; e += 7) {
            double p = Math.pow(10, -e);
            double x = SpecialFunctions.normalQuantile(p);
            assertRel(p, SpecialFunctions.normalCdf(x), 4 * (1 + x * x) * 0x1.0p-52);
        }
    }

    /** I_x(a, b) for integer a, b as a binomial sum: P(Bin(a+b-1, x) >= a) (A&S 26.5.24). */
    static double binomialBeta(double x, int a, int b) {
        int n = a + b - 1;
        double sum = 0;
        for (int j = a; j <= n; j++) {
            double logC = 0;
            for (int i = 1; i <= j; i++) {
                logC += Math.log((double) (n - j + i) / i);
            }
            sum += Math.exp(logC + j * Math.log(x) + (n - j) * Math.log1p(-x));
        }
        return sum;
    }

    @Test
    void regularizedBetaMatchesBinomialSums() {
        int[][] shapes = {{1, 1}, {2, 1}, {1, 3}, {3, 5}, {5, 3}, {10, 20}, {40, 7}};
        for (int[] s : shapes) {
            for (int k = 1; k < 50; k++) {
                double x = k / 50.0;
                double ref = binomialBeta(x, s[0], s[1]);
                double got = SpecialFunctions.regularizedBeta(x, s[0], s[1]);
                assertEquals(ref, got, 1e-13 * ref + 1e-16, "a=" + s[0] + " b=" + s[1] + " x=" + x);
            }
        }
    }

    @Test
    void inverseBetaClosedForms() {
        for (int k = 1; k < 200; k++) {
            double u = k / 200.0;
            assertEquals(u, SpecialFunctions.inverseRegularizedBeta(u, 1, 1), 1e-15);
            assertRel(Math.sqrt(u), SpecialFunctions.inverseRegularizedBeta(u, 2, 1), 1e-13);
            assertEquals(1 - Math.sqrt(1 - u), SpecialFunctions.inverseRegularizedBeta(u, 1, 2), 1e-13);
            double s = Math.sin(Math.PI * u / 2);
            assertRel(s * s, SpecialFunctions.inverseRegularizedBeta(u, 0.5, 0.5), 1e-12);
        }
        // the arcsine law in the far tail keeps its relative accuracy
        for (double u : new double[] {1e-12, 1e-30, 1e-100}) {
            double s = Math.sin(Math.PI * u / 2);
            assertRel(s * s, SpecialFunctions.inverseRegularizedBeta(u, 0.5, 0.5), 1e-12);
        }
    }

    @Test
    void inverseBetaRoundTrips() {
        double[][] shapes = {{0.3, 0.7}, {0.5, 4}, {2.5, 2.5}, {3, 5}, {10, 20}, {200, 300}, {0.05, 50}};
        for (double[] s : shapes) {
            for (double u : new double[] {1e-10, 1e-4, 0.01, 0.2, 0.5, 0.8, 0.99, 1 - 1e-4}) {
                double x = SpecialFunctions.inverseRegularizedBeta(u, s[0], s[1]);
                assertTrue(x >= 0 && x <= 1);
                double back = SpecialFunctions.regularizedBeta(x, s[0], s[1]);
                double target = u <= 0.5 ? u : 1 - u;
                double got = u <= 0.5 ? back : 1 - back;
                assertEquals(target, got, 1e-11 * target, "a=" + s[0] + " b=" + s[1] + " u=" + u);
            }
        }
    }
}
