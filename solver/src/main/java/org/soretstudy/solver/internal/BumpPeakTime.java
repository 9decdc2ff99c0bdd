package org.soretstudy.solver.internal;

/**
 * When the Dufour bump of a Soret cell peaks, as a function of the Lewis number Le = kappa/D alone: the linear,
 * weakly coupled cell (constant coefficients, T starting linear between Dirichlet walls, c uniform). There c - c0
 * relaxes by the de Groot series, u = a L sum_(k odd) (4/(k pi)^2) cos(k pi s)(1 - e^(-k^2 t')), s = x/L,
 * t' = t/tau (tau = L^2/(pi^2 D)), and drives theta = T - T_conduction through theta_t = kappa theta_xx + k_D u_xx
 * with theta = 0 at the walls. Projected on sin(m pi s) (m even; cos(k pi s) gives 4m/(pi (m^2 - k^2))):
 * theta = (4 a k_D L/(pi^2 D)) sum_m sin(m pi s) sum_k 4m/(pi (m^2 - k^2)) (e^(-k^2 t') - e^(-Le m^2 t'))/(Le m^2 - k^2).
 * The peak over s and t' of |theta| is at t'_p(Le): 0.19 for Le -&gt; infinity (the liquids' layers,
 * {@link WallLayerBump#PEAK}), 0.53 at Le = 1.1 (He-Ar; a converged march of the He-Ar bench cell peaks at 0.56,
 * its K_D varying with T), 1.47 at Le = 0.1. The march holds its steps near the peak to a fixed fraction of this
 * time, so that the parabola through three of them errs by the same share of the bump at every Le.
 *
 * <p>The table holds t'_p at 25 Lewis numbers from 0.01 to 100 (geometric), from the series with 200 odd k, 200 even
 * m and the profile's maximum over 1000 points of the hot half; BumpPeakTimeTest sums the series again.
 */
final class BumpPeakTime {
    private BumpPeakTime() { }

    /** The table's Lewis numbers: geometric from {@link #LE_MIN} to {@link #LE_MAX}; clamped beyond. */
    static final double LE_MIN = 0.01;
    static final double LE_MAX = 100;
    /** t'_p at LE_MIN (LE_MAX/LE_MIN)^(i/24), i = 0 .. 24. */
    static final double[] PEAKS = {
        2.6556, 2.4529, 2.2547, 2.0576, 1.8607, 1.6675, 1.4738, 1.2878, 1.1092, 0.9424, 0.7922, 0.6613, 0.5501,
        0.4578, 0.3830, 0.3238, 0.2787, 0.2469, 0.2263, 0.2140, 0.2064, 0.2017, 0.1985, 0.1966, 0.1950};

    /** t'_p at Le = kappa/D: linear in log Le and log t'_p between the table's points, clamped beyond them. */
    static double of(double lewis) {
        int last = PEAKS.length - 1;
        double u = Math.log(lewis / LE_MIN) / Math.log(LE_MAX / LE_MIN) * last;
        if (!(u > 0)) {
            return PEAKS[0];
        }
        if (u >= last) {
            return PEAKS[last];
        }
        int i = (int) u;
        double f = u - i;
        return Math.exp((1 - f) * Math.log(PEAKS[i]) + f * Math.log(PEAKS[i + 1]));
    }
}
