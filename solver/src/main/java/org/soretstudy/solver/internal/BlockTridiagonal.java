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
    private int n;

    /** Sizes the system for n block rows (contents undefined until filled). */
    void resize(int n) {
        if (diag.length < 4 * n) {
            lower = new double[4 * n];
            diag = new double[4 * n];
            upper = new double[4 * n];
            pivotInverse = new double[4 * n];
            multiplier = new double[4 * n];
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
        double[] u = upper, p = pivotInverse, w = multiplier;
        // the recurrences carry the previous row in registers (no store-to-load round trip)
        double px = x[0], py = y[0];
        for (int i = 1; i < n; i++) {
            int m = 4 * i;
            double nx = x[i] - (w[m] * px + w[m + 1] * py);
            double ny = y[i] - (w[m + 2] * px + w[m + 3] * py);
            x[i] = nx;
            y[i] = ny;
            px = nx;
            py = ny;
        }
        int k = 4 * (n - 1);
        double nx = p[k] * px + p[k + 1] * py;
        double ny = p[k + 2] * px + p[k + 3] * py;
        x[n - 1] = nx;
        y[n - 1] = ny;
        for (int i = n - 2; i >= 0; i--) {
            k = 4 * i;
            double rx = x[i] - (u[k] * nx + u[k + 1] * ny);
            double ry = y[i] - (u[k + 2] * nx + u[k + 3] * ny);
            nx = p[k] * rx + p[k + 1] * ry;
            ny = p[k + 2] * rx + p[k + 3] * ry;
            x[i] = nx;
            y[i] = ny;
        }
    }
}
