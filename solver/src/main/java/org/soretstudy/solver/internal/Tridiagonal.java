package org.soretstudy.solver.internal;

/**
 * A scalar tridiagonal system, factored once and solved for several right-hand sides (Thomas algorithm,
 * no pivoting: the kernels build diagonally dominant matrices). Row i is
 * {@code lower[i] x[i-1] + diag[i] x[i] + upper[i] x[i+1]}. Scratch grows only with n. Not thread-safe.
 */
final class Tridiagonal {
    double[] lower = new double[0];
    double[] diag = new double[0];
    double[] upper = new double[0];
    private double[] pivotInverse = new double[0];
    private double[] multiplier = new double[0];
    /** upper[i] * pivotInverse[i]. */
    private double[] upperScaled = new double[0];
    private int n;

    void resize(int n) {
        if (diag.length < n) {
            lower = new double[n];
            diag = new double[n];
            upper = new double[n];
            pivotInverse = new double[n];
            multiplier = new double[n];
            upperScaled = new double[n];
        }
        this.n = n;
    }

    /**
     * Factors the filled rows; returns false on a zero or non-finite pivot. The pivots are ratios of
     * continuants, {@code pivot_i = theta_i/theta_(i-1)} with {@code theta_i = d_i theta_(i-1) - l_i u_(i-1)
     * theta_(i-2)}: the recurrence is one fused multiply-add per row, where the Thomas pivot recurrence carries a
     * division (several times its latency); the divisions then run independently. The continuants are rescaled
     * by a power of two (exact) every 8 rows so that they stay in range.
     */
    boolean factor() {
        double[] num = multiplier; // theta_(i-1), then overwritten by the multipliers
        double[] den = upperScaled; // theta_i, then overwritten by upper_i/pivot_i
        double before = 1;
        double theta = diag[0];
        num[0] = before;
        den[0] = theta;
        for (int i = 1; i < n; i++) {
            double next = Math.fma(diag[i], theta, -(lower[i] * upper[i - 1]) * before);
            before = theta;
            theta = next;
            if ((i & 7) == 0) {
                int e = Math.getExponent(theta);
                if (e > -1000 && e < 1000) {
                    double scale = Double.longBitsToDouble((long) (1023 - e) << 52); // 2^-e
                    theta *= scale;
                    before *= scale;
                }
            }
            num[i] = before;
            den[i] = theta;
        }
        boolean ok = true;
        for (int i = 0; i < n; i++) {
            double inv = num[i] / den[i];
            pivotInverse[i] = inv;
            ok &= Math.abs(inv) > 0 && Math.abs(inv) < Double.POSITIVE_INFINITY;
        }
        if (!ok) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            multiplier[i] = lower[i] * pivotInverse[i - 1];
        }
        for (int i = 0; i < n - 1; i++) {
            upperScaled[i] = upper[i] * pivotInverse[i];
        }
        return true;
    }

    /**
     * Solves in place. The recurrences are latency-bound: a fused multiply-add keeps each link to one
     * instruction (half the latency of a multiply then a subtract).
     */
    void solve(double[] x) {
        double prev = x[0];
        x[0] = prev * pivotInverse[0];
        for (int i = 1; i < n; i++) {
            prev = Math.fma(-multiplier[i], prev, x[i]);
            x[i] = prev * pivotInverse[i];
        }
        double next = x[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            next = Math.fma(-upperScaled[i], next, x[i]);
            x[i] = next;
        }
    }

    /**
     * Solves {@code a x = xa} and {@code b y = yb} in place, both factored and of the same size: the two
     * independent recurrences share one loop, so each one's latency hides the other's.
     */
    static void solvePair(Tridiagonal a, double[] x, Tridiagonal b, double[] y) {
        int n = a.n;
        double[] ma = a.multiplier, pa = a.pivotInverse, ua = a.upperScaled;
        double[] mb = b.multiplier, pb = b.pivotInverse, ub = b.upperScaled;
        double px = x[0], py = y[0];
        x[0] = px * pa[0];
        y[0] = py * pb[0];
        for (int i = 1; i < n; i++) {
            px = Math.fma(-ma[i], px, x[i]);
            py = Math.fma(-mb[i], py, y[i]);
            x[i] = px * pa[i];
            y[i] = py * pb[i];
        }
        double nx = x[n - 1], ny = y[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            nx = Math.fma(-ua[i], nx, x[i]);
            ny = Math.fma(-ub[i], ny, y[i]);
            x[i] = nx;
            y[i] = ny;
        }
    }
}
