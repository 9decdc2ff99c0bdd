package org.soretstudy.solver.internal;

/**
 * Eigenvalues of a real symmetric matrix together with the projections of a few given vectors on its
 * eigenvectors, without forming the eigenvectors: Householder reduction to tridiagonal form, then the implicit
 * symmetric QR iteration with Wilkinson's shift (Golub &amp; Van Loan, <i>Matrix Computations</i>, 4th ed.,
 * algorithms 8.3.1 and 8.3.3). Each reflection and rotation is applied to the m vectors as it is made, so the
 * work is O(n^3) for the reduction and O(m n^2) after it, where accumulating the eigenvectors would cost O(n^3)
 * more. Allocates nothing; not thread-safe only in that the caller's arrays are overwritten.
 */
final class SymmetricEigen {
    /** QR sweeps allowed per eigenvalue (about 2 are needed: the iteration converges cubically). */
    private static final int SWEEPS_PER_EIGENVALUE = 30;
    private static final double EPS = Math.ulp(1.0);

    private SymmetricEigen() { }

    /**
     * Reduces {@code a} (n x n, row-major, both triangles filled; overwritten) to the tridiagonal T = H^T a H,
     * with diagonal {@code d[0..n-1]} and off-diagonal {@code e[0..n-2]} (e[i] couples i and i+1), and replaces
     * each of the {@code m} vectors in {@code vectors} (vector r at [r n .. r n + n - 1]) by H^T times it.
     * {@code scratch} holds at least 2n values. The trailing matrix is updated whole (both triangles, row by
     * row): twice the arithmetic of a one-triangle update, but in contiguous loops the compiler vectorises.
     */
    static void tridiagonalize(double[] a, int n, double[] d, double[] e, double[] vectors, int m, double[] scratch) {
        for (int k = 0; k + 2 < n; k++) {
            // the reflection P = I - beta v v^T (on indices k+1..n-1) that maps column k below the diagonal to alpha e1
            double tail = 0;
            for (int i = k + 2; i < n; i++) {
                double x = a[i * n + k];
                scratch[i] = x;
                tail += x * x;
            }
            double x0 = a[(k + 1) * n + k];
            d[k] = a[k * n + k];
            if (tail == 0) {
                e[k] = x0;
                continue;
            }
            double norm = Math.sqrt(x0 * x0 + tail);
            double alpha = x0 > 0 ? -norm : norm;
            // v = x - alpha e1 in scratch[k+1..n-1]; w = p - (beta p.v / 2) v in scratch[n+k+1..2n-1], p = beta A22 v
            double v0 = x0 - alpha;
            scratch[k + 1] = v0;
            double beta = 2 / (v0 * v0 + tail);
            e[k] = alpha;
            double pv = 0;
            for (int i = k + 1; i < n; i++) {
                double s = 0;
                int row = i * n;
                for (int j = k + 1; j < n; j++) {
                    s += a[row + j] * scratch[j];
                }
                s *= beta;
                scratch[n + i] = s;
                pv += s * scratch[i];
            }
            double half = 0.5 * beta * pv;
            for (int i = k + 1; i < n; i++) {
                scratch[n + i] -= half * scratch[i];
            }
            for (int i = k + 1; i < n; i++) {
                double vi = scratch[i], wi = scratch[n + i];
                int row = i * n;
                for (int j = k + 1; j < n; j++) {
                    a[row + j] -= vi * scratch[n + j] + wi * scratch[j];
                }
            }
            for (int r = 0; r < m; r++) {
                int base = r * n;
                double s = 0;
                for (int i = k + 1; i < n; i++) {
                    s += scratch[i] * vectors[base + i];
                }
                s *= beta;
                for (int i = k + 1; i < n; i++) {
                    vectors[base + i] -= s * scratch[i];
                }
            }
        }
        if (n >= 2) {
            d[n - 2] = a[(n - 2) * n + n - 2];
            e[n - 2] = a[(n - 1) * n + n - 2];
        }
        d[n - 1] = a[(n - 1) * n + n - 1];
    }

    /**
     * Diagonalises the symmetric tridiagonal (d, e) in place: on return {@code d} holds the eigenvalues (in no
     * particular order) and each of the {@code m} row vectors r in {@code rows} holds r^T S, S the orthogonal
     * eigenvector matrix of (d, e), so entry k is the projection of r on eigenvector k. {@code e} is destroyed;
     * {@code scratch} holds at least 2n values (a sweep's rotations, applied to the vectors after it).
     *
     * @return false if the iteration did not converge (never seen; the caller then has no result)
     */
    static boolean diagonalize(double[] d, double[] e, int n, double[] rows, int m, double[] scratch) {
        int budget = SWEEPS_PER_EIGENVALUE * n;
        int hi = n - 1;
        while (hi > 0) {
            if (Math.abs(e[hi - 1]) <= EPS * (Math.abs(d[hi - 1]) + Math.abs(d[hi]))) {
                e[hi - 1] = 0;
                hi--;
                continue;
            }
            if (--budget < 0) {
                return false;
            }
            int lo = hi - 1;
            while (lo > 0 && Math.abs(e[lo - 1]) > EPS * (Math.abs(d[lo - 1]) + Math.abs(d[lo]))) {
                lo--;
            }
            qrStep(d, e, lo, hi, n, rows, m, scratch);
        }
        return true;
    }

    /** One implicit QR step with Wilkinson's shift on the unreduced block lo..hi, chasing the bulge down. */
    private static void qrStep(double[] d, double[] e, int lo, int hi, int n, double[] rows, int m, double[] scratch) {
        double delta = 0.5 * (d[hi - 1] - d[hi]);
        double b = e[hi - 1];
        // (sqrt, not Math.hypot: hypot is StrictMath's and was a third of a solve; the entries are far from overflow)
        double shift = d[hi] - b * b / (delta + Math.copySign(Math.sqrt(delta * delta + b * b), delta == 0 ? 1 : delta));
        double x = d[lo] - shift;
        double z = e[lo];
        for (int k = lo; k < hi; k++) {
            // R = [[c, s], [-s, c]] on k, k+1 with R (x, z)^T = (r, 0)^T; T <- R T R^T
            double r = Math.sqrt(x * x + z * z);
            double inverse = r == 0 ? 0 : 1 / r;
            double c = r == 0 ? 1 : x * inverse;
            double s = z * inverse;
            if (k > lo) {
                e[k - 1] = r;
            }
            double a0 = d[k], b0 = e[k], a1 = d[k + 1];
            d[k] = c * c * a0 + 2 * c * s * b0 + s * s * a1;
            d[k + 1] = s * s * a0 - 2 * c * s * b0 + c * c * a1;
            e[k] = c * s * (a1 - a0) + (c * c - s * s) * b0;
            if (k + 1 < hi) {
                x = e[k];
                z = s * e[k + 1];
                e[k + 1] *= c;
            }
            scratch[k] = c;
            scratch[n + k] = s;
        }
        // the rotations applied to the vectors after the sweep: their chains no longer lengthen the sweep's
        for (int v = 0; v < m; v++) {
            int base = v * n;
            double carry = rows[base + lo];
            for (int k = lo; k < hi; k++) {
                double c = scratch[k], s = scratch[n + k], next = rows[base + k + 1];
                rows[base + k] = c * carry + s * next;
                carry = c * next - s * carry;
            }
            rows[base + hi] = carry;
        }
    }
}
