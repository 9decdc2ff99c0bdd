package org.soretstudy.solver.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The banded solvers against their own matrices: the residual A x - b of the solution is at round-off. */
class BlockTridiagonalTest {
    @Test
    void blockSolveHasRoundOffResidual() {
        Random rng = new Random(7);
        BlockTridiagonal a = new BlockTridiagonal();
        // (every small size: the twisted elimination's halves are empty, one row or unequal there)
        for (int n : new int[] {1, 2, 3, 4, 5, 6, 7, 17, 64}) {
            a.resize(n);
            for (int i = 0; i < 4 * n; i++) {
                a.lower[i] = rng.nextDouble() - 0.5;
                a.upper[i] = rng.nextDouble() - 0.5;
                a.diag[i] = rng.nextDouble() - 0.5;
            }
            for (int i = 0; i < n; i++) { // block diagonal dominance
                a.diag[4 * i] += 3;
                a.diag[4 * i + 3] += 3;
            }
            double[] bx = new double[n], by = new double[n];
            for (int i = 0; i < n; i++) {
                bx[i] = rng.nextDouble();
                by[i] = rng.nextDouble();
            }
            double[] x = bx.clone(), y = by.clone();
            assertTrue(a.factor());
            a.solve(x, y);
            for (int i = 0; i < n; i++) {
                double rx = -bx[i], ry = -by[i];
                int k = 4 * i;
                rx += a.diag[k] * x[i] + a.diag[k + 1] * y[i];
                ry += a.diag[k + 2] * x[i] + a.diag[k + 3] * y[i];
                if (i > 0) {
                    rx += a.lower[k] * x[i - 1] + a.lower[k + 1] * y[i - 1];
                    ry += a.lower[k + 2] * x[i - 1] + a.lower[k + 3] * y[i - 1];
                }
                if (i < n - 1) {
                    rx += a.upper[k] * x[i + 1] + a.upper[k + 1] * y[i + 1];
                    ry += a.upper[k + 2] * x[i + 1] + a.upper[k + 3] * y[i + 1];
                }
                assertEquals(0, rx, 1e-14);
                assertEquals(0, ry, 1e-14);
            }
        }
    }

    @Test
    void scalarSolveHasRoundOffResidual() {
        Random rng = new Random(11);
        Tridiagonal a = new Tridiagonal();
        for (int n : new int[] {1, 2, 3, 4, 5, 64, 65}) {
            a.resize(n);
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a.lower[i] = rng.nextDouble() - 0.5;
                a.upper[i] = rng.nextDouble() - 0.5;
                a.diag[i] = 2 + rng.nextDouble();
                b[i] = rng.nextDouble();
            }
            double[] x = b.clone();
            assertTrue(a.factor());
            a.solve(x);
            for (int i = 0; i < n; i++) {
                double r = a.diag[i] * x[i] - b[i];
                if (i > 0) {
                    r += a.lower[i] * x[i - 1];
                }
                if (i < n - 1) {
                    r += a.upper[i] * x[i + 1];
                }
                assertEquals(0, r, 1e-14);
            }
        }
    }

    /** Stiff rows (|d| ~ 1e8 over 300 rows: the continuants would overflow without their rescaling). */
    @Test
    void scalarSolveOfStiffLongSystem() {
        int n = 300;
        Tridiagonal a = new Tridiagonal();
        a.resize(n);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a.lower[i] = 1.0 / 12 - 1e8;
            a.upper[i] = 1.0 / 12 - 1e8;
            a.diag[i] = 10.0 / 12 + 2e8;
            b[i] = Math.sin(i);
        }
        a.diag[0] = a.diag[n - 1] = 11.0 / 12 + 1e8;
        double[] x = b.clone();
        assertTrue(a.factor());
        a.solve(x);
        double sumB = 0, sumX = 0;
        for (int i = 0; i < n; i++) {
            double r = a.diag[i] * x[i] - b[i];
            if (i > 0) {
                r += a.lower[i] * x[i - 1];
            }
            if (i < n - 1) {
                r += a.upper[i] * x[i + 1];
            }
            assertEquals(0, r, 1e-6, "row " + i);
            sumB += b[i];
            sumX += x[i];
        }
        // unit column sums: the sum is kept up to the condition number (~4e8) times the round-off
        assertEquals(sumB, sumX, 1e-7 * Math.abs(sumB));
    }

    /** The paired solve (two systems side by side) is two ordinary solves. */
    @Test
    void pairedSolveMatchesSeparateSolves() {
        Random rng = new Random(12);
        for (int n : new int[] {3, 4, 5, 7, 64, 65}) {
            Tridiagonal a = new Tridiagonal();
            Tridiagonal b = new Tridiagonal();
            a.resize(n);
            b.resize(n);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                a.lower[i] = rng.nextDouble() - 0.5;
                a.upper[i] = rng.nextDouble() - 0.5;
                a.diag[i] = 2 + rng.nextDouble();
                b.lower[i] = rng.nextDouble() - 0.5;
                b.upper[i] = rng.nextDouble() - 0.5;
                b.diag[i] = 2 + rng.nextDouble();
                x[i] = rng.nextDouble();
                y[i] = rng.nextDouble();
            }
            assertTrue(a.factor() && b.factor());
            double[] x1 = x.clone();
            double[] y1 = y.clone();
            a.solve(x1);
            b.solve(y1);
            Tridiagonal.solvePair(a, x, b, y);
            assertArrayEquals(x1, x, 0);
            assertArrayEquals(y1, y, 0);
        }
    }

    @Test
    void zeroScalarPivotIsReported() {
        Tridiagonal a = new Tridiagonal();
        a.resize(3);
        java.util.Arrays.fill(a.lower, 0, 3, 1.0);
        java.util.Arrays.fill(a.upper, 0, 3, 1.0);
        java.util.Arrays.fill(a.diag, 0, 3, 1.0); // second pivot 1 - 1*1/1 = 0
        assertTrue(!a.factor());
    }

    @Test
    void singularPivotIsReported() {
        BlockTridiagonal a = new BlockTridiagonal();
        a.resize(2);
        java.util.Arrays.fill(a.diag, 0, 8, 1.0); // [[1,1],[1,1]] blocks: singular
        assertTrue(!a.factor());
    }
}
