package org.soretstudy.solver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MarchOutputsTest {
    /**
     * The peak of a bump seen only through cell averages, as the march sees T: the profile sin(pi x) on cells of width
     * h whose centres sit at a random offset from the peak; its exact cell averages are differences of cosines. The
     * parabola the march used before (corrected for averaging) is fourth order on such a peak; the quartic through
     * five averages is sixth. At 6 cells across, about what a liquid's bump spans on 16 cells, the quartic is within
     * 2e-4 of the peak and ten times closer than the parabola; halving h divides its error by at least 2^5.
     */
    @Test
    void theQuarticThroughFiveCellAveragesFindsAPeakToSixthOrder() {
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 50; trial++) {
            double offset = random.nextDouble() - 0.5; // the peak's place within the centre cell, in cells
            double previous = Double.NaN;
            for (int cells = 6; cells <= 24; cells *= 2) {
                double h = 1.0 / cells;
                double[] y = new double[5];
                for (int j = -2; j <= 2; j++) {
                    double left = 0.5 + (j - 0.5 - offset) * h; // the peak of sin(pi x) is at x = 1/2
                    y[j + 2] = (Math.cos(Math.PI * left) - Math.cos(Math.PI * (left + h))) / (Math.PI * h);
                }
                double quartic = Math.abs(MarchOutputs.quarticPeak(y[0], y[1], y[2], y[3], y[4]) - 1);
                double second = y[3] + y[1] - 2 * y[2], first = 0.5 * (y[3] - y[1]);
                double parabola = Math.abs(y[2] - second / 24 - first * first / (2 * second) - 1);
                String label = "offset " + offset + ", " + cells + " cells across";
                assertTrue(quartic < 2e-4 * Math.pow(6.0 / cells, 6), label + ": " + quartic);
                assertTrue(quartic < 0.1 * parabola, label + ": quartic " + quartic + ", parabola " + parabola);
                if (cells > 6) {
                    assertTrue(previous / quartic > 32, label + ": the error fell by " + previous / quartic);
                }
                previous = quartic;
            }
        }
    }

    /**
     * A peak in a wall's cell or the next one, where five cells around it do not exist: the quartic through the five
     * cells from the wall. On exact cell averages of a Gaussian 3 and 4 cells wide peaked 1 to 2 cells from the wall,
     * it is closer than the parabola through the peak cell and its neighbours that it replaces (up to 4 times), and
     * within 3.5e-3 of the peak. (A quartic that also took the bump's 0 at the wall did better on such peaks but worse
     * on the steep wall layers of early gas-like bumps: the wall's value is not used.)
     */
    @Test
    void theQuarticNextToAWallTakesTheFiveCellsFromIt() {
        for (double width = 3; width <= 4; width++) {
            for (double peakAt = 1.05; peakAt < 2; peakAt += 0.1) {
                double[] y = new double[6];
                for (int j = 0; j < 6; j++) {
                    y[j] = gaussianAverage(j - peakAt, j + 1 - peakAt, width);
                }
                assertTrue(y[1] > y[0] && y[1] > y[2], "the peak's cell is the second from the wall");
                double quartic = Math.abs(MarchOutputs.wallQuarticPeak(1, y[0], y[1], y[2], y[3], y[4]) - 1);
                double second = y[2] + y[0] - 2 * y[1], first = 0.5 * (y[2] - y[0]);
                double parabola = Math.abs(y[1] - second / 24 - first * first / (2 * second) - 1);
                String label = "width " + width + ", peak " + peakAt + " cells out: " + quartic + ", parabola " + parabola;
                assertTrue(quartic < 3.5e-3 && quartic < parabola, label);
            }
        }
    }

    /** The cell average of exp(-(x/width)^2) over [a, b] (x in cells): differences of erf, from its series. */
    private static double gaussianAverage(double a, double b, double width) {
        return 0.5 * Math.sqrt(Math.PI) * width * (erf(b / width) - erf(a / width)) / (b - a);
    }

    /** erf by its Taylor series (|x| below 2 here: 60 terms are exact to round-off). */
    private static double erf(double x) {
        double term = x, sum = x;
        for (int k = 1; k < 60; k++) {
            term *= -x * x / k;
            sum += term / (2 * k + 1);
        }
        return 2 / Math.sqrt(Math.PI) * sum;
    }

    /** A quartic is reproduced exactly from the five cells from the wall, its vertex in the wall's cell or the next. */
    @Test
    void aQuarticNextToAWallIsExact() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k <= 1; k++) {
            for (int trial = 0; trial < 50; trial++) {
                // p(x) = top - c2 (x - v)^2 - c4 (x - v)^4, x in cells from the wall, v in the cell k (not at the wall)
                double vertex = k + 0.1 + 0.8 * random.nextDouble(), c2 = 0.1 + random.nextDouble();
                double c4 = 0.01 * random.nextDouble(), top = random.nextDouble();
                double[] y = new double[5];
                for (int j = 0; j < 5; j++) {
                    double a = j - vertex, b = j + 1 - vertex;
                    y[j] = top - c2 * (b * b * b - a * a * a) / 3 - c4 * (Math.pow(b, 5) - Math.pow(a, 5)) / 5;
                }
                assertEquals(top, MarchOutputs.wallQuarticPeak(k, y[0], y[1], y[2], y[3], y[4]), 1e-12,
                        "vertex " + vertex + " cells from the wall");
            }
        }
    }

    /** A quartic is reproduced exactly, wherever its vertex lies within a cell of the centre one. */
    @Test
    void aQuarticsOwnPeakIsExact() {
        SplittableRandom random = new SplittableRandom(6);
        for (int trial = 0; trial < 100; trial++) {
            double vertex = 2 * random.nextDouble() - 1, top = random.nextDouble(), c2 = -0.1 - random.nextDouble(), c4 = -0.01 * random.nextDouble();
            // p(s) = top + c2 (s - v)^2 + c4 (s - v)^4: its average over [j - 1/2, j + 1/2] from the antiderivative
            double[] y = new double[5];
            for (int j = -2; j <= 2; j++) {
                double a = j - 0.5 - vertex, b = j + 0.5 - vertex;
                y[j + 2] = top + c2 * (b * b * b - a * a * a) / 3 + c4 * (Math.pow(b, 5) - Math.pow(a, 5)) / 5;
            }
            assertEquals(top, MarchOutputs.quarticPeak(y[0], y[1], y[2], y[3], y[4]), 1e-13, "vertex " + vertex);
        }
    }
}
