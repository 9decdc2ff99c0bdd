package org.soretstudy.solver.internal;

/**
 * A scalar tridiagonal system, factored once and solved for several right-hand sides (no pivoting: the
 * kernels build diagonally dominant matrices). Row i is {@code lower[i] x[i-1] + diag[i] x[i] + upper[i] x[i+1]}.
 * Scratch grows only with n. Not thread-safe.
 *
 * <p>Twisted ("burn at both ends") elimination: rows above the middle row k are eliminated downwards and rows
 * below it upwards, the two meeting at k. The solves are chains of dependent multiply-adds (latency-bound at
 * 64 cells); two half-length chains run side by side in one loop, nearly halving the time of the Thomas
 * algorithm. The pivots are ratios of continuants, {@code theta_i = d_i theta_(i-1) - l_i u_(i-1) theta_(i-2)}
 * (and likewise from the bottom): one fused multiply-add per row on the recurrence, where the Thomas pivot
 * recurrence carries a division; the divisions then run independently. The continuants are rescaled by a power
 * of two (exact) every 8 rows so that they stay in range.
 */
final class Tridiagonal {
    double[] lower = new double[0];
    double[] diag = new double[0];
    double[] upper = new double[0];
    /** 1/pivot of each row (the twist row k: 1/gamma_k). */
    private double[] pivotInverse = new double[0];
    /** Forward multipliers: l_i/P_(i-1) above k, u_i/Q_(i+1) below k. */
    private double[] multiplier = new double[0];
    /** Back-substitution coefficients: u_i/P_i above k, l_i/Q_i below k. */
    private double[] scaled = new double[0];
    /** Continuant scratch: numerator and denominator of each pivot. */
    private double[] num = new double[0];
    private double[] den = new double[0];
    private int n;
    /** The twist row. */
    private int k;
    /** l_k/P_(k-1) and u_k/Q_(k+1): the twist row's couplings to the two eliminated halves. */
    private double twistLower;
    private double twistUpper;

    void resize(int n) {
        if (diag.length < n) {
            lower = new double[n];
            diag = new double[n];
            upper = new double[n];
            pivotInverse = new double[n];
            multiplier = new double[n];
            scaled = new double[n];
            num = new double[n];
            den = new double[n];
        }
        this.n = n;
        this.k = n >= 4 ? n / 2 : n - 1;
    }

    /** Factors the filled rows; returns false on a zero or non-finite pivot. */
    boolean factor() {
        double[] d = diag, l = lower, u = upper;
        // downwards over rows 0..k-1 and upwards over rows n-1..k+1, side by side
        double beforeA = 1, thetaA = d[0];
        double beforeB = 1, thetaB = d[n - 1];
        if (k > 0) {
            num[0] = beforeA;
            den[0] = thetaA;
        }
        if (k < n - 1) {
            num[n - 1] = beforeB;
            den[n - 1] = thetaB;
        }
        int half = Math.max(k, n - 1 - k);
        for (int s = 1; s < half; s++) {
            int i = s;
            int j = n - 1 - s;
            if (i < k) {
                double next = Math.fma(d[i], thetaA, -(l[i] * u[i - 1]) * beforeA);
                beforeA = thetaA;
                thetaA = next;
                if ((s & 7) == 0) {
                    double scale = powerOfTwoInverse(thetaA);
                    thetaA *= scale;
                    beforeA *= scale;
                }
                num[i] = beforeA;
                den[i] = thetaA;
            }
            if (j > k) {
                double next = Math.fma(d[j], thetaB, -(u[j] * l[j + 1]) * beforeB);
                beforeB = thetaB;
                thetaB = next;
                if ((s & 7) == 0) {
                    double scale = powerOfTwoInverse(thetaB);
                    thetaB *= scale;
                    beforeB *= scale;
                }
                num[j] = beforeB;
                den[j] = thetaB;
            }
        }
        boolean ok = true;
        for (int i = 0; i < n; i++) {
            if (i != k) {
                double inv = num[i] / den[i];
                pivotInverse[i] = inv;
                ok &= Math.abs(inv) > 0 && Math.abs(inv) < Double.POSITIVE_INFINITY;
            }
        }
        if (!ok) {
            return false;
        }
        for (int i = 1; i < k; i++) {
            multiplier[i] = l[i] * pivotInverse[i - 1];
        }
        for (int i = 0; i < k; i++) {
            scaled[i] = u[i] * pivotInverse[i];
        }
        for (int i = k + 1; i < n - 1; i++) {
            multiplier[i] = u[i] * pivotInverse[i + 1];
        }
        for (int i = k + 1; i < n; i++) {
            scaled[i] = l[i] * pivotInverse[i];
        }
        twistLower = k > 0 ? l[k] * pivotInverse[k - 1] : 0;
        twistUpper = k < n - 1 ? u[k] * pivotInverse[k + 1] : 0;
        double gamma = d[k] - (k > 0 ? twistLower * u[k - 1] : 0) - (k < n - 1 ? twistUpper * l[k + 1] : 0);
        double inv = 1 / gamma;
        pivotInverse[k] = inv;
        return Math.abs(inv) > 0 && Math.abs(inv) < Double.POSITIVE_INFINITY;
    }

    /** 2^-e for the binary exponent e of v (1 when v is zero, subnormal or not finite). */
    private static double powerOfTwoInverse(double v) {
        int e = Math.getExponent(v);
        return e > -1000 && e < 1000 ? Double.longBitsToDouble((long) (1023 - e) << 52) : 1;
    }

    /** Solves in place. */
    void solve(double[] x) {
        double[] m = multiplier, p = pivotInverse, v = scaled;
        int last = n - 1;
        // eliminate towards the twist row from both ends: y_i = b_i - m_i y_(i-1) (above), mirrored below
        double ya = x[0], yb = x[last];
        int half = Math.max(k, last - k);
        for (int s = 1; s < half; s++) {
            int i = s, j = last - s;
            if (i < k) {
                ya = Math.fma(-m[i], ya, x[i]);
                x[i] = ya;
            }
            if (j > k) {
                yb = Math.fma(-m[j], yb, x[j]);
                x[j] = yb;
            }
        }
        double xk = x[k];
        if (k > 0) {
            xk -= twistLower * x[k - 1];
        }
        if (k < last) {
            xk -= twistUpper * x[k + 1];
        }
        xk *= p[k];
        x[k] = xk;
        // back-substitute outwards from the twist row: x_i = y_i/P_i - (u_i/P_i) x_(i+1) (above), mirrored below
        double xa = xk, xb = xk;
        for (int s = 1; s <= half; s++) {
            int i = k - s, j = k + s;
            if (i >= 0) {
                xa = Math.fma(-v[i], xa, x[i] * p[i]);
                x[i] = xa;
            }
            if (j <= last) {
                xb = Math.fma(-v[j], xb, x[j] * p[j]);
                x[j] = xb;
            }
        }
    }

    /**
     * Solves {@code a x = xa} and {@code b y = yb} in place, both factored for the same size: the four
     * half-length chains share one loop.
     */
    static void solvePair(Tridiagonal a, double[] x, Tridiagonal b, double[] y) {
        int n = a.n, k = a.k, last = n - 1;
        if (n < 4) {
            a.solve(x);
            b.solve(y);
            return;
        }
        double[] ma = a.multiplier, pa = a.pivotInverse, va = a.scaled;
        double[] mb = b.multiplier, pb = b.pivotInverse, vb = b.scaled;
        // n >= 4: k = n/2, rows 1..k-1 above and k+1..n-2 below (the lower half is one row shorter when n is even)
        double xa = x[0], xb = x[last], ya = y[0], yb = y[last];
        for (int s = 1; s < k; s++) {
            int i = s, j = last - s;
            xa = Math.fma(-ma[i], xa, x[i]);
            ya = Math.fma(-mb[i], ya, y[i]);
            x[i] = xa;
            y[i] = ya;
            if (j > k) {
                xb = Math.fma(-ma[j], xb, x[j]);
                yb = Math.fma(-mb[j], yb, y[j]);
                x[j] = xb;
                y[j] = yb;
            }
        }
        double xk = (x[k] - a.twistLower * x[k - 1] - a.twistUpper * x[k + 1]) * pa[k];
        double yk = (y[k] - b.twistLower * y[k - 1] - b.twistUpper * y[k + 1]) * pb[k];
        x[k] = xk;
        y[k] = yk;
        xa = xk;
        xb = xk;
        ya = yk;
        yb = yk;
        for (int s = 1; s <= k; s++) {
            int i = k - s, j = k + s;
            xa = Math.fma(-va[i], xa, x[i] * pa[i]);
            ya = Math.fma(-vb[i], ya, y[i] * pb[i]);
            x[i] = xa;
            y[i] = ya;
            if (j <= last) {
                xb = Math.fma(-va[j], xb, x[j] * pa[j]);
                yb = Math.fma(-vb[j], yb, y[j] * pb[j]);
                x[j] = xb;
                y[j] = yb;
            }
        }
    }
}
