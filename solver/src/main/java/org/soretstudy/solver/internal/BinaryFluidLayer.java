package org.soretstudy.solver.internal;

/**
 * Linear stability of the conducting state of a horizontal binary-fluid layer with the Soret effect, rigid
 * impermeable walls (physics.md section 8), by Chebyshev collocation in z.
 *
 * <p>Lücke's variables, lengths in the layer height d, time in d^2/kappa, the solute field written as
 * psi*H with H = C - theta (so the wall condition is Neumann and the base state carries no H gradient):
 * <pre>
 *   (s/Pr)(D^2-k^2) W = (D^2-k^2)^2 W - k^2 Ra [(1+psi) theta + psi H]
 *   s theta = (D^2-k^2) theta + W
 *   s H     = Le^-1 (D^2-k^2) H - (D^2-k^2) theta
 *   W = DW = theta = DH = 0 at z = 0, 1
 * </pre>
 * W is represented as (1-x^2) q(x) with q(+-1) = 0 (Trefethen, Spectral Methods in MATLAB, ch. 14), which
 * builds in both clamped conditions; theta is Dirichlet; the two boundary values of H are eliminated with the
 * Neumann rows. Inverting (D^2-k^2) on W gives a standard eigenproblem s x = M x of size 3(N-1), solved by
 * {@link RealEigenvalues}. Not thread-safe: the matrices are scratch space of the instance.
 */
public final class BinaryFluidLayer {
    private final int m;          // interior points per field, N - 1
    private final double[][] d2w; // d^2/dz^2 on clamped W (interior values)
    private final double[][] d4w; // d^4/dz^4 on clamped W
    private final double[][] d2t; // d^2/dz^2 on Dirichlet theta
    private final double[][] d2h; // d^2/dz^2 on Neumann H (boundary values eliminated)
    private final double[][] big;
    private final double[][] lw;
    private final double[][] lwInvRhs;
    private final double[] wr;
    private final double[] wi;
    private final int[] pivot;

    /** Largest-real-part eigenvalue of one solve. */
    public record Growth(double rate, double frequency) { }

    /** @param n Chebyshev polynomial degree (N + 1 collocation points, N - 1 interior); 20-30 is ample */
    public BinaryFluidLayer(int n) {
        if (n < 6) throw new IllegalArgumentException("n = " + n + " too small");
        m = n - 1;
        double[] x = new double[n + 1];
        double[][] d1 = chebyshev(n, x);
        double[][] d2 = multiply(d1, d1);
        double[][] d3 = multiply(d2, d1);
        double[][] d4 = multiply(d3, d1);
        d2w = new double[m][m];
        d4w = new double[m][m];
        d2t = new double[m][m];
        d2h = new double[m][m];
        // W = (1-x^2) q: W'' = (1-x^2)q'' - 4x q' - 2q, W'''' = (1-x^2)q'''' - 8x q''' - 12 q''; z = (x+1)/2
        for (int i = 0; i < m; i++) {
            double xi = x[i + 1];
            for (int j = 0; j < m; j++) {
                double scale = 1.0 / (1.0 - x[j + 1] * x[j + 1]);
                double id = i == j ? 1.0 : 0.0;
                d2w[i][j] = 4.0 * ((1 - xi * xi) * d2[i + 1][j + 1] - 4 * xi * d1[i + 1][j + 1] - 2 * id) * scale;
                d4w[i][j] = 16.0 * ((1 - xi * xi) * d4[i + 1][j + 1] - 8 * xi * d3[i + 1][j + 1]
                        - 12 * d2[i + 1][j + 1]) * scale;
                d2t[i][j] = 4.0 * d2[i + 1][j + 1];
            }
        }
        // Neumann: d1[0][0] H0 + d1[0][n] Hn = -sum_j d1[0][j] Hj, same for row n
        double a00 = d1[0][0];
        double a01 = d1[0][n];
        double a10 = d1[n][0];
        double a11 = d1[n][n];
        double det = a00 * a11 - a01 * a10;
        for (int j = 0; j < m; j++) {
            double b0 = -d1[0][j + 1];
            double b1 = -d1[n][j + 1];
            double h0 = (a11 * b0 - a01 * b1) / det;
            double hn = (a00 * b1 - a10 * b0) / det;
            for (int i = 0; i < m; i++) {
                d2h[i][j] = 4.0 * (d2[i + 1][j + 1] + d2[i + 1][0] * h0 + d2[i + 1][n] * hn);
            }
        }
        big = new double[3 * m][3 * m];
        lw = new double[m][m];
        lwInvRhs = new double[m][2 * m + 1];
        wr = new double[3 * m];
        wi = new double[3 * m];
        pivot = new int[m];
    }

    /**
     * The growth rate with the largest real part (and its imaginary part, >= 0) at one wavenumber.
     *
     * @param rayleigh signed Rayleigh number (positive heated from below)
     */
    public Growth leadingGrowth(double rayleigh, double k, double psi, double lewis, double prandtl) {
        assemble(rayleigh, k, psi, lewis, prandtl);
        RealEigenvalues.compute(big, 3 * m, wr, wi);
        int best = 0;
        for (int i = 1; i < 3 * m; i++) {
            if (wr[i] > wr[best]) best = i;
        }
        return new Growth(wr[best], Math.abs(wi[best]));
    }

    /** Largest real part of the growth rates at one wavenumber (no allocation). */
    public double maxGrowthRate(double rayleigh, double k, double psi, double lewis, double prandtl) {
        assemble(rayleigh, k, psi, lewis, prandtl);
        RealEigenvalues.compute(big, 3 * m, wr, wi);
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 3 * m; i++) best = Math.max(best, wr[i]);
        return best;
    }

    private void assemble(double ra, double k, double psi, double lewis, double prandtl) {
        double k2 = k * k;
        // W rows: s W = Pr Lw^-1 [Lw^2 W - k^2 Ra ((1+psi) theta + psi H)], so solve Lw X = [Lw^2 | I] once
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double id = i == j ? 1.0 : 0.0;
                lw[i][j] = d2w[i][j] - k2 * id;
                lwInvRhs[i][j] = d4w[i][j] - 2 * k2 * d2w[i][j] + k2 * k2 * id;
                lwInvRhs[i][m + j] = id;
            }
        }
        luSolveInPlace(lw, lwInvRhs, m, 2 * m);
        double cT = -prandtl * k2 * ra * (1 + psi);
        double cH = -prandtl * k2 * ra * psi;
        double invLe = 1.0 / lewis;
        for (int i = 0; i < m; i++) {
            double[] rowW = big[i];
            double[] rowT = big[m + i];
            double[] rowH = big[2 * m + i];
            for (int j = 0; j < m; j++) {
                double id = i == j ? 1.0 : 0.0;
                double inv = lwInvRhs[i][m + j];
                rowW[j] = prandtl * lwInvRhs[i][j];
                rowW[m + j] = cT * inv;
                rowW[2 * m + j] = cH * inv;
                double lt = d2t[i][j] - k2 * id;
                rowT[j] = id;
                rowT[m + j] = lt;
                rowT[2 * m + j] = 0.0;
                rowH[j] = 0.0;
                rowH[m + j] = -lt;
                rowH[2 * m + j] = invLe * (d2h[i][j] - k2 * id);
            }
        }
    }

    /** Gaussian elimination with partial pivoting: a X = b, b (n x cols) overwritten by X, a destroyed. */
    private void luSolveInPlace(double[][] a, double[][] b, int n, int cols) {
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
            pivot[c] = p;
            if (p != c) {
                double[] t = a[p];
                a[p] = a[c];
                a[c] = t;
                t = b[p];
                b[p] = b[c];
                b[c] = t;
            }
            double inv = 1.0 / a[c][c];
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] * inv;
                if (f != 0.0) {
                    for (int j = c + 1; j < n; j++) a[r][j] -= f * a[c][j];
                    for (int j = 0; j < cols; j++) b[r][j] -= f * b[c][j];
                }
            }
        }
        for (int c = n - 1; c >= 0; c--) {
            double inv = 1.0 / a[c][c];
            for (int j = 0; j < cols; j++) {
                double s = b[c][j];
                for (int r = c + 1; r < n; r++) s -= a[c][r] * b[r][j];
                b[c][j] = s * inv;
            }
        }
    }

    /** Chebyshev points x_j = cos(pi j/n) and the differentiation matrix (Trefethen's cheb). */
    static double[][] chebyshev(int n, double[] x) {
        double[] c = new double[n + 1];
        for (int j = 0; j <= n; j++) {
            x[j] = Math.cos(Math.PI * j / n);
            c[j] = ((j == 0 || j == n) ? 2.0 : 1.0) * ((j % 2 == 0) ? 1.0 : -1.0);
        }
        // sin form of x_i - x_j is more accurate than the difference of cosines
        double[][] d = new double[n + 1][n + 1];
        for (int i = 0; i <= n; i++) {
            double sum = 0.0;
            for (int j = 0; j <= n; j++) {
                if (i != j) {
                    double dx = -2.0 * Math.sin(Math.PI * (i + j) / (2.0 * n)) * Math.sin(Math.PI * (i - j) / (2.0 * n));
                    d[i][j] = c[i] / (c[j] * dx);
                    sum += d[i][j];
                }
            }
            d[i][i] = -sum;
        }
        return d;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double aik = a[i][k];
                for (int j = 0; j < n; j++) r[i][j] += aik * b[k][j];
            }
        }
        return r;
    }
}
