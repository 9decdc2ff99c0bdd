package org.soretstudy.solver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The eigenvalue routine and the collocation against exactly known spectra. */
class BinaryFluidLayerTest {

    @Test
    void francisQrFindsRootsOfACompanionMatrix() {
        // roots 1, 2, +-i, -3
        double[] poly = {1};
        for (double[] f : new double[][] {{1, -1}, {1, -2}, {1, 0, 1}, {1, 3}}) poly = multiply(poly, f);
        int n = poly.length - 1;
        double[][] a = new double[n][n];
        for (int j = 0; j < n; j++) a[0][j] = -poly[j + 1] / poly[0];
        for (int i = 1; i < n; i++) a[i][i - 1] = 1.0;
        double[] wr = new double[n];
        double[] wi = new double[n];
        RealEigenvalues.compute(a, n, wr, wi);
        double[] re = wr.clone();
        Arrays.sort(re);
        double[] im = wi.clone();
        Arrays.sort(im);
        assertArrayClose(new double[] {-3, 0, 0, 1, 2}, re, 1e-10);
        assertArrayClose(new double[] {-1, 0, 0, 0, 1}, im, 1e-10);
    }

    @Test
    void withoutBuoyancyTheSpectrumIsDiffusive() {
        // Ra = 0: theta decays as -(n^2 pi^2 + k^2) (sine modes), H as -(n^2 pi^2 + k^2)/Le (cosine modes, n >= 0)
        BinaryFluidLayer layer = new BinaryFluidLayer(16);
        double k = 1.3;
        double le = 50;
        assertEquals(-k * k / le, layer.maxGrowthRate(0.0, k, 0.0, le, 7), 1e-10);
        // with Le < 1 the slowest mode is the first thermal one
        assertEquals(-(Math.PI * Math.PI + k * k), layer.maxGrowthRate(0.0, k, 0.0, 0.01, 7), 1e-8);
    }

    private static double[] multiply(double[] p, double[] q) {
        double[] r = new double[p.length + q.length - 1];
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < q.length; j++) r[i + j] += p[i] * q[j];
        }
        return r;
    }

    private static void assertArrayClose(double[] expected, double[] actual, double tol) {
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], actual[i], tol, "index " + i);
    }
}
