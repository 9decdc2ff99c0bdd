package org.soretstudy.solver.internal;

/**
 * A tridiagonal system of 2x2 blocks, factored once and solved for several right-hand sides (block Thomas
 * algorithm, no pivoting: the kernels build block diagonally dominant matrices {@code M - gamma dt J}).
 * Each block is stored row-major in 4 consecutive doubles: {@code [a00, a01, a10, a11]}. Row {@code i} has
 * the blocks {@code lower(i) = A[i][i-1]}, {@code diag(i) = A[i][i]}, {@code upper(i) = A[i][i+1]}. The
 * unknowns of block row i are {@code (x[i], y[i])}. Scratch is kept and grown only when n grows. Not
 * thread-safe.
 */
final class BlockTridiagonal {
    double[] lower = new double[0];
    double[] diag = new double[0];
    double[] upper = new double[0];
    /** Inverses of the eliminated diagonal blocks. */
    private double[] pivotInverse = new double[0];
    /** Elimination multipliers lower(i) * pivotInverse(i-1). */
    private double[] multiplier = new double[0];
    /** pivotInverse(i) * upper(i): keeps the back substitution's recurrence to one multiply-add. */
    private double[] upperScaled = new double[0];
    private int n;

    /** Sizes the system for n block rows (contents undefined until filled). */
    void resize(int n) {
        if (diag.length < 4 * n) {
            lower = new double[4 * n];
            diag = new double[4 * n];
            upper = new double[4 * n];
            pivotInverse = new double[4 * n];
            multiplier = new double[4 * n];
            upperScaled = new double[4 * n];
        }
        this.n = n;
    }

    /** Factors the filled blocks; returns false when a pivot block is singular or not finite. */
    boolean factor() {
        double[] l = lower, d = diag, u = upper, p = pivotInverse, w = multiplier;
        double a = d[0], b = d[1], c = d[2], e = d[3];
        for (int i = 0; ; i++) {
            int k = 4 * i;
            double det = a * e - b * c;
            if (!(Math.abs(det) > 0) || !Double.isFinite(det)) {
                return false;
            }
            double r = 1 / det;
            p[k] = e * r;
            p[k + 1] = -b * r;
            p[k + 2] = -c * r;
            p[k + 3] = a * r;
            if (i == n - 1) {
                return true;
            }
            double[] v = upperScaled;
            v[k] = p[k] * u[k] + p[k + 1] * u[k + 2];
            v[k + 1] = p[k] * u[k + 1] + p[k + 1] * u[k + 3];
            v[k + 2] = p[k + 2] * u[k] + p[k + 3] * u[k + 2];
            v[k + 3] = p[k + 2] * u[k + 1] + p[k + 3] * u[k + 3];
            int m = k + 4;
            // w = lower(i+1) * pivotInverse(i)
            double w0 = l[m] * p[k] + l[m + 1] * p[k + 2];
            double w1 = l[m] * p[k + 1] + l[m + 1] * p[k + 3];
            double w2 = l[m + 2] * p[k] + l[m + 3] * p[k + 2];
            double w3 = l[m + 2] * p[k + 1] + l[m + 3] * p[k + 3];
            w[m] = w0;
            w[m + 1] = w1;
            w[m + 2] = w2;
            w[m + 3] = w3;
            // next pivot: diag(i+1) - w * upper(i)
            a = d[m] - (w0 * u[k] + w1 * u[k + 2]);
            b = d[m + 1] - (w0 * u[k + 1] + w1 * u[k + 3]);
            c = d[m + 2] - (w2 * u[k] + w3 * u[k + 2]);
            e = d[m + 3] - (w2 * u[k + 1] + w3 * u[k + 3]);
        }
    }

    /** Solves in place: on entry (x, y) hold the right-hand side, on exit the solution. */
    void solve(double[] x, double[] y) {
        double[] v = upperScaled, p = pivotInverse, w = multiplier;
        // forward: r'_i = r_i - W_i r'_{i-1} (carried in registers), stored as P_i r'_i (off the chain)
        double px = x[0], py = y[0];
        x[0] = p[0] * px + p[1] * py;
        y[0] = p[2] * px + p[3] * py;
        for (int i = 1; i < n; i++) {
            int m = 4 * i;
            // fused multiply-adds: two dependent links per cell on the latency-bound recurrence instead of three
            double nx = Math.fma(-w[m + 1], py, Math.fma(-w[m], px, x[i]));
            double ny = Math.fma(-w[m + 3], py, Math.fma(-w[m + 2], px, y[i]));
            x[i] = p[m] * nx + p[m + 1] * ny;
            y[i] = p[m + 2] * nx + p[m + 3] * ny;
            px = nx;
            py = ny;
        }
        // backward: x_i = P_i r'_i - (P_i U_i) x_{i+1}
        double nx = x[n - 1], ny = y[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            int k = 4 * i;
            double ox = nx, oy = ny;
            nx = Math.fma(-v[k + 1], oy, Math.fma(-v[k], ox, x[i]));
            ny = Math.fma(-v[k + 3], oy, Math.fma(-v[k + 2], ox, y[i]));
            x[i] = nx;
            y[i] = ny;
        }
    }
}
