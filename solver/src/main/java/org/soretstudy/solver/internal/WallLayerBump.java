package org.soretstudy.solver.internal;

import static org.soretstudy.solver.internal.ErrorFunctions.INV_SQRT_PI;
import static org.soretstudy.solver.internal.ErrorFunctions.i2erfc;
import static org.soretstudy.solver.internal.ErrorFunctions.ierfc;

/**
 * The shape of the analytic wall-layer start's temperature bump (the Dufour effect of the two composition layers,
 * see {@link WallLayerStart}), in scaled form, and its peak: pure functions of s = x/L and t' = t pi^2 D'/L^2, shared
 * by every cell (the peak is found once); and the shape of the drift's first order.
 */
final class WallLayerBump {
    private WallLayerBump() { }

    /**
     * The scaled quasi-steady bump of the layers at s = x/L, t' = t pi^2 D'/L^2 (D' the layers' diffusivity) for a
     * constant K_D: theta = (k_D a L/kappa) g0(s, t'), g0 = -(u - l u)/(a L), l u the line between u's wall values
     * (see {@link WallLayerStart}). Its peak gives the bump's scale and where {@link WallLayerStart#peakBefore} looks.
     */
    static double layerBump0(double s, double tScaled) {
        double w = 2 * Math.sqrt(tScaled) / Math.PI;
        double uw = w * (INV_SQRT_PI - 2 * ierfc(1 / w) + 2 * ierfc(2 / w) - ierfc(3 / w));
        double u = w * (ierfc(s / w) + ierfc((2 - s) / w) + ierfc((2 + s) / w)
                - ierfc((1 - s) / w) - ierfc((1 + s) / w) - ierfc((3 - s) / w));
        return -(u - uw * (1 - 2 * s));
    }

    /** f(z) = i^2erfc z - z ierfc z: the drift's first-order layer per a w^2/2 (see the drift's first order of {@link WallLayerStart}). */
    static double driftShape(double z) {
        return i2erfc(z) - z * ierfc(z);
    }

    /** The peak of g0 over s and t' (golden sections, once, on class load): {t', s, g0}. */
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
        return new double[] {tPeak, sPeak[0], sPeak[1]};
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
