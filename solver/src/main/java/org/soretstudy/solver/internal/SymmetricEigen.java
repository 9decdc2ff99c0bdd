package org.soretstudy.solver.internal;

/**
 * Eigenvalues of a real symmetric matrix together with the projections of a few given vectors on its
 * eigenvectors, without forming the eigenvectors: Householder reduction to tridiagonal form, then the implicit
 * symmetric QR iteration with Wilkinson's shift (Golub &amp; Van Loan, <i>Matrix Computations</i>, 4th ed.,
 * algorithms 8.3.1 and 8.3.3), its steps taken two at a time on longer blocks (see {@link #qrSteps}). Each
 * reflection and rotation is applied to the m vectors as it is made, so the work is O(n^3) for the reduction and
 * O(m n^2) after it, where accumulating the eigenvectors would cost O(n^3) more. Allocates nothing; not thread-safe only in that the caller's arrays are overwritten.
 */
final class SymmetricEigen {
    /** QR sweeps allowed per eigenvalue (about 2 are needed: the iteration converges cubically). */
    private static final int SWEEPS_PER_EIGENVALUE = 30;
    private static final double EPS = Math.ulp(1.0);
    /** Unreduced blocks at least this long take double steps (see {@link #qrSteps}; shorter ones gained nothing). */
    private static final int MIN_DOUBLE_STEP = 6;
    /** How far the second bulge of a double step trails the first (the least that keeps their entries apart). */
    private static final int LAG = 3;

    private SymmetricEigen() { }

    /**
     * Reduces {@code a} (n x n, row i in {@code a[i]}, both triangles filled; overwritten) to the tridiagonal
     * T = H^T a H, with diagonal {@code d[0..n-1]} and off-diagonal {@code e[0..n-2]} (e[i] couples i and i+1), and
     * replaces each of the {@code m} vectors in {@code vectors} (vector r at [r n .. r n + n - 1]) by H^T times it.
     * {@code v} and {@code w} hold at least n values each. The trailing matrix is updated whole (both triangles, row
     * by row): twice the arithmetic of a one-triangle update, but each row's loop indexes the row, v and w alike,
     * which the compiler vectorises (a flat matrix's row offset kept it scalar: 1.6x at n = 24, 2.9x at 96).
     */
    static void tridiagonalize(double[][] a, int n, double[] d, double[] e, double[] vectors, int m, double[] v,
            double[] w) {
        for (int k = 0; k + 2 < n; k++) {
            // the reflection P = I - beta v v^T (on indices k+1..n-1) that maps column k below the diagonal to alpha e1
            double tail = 0;
            for (int i = k + 2; i < n; i++) {
                double x = a[i][k];
                v[i] = x;
                tail += x * x;
            }
            double x0 = a[k + 1][k];
            d[k] = a[k][k];
            if (tail == 0) {
                e[k] = x0;
                continue;
            }
            double norm = Math.sqrt(x0 * x0 + tail);
            double alpha = x0 > 0 ? -norm : norm;
            // v = x - alpha e1 on k+1..n-1; w = p - (beta p.v / 2) v, p = beta A22 v
            double v0 = x0 - alpha;
            v[k + 1] = v0;
            double beta = 2 / (v0 * v0 + tail);
            e[k] = alpha;
            // A22 v as the sum of its rows times v's entries (A22 stays exactly symmetric): each entry's terms in the
            // order of its row's dot product, so the same bits, in loops that vectorise
            for (int i = k + 1; i < n; i++) {
                w[i] = 0;
            }
            for (int j = k + 1; j < n; j++) {
                double vj = v[j];
                double[] aj = a[j];
                for (int i = k + 1; i < n; i++) {
                    w[i] += aj[i] * vj;
                }
            }
            double pv = 0;
            for (int i = k + 1; i < n; i++) {
                double p = w[i] * beta;
                w[i] = p;
                pv += p * v[i];
            }
            double half = 0.5 * beta * pv;
            for (int i = k + 1; i < n; i++) {
                w[i] -= half * v[i];
            }
            for (int i = k + 1; i < n; i++) {
                double vi = v[i], wi = w[i];
                double[] ai = a[i];
                for (int j = k + 1; j < n; j++) {
                    ai[j] -= vi * w[j] + wi * v[j];
                }
            }
            for (int r = 0; r < m; r++) {
                int base = r * n;
                double s = 0;
                for (int i = k + 1; i < n; i++) {
                    s += v[i] * vectors[base + i];
                }
                s *= beta;
                for (int i = k + 1; i < n; i++) {
                    vectors[base + i] -= s * v[i];
                }
            }
        }
        if (n >= 2) {
            d[n - 2] = a[n - 2][n - 2];
            e[n - 2] = a[n - 1][n - 2];
        }
        d[n - 1] = a[n - 1][n - 1];
    }

    /**
     * Diagonalises the symmetric tridiagonal (d, e) in place: on return {@code d} holds the eigenvalues (in no
     * particular order) and each of the {@code m} row vectors r in {@code rows} holds r^T S, S the orthogonal
     * eigenvector matrix of (d, e), so entry k is the projection of r on eigenvector k. {@code e} is destroyed;
     * {@code scratch} holds at least 4n values (a double step's rotations, applied to the vectors after it).
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
            qrSteps(d, e, lo, hi, hi - lo >= MIN_DOUBLE_STEP, n, rows, m, scratch);
        }
        return true;
    }

    /**
     * One implicit QR step with Wilkinson's shift on the unreduced block lo..hi, chasing the bulge down; with
     * {@code twice}, a second step whose shift is the trailing 2x2's other eigenvalue, its bulge chased {@link #LAG}
     * positions behind the first. Each rotation is a chain through a square root and a division, and the two bulges'
     * chains overlap: the same arithmetic as two steps one after the other (each rotation finds the entries the
     * earlier step leaves), 1.1 eigenvalues deflated per double step against 1.6 steps per eigenvalue one at a time
     * (colloid modes, 16 to 96): 1.25x on the iteration. A rotation's new entries are written with 1/q (q = x^2 + z^2:
     * c^2 = x^2/q, c s = x z/q), and 1/r as sqrt(q)/q, so the division and the square root both start from q side by
     * side instead of one after the other, and the products of x and z are formed while they run; the next z^2 is
     * taken from 1/q too (s^2 = z^2/q), so the next q waits for the division only: 1.5x on the iteration, the results
     * within round-off of c and s written out. The rotations are written out for each bulge so that their chains stay
     * in registers (through a shared helper, no gain was left).
     */
    private static void qrSteps(double[] d, double[] e, int lo, int hi, boolean twice, int n, double[] rows, int m,
            double[] scratch) {
        double delta = 0.5 * (d[hi - 1] - d[hi]);
        double b = e[hi - 1];
        // (sqrt, not Math.hypot: hypot is StrictMath's and was a third of a solve; the entries are far from overflow)
        double shift1 = d[hi] - b * b / (delta + Math.copySign(Math.sqrt(delta * delta + b * b), delta == 0 ? 1 : delta));
        double shift2 = d[hi - 1] + d[hi] - shift1;
        double x1 = d[lo] - shift1, z1 = e[lo], zz1 = z1 * z1;
        double x2 = 0, z2 = 0, zz2 = 0;
        int end = twice ? hi + LAG : hi;
        for (int k = lo; k < end; k++) {
            // R = [[c, s], [-s, c]] on k, k+1 with R (x, z)^T = (r, 0)^T; T <- R T R^T
            if (k < hi) {
                double xx = x1 * x1, zz = zz1, xz = x1 * z1;
                double q = xx + zz;
                double r = Math.sqrt(q);
                double rq = 1 / q, inverse = r * rq, c = x1 * inverse;
                if (q < Double.MIN_NORMAL) {
                    // x = z = 0, or squares below the normal range (1/q would overflow): the identity
                    xx = 1;
                    rq = 1;
                    inverse = 0;
                    c = 1;
                }
                double s = z1 * inverse;
                if (k > lo) {
                    e[k - 1] = r;
                }
                double a0 = d[k], b0 = e[k], a1 = d[k + 1];
                d[k] = (xx * a0 + 2 * xz * b0 + zz * a1) * rq;
                d[k + 1] = (zz * a0 - 2 * xz * b0 + xx * a1) * rq;
                double ek = (xz * (a1 - a0) + (xx - zz) * b0) * rq;
                e[k] = ek;
                scratch[k] = c;
                scratch[n + k] = s;
                if (k + 1 < hi) {
                    // z's square from 1/q, so that the next q waits for the division only, not for the square root too
                    double next = e[k + 1];
                    x1 = ek;
                    z1 = z1 * next * inverse;
                    zz1 = zz * next * next * rq;
                    e[k + 1] = next * c;
                }
            }
            // the second step's rotation at j reads and writes only entries the first has finished with (j + 2 < k)
            int j = twice ? k - LAG : -1;
            if (j == lo) {
                x2 = d[lo] - shift2;
                z2 = e[lo];
                zz2 = z2 * z2;
            }
            if (j >= lo) {
                double xx = x2 * x2, zz = zz2, xz = x2 * z2;
                double q = xx + zz;
                double r = Math.sqrt(q);
                double rq = 1 / q, inverse = r * rq, c = x2 * inverse;
                if (q < Double.MIN_NORMAL) {
                    // x = z = 0, or squares below the normal range (1/q would overflow): the identity
                    xx = 1;
                    rq = 1;
                    inverse = 0;
                    c = 1;
                }
                double s = z2 * inverse;
                if (j > lo) {
                    e[j - 1] = r;
                }
                double a0 = d[j], b0 = e[j], a1 = d[j + 1];
                d[j] = (xx * a0 + 2 * xz * b0 + zz * a1) * rq;
                d[j + 1] = (zz * a0 - 2 * xz * b0 + xx * a1) * rq;
                double ej = (xz * (a1 - a0) + (xx - zz) * b0) * rq;
                e[j] = ej;
                scratch[2 * n + j] = c;
                scratch[3 * n + j] = s;
                if (j + 1 < hi) {
                    double next = e[j + 1];
                    x2 = ej;
                    z2 = z2 * next * inverse;
                    zz2 = zz * next * next * rq;
                    e[j + 1] = next * c;
                }
            }
        }
        applyRotations(rows, m, n, lo, hi, scratch, 0, n);
        if (twice) {
            applyRotations(rows, m, n, lo, hi, scratch, 2 * n, 3 * n);
        }
    }

    /**
     * A step's rotations on lo..hi (c at scratch[cAt + k], s at scratch[sAt + k]) applied to the m row vectors, two at a
     * time: each vector is a chain through the step (its carry), and two chains side by side take the time of one.
     */
    private static void applyRotations(double[] rows, int m, int n, int lo, int hi, double[] scratch, int cAt, int sAt) {
        int v = 0;
        for (; v + 1 < m; v += 2) {
            int base = v * n, base2 = base + n;
            double carry = rows[base + lo], carry2 = rows[base2 + lo];
            for (int k = lo; k < hi; k++) {
                double c = scratch[cAt + k], s = scratch[sAt + k], next = rows[base + k + 1], next2 = rows[base2 + k + 1];
                rows[base + k] = c * carry + s * next;
                rows[base2 + k] = c * carry2 + s * next2;
                carry = c * next - s * carry;
                carry2 = c * next2 - s * carry2;
            }
            rows[base + hi] = carry;
            rows[base2 + hi] = carry2;
        }
        for (; v < m; v++) {
            int base = v * n;
            double carry = rows[base + lo];
            for (int k = lo; k < hi; k++) {
                double c = scratch[cAt + k], s = scratch[sAt + k], next = rows[base + k + 1];
                rows[base + k] = c * carry + s * next;
                carry = c * next - s * carry;
            }
            rows[base + hi] = carry;
        }
    }
}
