package org.soretstudy.stats;


/**
 * The Ishigami function f = sin x1 + a sin² x2 + b x3⁴ sin x1, x_i ~ U(-π, π), with a = 7, b = 0.1, and its
 * Sobol' indices in closed form (Ishigami and Homma 1990; Sobol' and Levitan 1999; Saltelli et al. 2008,
 * "Global Sensitivity Analysis. The Primer", chapter 4): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2,
 * V1 = (1 + bπ⁴/5)²/2, V2 = a²/8, V3 = 0, V13 = 8b²π⁸/225. Numerically S1 = 0.3139, S2 = 0.4424, S3 = 0,
 * ST1 = 0.5576, ST2 = 0.4424, ST3 = 0.2437.
 */
final class Ishigami {
    static final double A = 7.0;
    static final double B = 0.1;
    static final double PI4 = Math.pow(Math.PI, 4);
    static final double PI8 = Math.pow(Math.PI, 8);
    static final double V = A * A / 8 + B * PI4 / 5 + B * B * PI8 / 18 + 0.5;
    static final double V1 = 0.5 * Math.pow(1 + B * PI4 / 5, 2);
    static final double V2 = A * A / 8;
    static final double V13 = 8 * B * B * PI8 / 225;
    static final double[] FIRST = {V1 / V, V2 / V, 0.0};
    static final double[] TOTAL = {(V1 + V13) / V, V2 / V, V13 / V};

    private Ishigami() {}

    static double f(double[] x) {
        double s1 = Math.sin(x[0]);
        double s2 = Math.sin(x[1]);
        double x3 = x[2];
        return s1 + A * s2 * s2 + B * x3 * x3 * x3 * x3 * s1;
    }

    /** Saltelli blocks of N base samples: rows {fA, fB, fAB_1..fAB_d} per base index. */
    static double[][] blocks(int n, long seed) {
        return Blocks.of(n, 3, seed, Ishigami::f, -Math.PI, Math.PI);
    }
}
