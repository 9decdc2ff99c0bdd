package org.soretstudy.solver.internal;

import static org.soretstudy.solver.internal.ErrorFunctions.INV_SQRT_PI;
import static org.soretstudy.solver.internal.ErrorFunctions.i2erfc;
import static org.soretstudy.solver.internal.ErrorFunctions.ierfc;

/**
 * The shapes of the analytic wall-layer start's temperature bump (the Dufour effect of the two composition layers,
 * see {@link WallLayerStart}), in scaled form, and their peak: pure functions of s = x/L and t' = t pi^2 D'/L^2, shared
 * by every cell (the peak is found once).
 */
final class WallLayerBump {
    private WallLayerBump() { }

    /**
     * The scaled bump of the layers at s = x/L, t' = t pi^2 D'/L^2 (D' the layers' diffusivity):
     * theta = (k_D a L/kappa)/(1 - eps) [g0(s, t') + eps g1(s, t')], eps = D'/kappa, g0 = -(u - l u)/(a L) (the
     * quasi-steady bump), g1 = pi^2 (du_w/dt')/(a L) q(s) (the lag), see {@link WallLayerStart}; a K_D varying
     * as k0 (1 + beta (1/2 - s)) adds beta gb(s, t').
     */
    static double layerBump0(double s, double tScaled) {
        double w = 2 * Math.sqrt(tScaled) / Math.PI;
        double uw = w * (INV_SQRT_PI - 2 * ierfc(1 / w) + 2 * ierfc(2 / w) - ierfc(3 / w));
        double u = w * (ierfc(s / w) + ierfc((2 - s) / w) + ierfc((2 + s) / w)
                - ierfc((1 - s) / w) - ierfc((1 + s) / w) - ierfc((3 - s) / w));
        return -(u - uw * (1 - 2 * s));
    }

    static double layerBump1(double s, double tScaled) {
        double w = 2 * Math.sqrt(tScaled) / Math.PI, z2 = 1 / (w * w);
        double rate = w / (2 * tScaled) * INV_SQRT_PI
                * (1 - 2 * Math.exp(-z2) + 2 * Math.exp(-4 * z2) - Math.exp(-9 * z2));
        return Math.PI * Math.PI * rate * (-s * (1 - s) * (1 - 2 * s) / 6);
    }

    /**
     * gb = -(Fb(s) - Fb(1) s), Fb = int_0^s (1/2 - s') u_s' ds'/(a L) = (1/2 - s) u - u_w/2 + int_0^s u (Fb(1) = 0:
     * u is odd about the centre); int_0^s w ierfc((s' + b)/w) ds' = w^2 (i2erfc(b/w) - i2erfc((s + b)/w)).
     */
    static double layerBumpB(double s, double tScaled) {
        double w = 2 * Math.sqrt(tScaled) / Math.PI;
        double uw = w * (INV_SQRT_PI - 2 * ierfc(1 / w) + 2 * ierfc(2 / w) - ierfc(3 / w));
        double u = w * (ierfc(s / w) + ierfc((2 - s) / w) + ierfc((2 + s) / w)
                - ierfc((1 - s) / w) - ierfc((1 + s) / w) - ierfc((3 - s) / w));
        double hot = i2erfc(0) - i2erfc(s / w) + i2erfc((2 - s) / w) - i2erfc((2 + s) / w);
        double cold = i2erfc((1 - s) / w) - i2erfc((1 + s) / w) + i2erfc((3 - s) / w) - i2erfc(3 / w);
        return -((0.5 - s) * u - 0.5 * uw + w * w * (hot - cold));
    }

    /** gc = -(u^2 - u_w^2)/(2 (a L)^2): the bump of a K_D linear in c, k0 (1 + gamma u/(a L)), per gamma. */
    static double layerBumpC(double s, double tScaled) {
        double w = 2 * Math.sqrt(tScaled) / Math.PI;
        double uw = w * (INV_SQRT_PI - 2 * ierfc(1 / w) + 2 * ierfc(2 / w) - ierfc(3 / w));
        double u = w * (ierfc(s / w) + ierfc((2 - s) / w) + ierfc((2 + s) / w)
                - ierfc((1 - s) / w) - ierfc((1 + s) / w) - ierfc((3 - s) / w));
        return -0.5 * (u * u - uw * uw);
    }

    /**
     * The bump of the drift's first order (see the drift's first order of {@link WallLayerStart}) per unit eps L: -(delta(s) - delta(0))/(a L),
     * delta = eps (a w^2/2) [f(s L/w) + f((1 - s) L/w)], f(z) = i^2erfc z - z ierfc z (even: F(L) is unchanged).
     */
    static double layerBumpD(double s, double tScaled) {
        double w = 2 * Math.sqrt(tScaled) / Math.PI;
        return -0.5 * w * w * (driftShape(s / w) + driftShape((1 - s) / w) - driftShape(0) - driftShape(1 / w));
    }

    /** f(z) = i^2erfc z - z ierfc z: the drift's first-order layer per a w^2/2 (see the drift's first order of {@link WallLayerStart}). */
    static double driftShape(double z) {
        return i2erfc(z) - z * ierfc(z);
    }

    /** The peak of g0 over s and t' (golden sections, once, on class load): {t', s, g0, g1, gb, gc, gd}. */
    static final double[] PEAK = bumpPeak();

    private static double[] bumpPeak() {
        double r = 0.5 * (Math.sqrt(5) - 1);
        double lo = 0.05, hi = 1.0;
        for (int k = 0; k < 80; k++) {
            double t1 = hi - r * (hi - lo), t2 = lo + r * (hi - lo);
            if (bumpOverS(t1)[1] < bumpOverS(t2)[1]) {
                lo = t1;
            } else {
                hi = t2;
            }
        }
        double tPeak = 0.5 * (lo + hi);
        double[] sPeak = bumpOverS(tPeak);
        return new double[] {tPeak, sPeak[0], sPeak[1], layerBump1(sPeak[0], tPeak), layerBumpB(sPeak[0], tPeak),
            layerBumpC(sPeak[0], tPeak), layerBumpD(sPeak[0], tPeak)};
    }

    /** {s, g0} at the maximum of g0(., t') over the hot half. */
    private static double[] bumpOverS(double tScaled) {
        double r = 0.5 * (Math.sqrt(5) - 1);
        double lo = 0, hi = 0.5;
        for (int k = 0; k < 80; k++) {
            double s1 = hi - r * (hi - lo), s2 = lo + r * (hi - lo);
            if (layerBump0(s1, tScaled) < layerBump0(s2, tScaled)) {
                lo = s1;
            } else {
                hi = s2;
            }
        }
        double s = 0.5 * (lo + hi);
        return new double[] {s, layerBump0(s, tScaled)};
    }
}
