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

    /** Factors the filled rows; returns false on a zero or non-finite pivot. */
    boolean factor() {
        double pivot = diag[0];
        for (int i = 0; ; i++) {
            if (!(Math.abs(pivot) > 0) || !Double.isFinite(pivot)) {
                return false;
            }
            pivotInverse[i] = 1 / pivot;
            if (i == n - 1) {
                return true;
            }
            upperScaled[i] = upper[i] * pivotInverse[i];
            double w = lower[i + 1] * pivotInverse[i];
            multiplier[i + 1] = w;
            pivot = diag[i + 1] - w * upper[i];
        }
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
}
