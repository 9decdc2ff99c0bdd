package org.soretstudy.solver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * SymmetricEigen against the definition: projecting the identity's rows gives the eigenvector matrix Q, and
 * A Q = Q diag(lambda) with Q orthogonal, to round-off; the trace and Frobenius norm are kept.
 */
class SymmetricEigenTest {
    @Test
    void randomMatricesOfEverySize() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int n : new int[] {1, 2, 3, 5, 10, 24, 64}) {
            for (int trial = 0; trial < 5; trial++) {
                double[] a = new double[n * n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j <= i; j++) {
                        double v = rng.nextDouble(-1, 1) * Math.pow(10, trial == 4 ? rng.nextDouble(-6, 6) : 0);
                        a[i * n + j] = v;
                        a[j * n + i] = v;
                    }
                }
                check(a, n);
            }
        }
    }

    /**
     * Entries from {-1, 0, 1}, most of them 0, and the path graph's adjacency (eigenvalues 2 cos(k pi/(n+1)), in
     * pairs of opposite sign): exact cancellations, so a rotation may meet x = z = 0 and must be the identity.
     */
    @Test
    void sparseIntegerMatricesWithExactCancellations() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int n : new int[] {6, 13, 24, 40}) {
            for (int trial = 0; trial < 20; trial++) {
                double[] a = new double[n * n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j <= i; j++) {
                        double v = rng.nextInt(5) == 0 ? rng.nextInt(3) - 1 : 0;
                        a[i * n + j] = v;
                        a[j * n + i] = v;
                    }
                }
                check(a, n);
            }
            double[] path = new double[n * n];
            for (int i = 0; i + 1 < n; i++) {
                path[i * n + i + 1] = 1;
                path[(i + 1) * n + i] = 1;
            }
            check(path, n);
        }
    }

    @Test
    void repeatedEigenvaluesAndAlreadyDiagonal() {
        int n = 12;
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] = (i == j ? 3 : 0) + 0.5; // 3 I + 0.5 1 1^T: eigenvalue 3 eleven times
            }
        }
        check(a, n);
        double[] diagonal = new double[n * n];
        for (int i = 0; i < n; i++) {
            diagonal[i * n + i] = i - 5.5;
        }
        check(diagonal, n);
    }

    private static void check(double[] original, int n) {
        double[] a = original.clone();
        double[] d = new double[n], e = new double[Math.max(1, n)];
        double[] q = new double[n * n];
        for (int i = 0; i < n; i++) {
            q[i * n + i] = 1;
        }
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = Arrays.copyOfRange(a, i * n, i * n + n);
        }
        SymmetricEigen.tridiagonalize(rows, n, d, e, q, n, new double[n], new double[n]);
        assertTrue(SymmetricEigen.diagonalize(d, e, n, q, n, new double[4 * n]));
        double norm = 0, trace = 0, sumSquares = 0;
        for (int i = 0; i < n * n; i++) {
            norm += original[i] * original[i];
        }
        for (int i = 0; i < n; i++) {
            trace += original[i * n + i];
            sumSquares += d[i] * d[i];
        }
        norm = Math.sqrt(norm);
        double tolerance = 1e-13 * n * Math.max(norm, Double.MIN_NORMAL);
        assertEquals(trace, Arrays.stream(d).sum(), tolerance, "trace");
        assertEquals(norm * norm, sumSquares, 1e-12 * n * norm * norm, "Frobenius norm");
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                double aq = 0;
                for (int j = 0; j < n; j++) {
                    aq += original[i * n + j] * q[j * n + k];
                }
                assertEquals(d[k] * q[i * n + k], aq, tolerance, "A q = lambda q, n " + n + " k " + k);
            }
            for (int l = 0; l < n; l++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += q[i * n + k] * q[i * n + l];
                }
                assertEquals(k == l ? 1 : 0, dot, 1e-13 * n, "orthonormal");
            }
        }
    }
}
