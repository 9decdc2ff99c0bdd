package org.soretstudy.solver.internal;

import static org.soretstudy.solver.internal.ErrorFunctions.INV_SQRT_PI;
import static org.soretstudy.solver.internal.ErrorFunctions.ierfc;

/**
 * The early wall layer of c and T at one wall of a cell whose T is not slaved to c (a gas: D/kappa above
 * {@link WallLayerStart#LAG_MAX_RATIO}), with Dufour coupling, to first order in the layer's width: the analytic
 * start of {@link WallLayerStart} for gases. x is the distance from the wall, u = c - c0, theta = T - T_conduction.
 *
 * <p><b>The problem.</b> With g(c0 + u) = g0 + g1 u, k_D(c0, T) = k0 (1 + beta x) across the layer (k_D = K_D/(rho c_p)
 * at the conduction temperature) and sigma = S_T g0:
 * <pre>
 *   u_t     = D u_xx + D sigma theta_xx - D eps u_x          (eps = -S_T g1 dT/dx: the drift's first order)
 *   theta_t = kappa theta_xx + k0 ((1 + beta x) u_x)_x
 *   u_x + sigma theta_x = a + eps u,  theta = 0  at x = 0    (a = -sigma dT/dx: zero mass flux)
 * </pre>
 * u = theta = 0 at t = 0. Left out: K_D's dependence on c (a first order in theta, the largest: its source is the
 * square of u, which has no closed form here) and, at second order, (eps w)^2, (beta w)^2, g's curvature, K_D's
 * dependence on theta and u theta_x (w the layer's width); {@link WallLayerStart} bounds them.
 *
 * <p><b>Leading order</b> (eps = beta = 0): w = (u, theta) solves w_t = M w_xx, M = [[D, D sigma], [k0, kappa]], whose
 * eigenvalues lambda_1,2 are real and positive (sigma k0 &gt;= 0 by Onsager, det = D kappa (1 - eps_D) &gt; 0). In the
 * eigenvectors' coordinates each mode is a heat equation: w = sum_i v_i A_i P_i, P_i = w_i ierfc(x/w_i),
 * w_i = 2 sqrt(lambda_i t), the two amplitudes A_i from the two wall conditions.
 *
 * <p><b>First order.</b> The correction w1 solves w1_t = M w1_xx + F, F = (-D eps u0_x, k0 beta (x u0_xx + u0_x)),
 * with (1, sigma).w1_x = eps u0 and theta1 = 0 at the wall. In mode j (L_j = d/dt - lambda_j d^2/dx^2) the sources
 * are P_i' and x P_i'', and L_j maps heat solutions of mode i into them: for i = j, L(x P) = -2 lambda P' and
 * L(x P - x^2 P') = 4 lambda x P''; for i != j (Delta = lambda_i - lambda_j, S_i = w_i^2 i^2erfc(x/w_i), a mode-i
 * heat solution with S_i'' = -P_i'), L_j S_i = -Delta P_i' and L_j(x P_i) = Delta x P_i'' - 2 lambda_j P_i'. The
 * correction is then a sum of x P_i, x^2 P_i' and S_i, plus C_j S_j (the decaying homogeneous solutions of order t)
 * whose two amplitudes meet the two wall conditions. Modes closer than {@link #MIN_GAP} are declined (the 1/Delta^2
 * terms would cancel badly). Cell integrals are closed forms: int P = -w^2 i^2erfc, int S = -w^3 i^3erfc,
 * int x P = w^3 (4 i^3erfc z - ierfc z)/2, int x^2 P' = -w^3 ((z^3/3) erfc z - e^(-z^2) (1 + z^2)/(3 sqrt(pi))).
 * Not thread-safe.
 */
final class CoupledWallLayer {
    /** The smallest relative gap (lambda_2 - lambda_1)/lambda_2 between the modes for which the layer is formed. */
    static final double MIN_GAP = 0.05;

    private final double[] lambda = new double[2];
    /** Leading order: u0 = sum U_i P_i, theta0 = sum Th_i P_i. */
    private final double[] u0 = new double[2];
    private final double[] th0 = new double[2];
    /** First order, per mode i: the coefficients of x P_i, x^2 P_i' and S_i in u1 and in theta1. */
    private final double[] uX = new double[2];
    private final double[] uY = new double[2];
    private final double[] uS = new double[2];
    private final double[] thX = new double[2];
    private final double[] thY = new double[2];
    private final double[] thS = new double[2];
    /** max over x of |theta0| at t = 1 (theta0 is sqrt(t) times a profile in x/sqrt(t)). */
    private double thetaPeak;
    /** Scratch of {@link #set}: V^-1 and the particular solutions' coefficients by [mode j][source mode i]. */
    private final double[][] vinv = new double[2][2];
    private final double[][] xCoef = new double[2][2];
    private final double[][] yCoef = new double[2][2];
    private final double[][] sCoef = new double[2][2];
    /** i^2erfc and i^3erfc at the faces (see {@link #addAverages}), grown as needed. */
    private double[] faceI2 = new double[0];
    private double[] faceI3 = new double[0];
    /** The coefficients of the last {@link #set} and its answer: a cell's later grids form the same layer. */
    private final double[] lastInputs = new double[7];
    private boolean lastOk;

    /**
     * Forms the layer for these coefficients (see the class comment); false when its modes are too close (the layer
     * is then not available and the march starts from t = 0).
     */
    boolean set(double diff, double kappa, double sigma, double k0, double a, double eps, double beta) {
        double[] in = lastInputs;
        if (in[0] == diff && in[1] == kappa && in[2] == sigma && in[3] == k0 && in[4] == a && in[5] == eps && in[6] == beta) {
            return lastOk;
        }
        in[0] = diff;
        in[1] = kappa;
        in[2] = sigma;
        in[3] = k0;
        in[4] = a;
        in[5] = eps;
        in[6] = beta;
        lastOk = form(diff, kappa, sigma, k0, a, eps, beta);
        return lastOk;
    }

    private boolean form(double diff, double kappa, double sigma, double k0, double a, double eps, double beta) {
        double mean = 0.5 * (diff + kappa), half = 0.5 * (kappa - diff);
        double root = Math.sqrt(half * half + diff * sigma * k0);
        double l1 = mean - root, l2 = mean + root;
        if (!(l1 > 0) || !(root >= 0.5 * MIN_GAP * l2) || sigma == 0) {
            return false;
        }
        lambda[0] = l1;
        lambda[1] = l2;
        // eigenvectors v_i = (D sigma, lambda_i - D); V = [[v00, v01], [v10, v11]], columns the modes
        double v00 = diff * sigma, v01 = diff * sigma, v10 = l1 - diff, v11 = l2 - diff;
        double det = v00 * v11 - v01 * v10;
        double w00 = v11 / det, w01 = -v01 / det, w10 = -v10 / det, w11 = v00 / det; // V^-1
        double s1 = Math.sqrt(l1), s2 = Math.sqrt(l2);
        // amplitudes: theta(0) = sum v1i A_i w_i/sqrt(pi) = 0; (1, sigma).w_x(0) = -sum (v0i + sigma v1i) A_i = a,
        // v0i + sigma v1i = sigma lambda_i
        double m11 = v10 * s1, m12 = v11 * s2, m21 = sigma * l1, m22 = sigma * l2;
        double dm = m11 * m22 - m12 * m21;
        double amp1 = m12 * a / dm, amp2 = -m11 * a / dm; // Cramer's rule, the first condition's right side 0
        u0[0] = v00 * amp1;
        u0[1] = v01 * amp2;
        th0[0] = v10 * amp1;
        th0[1] = v11 * amp2;
        // first order: in mode j the source is sum_i p_ji P_i' + q_ji x P_i''
        vinv[0][0] = w00;
        vinv[0][1] = w01;
        vinv[1][0] = w10;
        vinv[1][1] = w11;
        for (int j = 0; j < 2; j++) {
            double lj = lambda[j];
            for (int i = 0; i < 2; i++) {
                double p = u0[i] * (-diff * eps * vinv[j][0] + k0 * beta * vinv[j][1]);
                double q = u0[i] * k0 * beta * vinv[j][1];
                if (i == j) {
                    xCoef[j][i] = -p / (2 * lj) + q / (4 * lj);
                    yCoef[j][i] = -q / (4 * lj);
                    sCoef[j][i] = 0;
                } else {
                    double delta = lambda[i] - lj;
                    xCoef[j][i] = q / delta;
                    yCoef[j][i] = 0;
                    sCoef[j][i] = -p / delta - 2 * lj * q / (delta * delta);
                }
            }
        }
        // the homogeneous C_j S_j: theta1(0) = 0 (S_i(0) = lambda_i t) and (1, sigma).w1_x(0) = eps u0(0)
        // (x P_i and S_i have wall slopes +-w_i/sqrt(pi), x^2 P_i' none; the common 2 sqrt(t)/sqrt(pi) cancels)
        double r1 = 0, r2 = eps * (u0[0] * s1 + u0[1] * s2);
        for (int j = 0; j < 2; j++) {
            double v1j = j == 0 ? v10 : v11;
            for (int i = 0; i < 2; i++) {
                r1 -= v1j * sCoef[j][i] * lambda[i];
                r2 -= sigma * lambda[j] * (xCoef[j][i] - sCoef[j][i]) * Math.sqrt(lambda[i]);
            }
        }
        double n11 = v10 * l1, n12 = v11 * l2, n21 = -sigma * l1 * s1, n22 = -sigma * l2 * s2;
        double dn = n11 * n22 - n12 * n21;
        double c1 = (r1 * n22 - n12 * r2) / dn, c2 = (n11 * r2 - r1 * n21) / dn;
        sCoef[0][0] += c1;
        sCoef[1][1] += c2;
        for (int i = 0; i < 2; i++) {
            uX[i] = v00 * xCoef[0][i] + v01 * xCoef[1][i];
            uY[i] = v00 * yCoef[0][i] + v01 * yCoef[1][i];
            uS[i] = v00 * sCoef[0][i] + v01 * sCoef[1][i];
            thX[i] = v10 * xCoef[0][i] + v11 * xCoef[1][i];
            thY[i] = v10 * yCoef[0][i] + v11 * yCoef[1][i];
            thS[i] = v10 * sCoef[0][i] + v11 * sCoef[1][i];
        }
        // theta0's largest value at t = 1: a single hump (0 at the wall and far away), golden sections over 0 < x < 3 w2
        double w1 = 2 * s1, w2 = 2 * s2, lo = 0, hi = 3 * w2, r = 0.5 * (Math.sqrt(5) - 1);
        for (int k = 0; k < 30; k++) {
            double x1 = hi - r * (hi - lo), x2 = lo + r * (hi - lo);
            if (thetaAtUnitTime(x1, w1, w2) < thetaAtUnitTime(x2, w1, w2)) {
                lo = x1;
            } else {
                hi = x2;
            }
        }
        thetaPeak = thetaAtUnitTime(0.5 * (lo + hi), w1, w2);
        return Double.isFinite(uS[0] + uS[1] + thS[0] + thS[1] + uX[0] + uX[1] + thX[0] + thX[1] + uY[0] + uY[1]);
    }

    /** |theta0| at t = 1 (the modes' widths w1, w2 there). */
    private double thetaAtUnitTime(double x, double w1, double w2) {
        return Math.abs(th0[0] * w1 * ierfc(x / w1) + th0[1] * w2 * ierfc(x / w2));
    }

    /** The faster mode's diffusivity (the layer's width is 2 sqrt(lambda_2 t)). */
    double fastest() {
        return lambda[1];
    }

    /** u at the wall at time t. */
    double wall(double t) {
        double u = 0;
        for (int i = 0; i < 2; i++) {
            double w = 2 * Math.sqrt(lambda[i] * t);
            u += u0[i] * w * INV_SQRT_PI + uS[i] * 0.25 * w * w;
        }
        return u;
    }

    /** |u0| at the wall, its largest value (a layer decaying away from it), for the neglected terms' size. */
    double leadingU(double t) {
        return Math.abs(u0[0] * Math.sqrt(lambda[0]) + u0[1] * Math.sqrt(lambda[1])) * 2 * Math.sqrt(t) * INV_SQRT_PI;
    }

    /** The largest |theta0| at time t (0 at the wall, a bump inside the layer). */
    double leadingTheta(double t) {
        return thetaPeak * Math.sqrt(t);
    }

    /**
     * Adds the layer's cell averages at time t on n cells of width h to {@code c} and {@code theta}: cell k from this
     * wall is index k, or n - 1 - k when {@code mirrored} (the other wall's layer). i^2erfc and i^3erfc come from
     * {@link ErrorFunctions#fill} at the faces, the rest from them: ierfc = 6 i^3erfc + 2 z i^2erfc,
     * erfc = 4 i^2erfc + 2 z ierfc, e^(-z^2)/sqrt(pi) = ierfc + z erfc (their cancellation at large z stays far below
     * the values at the wall, which is what the averages need).
     */
    void addAverages(double t, double h, int n, boolean mirrored, double[] c, double[] theta) {
        if (faceI2.length < n + 1) {
            faceI2 = new double[n + 1];
            faceI3 = new double[n + 1];
        }
        for (int i = 0; i < 2; i++) {
            double w = 2 * Math.sqrt(lambda[i] * t), dz = h / w;
            double pScale = w * w / h, xScale = w * w * w / h;
            ErrorFunctions.fill(dz, n + 1, faceI2, n + 1, faceI3);
            double i2Before = faceI2[0], i3Before = faceI3[0];
            double firstBefore = 0.5 * (4 * i3Before - INV_SQRT_PI), secondBefore = -INV_SQRT_PI / 3;
            for (int k = 0; k < n; k++) {
                double z = (k + 1) * dz, i2 = faceI2[k + 1], i3 = faceI3[k + 1];
                double ie = 6 * i3 + 2 * z * i2, ec = 4 * i2 + 2 * z * ie, gauss = ie + z * ec;
                double first = 0.5 * (4 * i3 - ie); // int z ierfc z dz
                double second = z * z * z / 3 * ec - gauss * (1 + z * z) / 3; // int z^2 erfc z dz
                double intP = pScale * (i2Before - i2), intX = xScale * (first - firstBefore),
                        intY = -xScale * (second - secondBefore), intS = xScale * (i3Before - i3);
                int at = mirrored ? n - 1 - k : k;
                c[at] += u0[i] * intP + uX[i] * intX + uY[i] * intY + uS[i] * intS;
                theta[at] += th0[i] * intP + thX[i] * intX + thY[i] * intY + thS[i] * intS;
                i2Before = i2;
                i3Before = i3;
                firstBefore = first;
                secondBefore = second;
            }
        }
    }
}
