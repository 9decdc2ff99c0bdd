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
