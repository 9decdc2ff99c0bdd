package org.soretstudy.solver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The bump's peak time of {@link BumpPeakTime} against the physics it tabulates, by two other means: the two
 * linear equations marched by explicit finite differences, and, as T becomes slaved to c (Le large), the peak of the
 * liquids' wall layers ({@link WallLayerBump#PEAK}, erfc layers with their images: another solution of the same
 * problem in that limit).
 */
class BumpPeakTimeTest {

    /**
     * In t' = t/tau and s = x/L: u_t' = u_ss/pi^2 with u_s = -1 at both walls (zero mass flux, T linear), and
     * theta_t' = (Le theta_ss + u_ss)/pi^2 with theta = 0 at the walls, both zero at t' = 0. Explicit steps on 200
     * cells (the peak time within ~0.3 % of its limit; 0.9 % at 100 cells), the peak of max|theta| over the cells
     * refined by a parabola through three steps.
     */
    private static double marchedPeakTime(double lewis) {
        int n = 200;
        double h = 1.0 / n;
        double dt = 0.2 * h * h * Math.PI * Math.PI / Math.max(1, lewis);
        double[] u = new double[n], theta = new double[n], uNext = new double[n], thetaNext = new double[n];
        double[] uss = new double[n];
        double b2 = 0, b1 = 0, t = 0;
        while (true) {
            for (int i = 0; i < n; i++) {
                // cell averages; the wall faces carry the zero-flux gradient u_s = -1
                double gradientLeft = i == 0 ? -1 : (u[i] - u[i - 1]) / h;
                double gradientRight = i == n - 1 ? -1 : (u[i + 1] - u[i]) / h;
                uss[i] = (gradientRight - gradientLeft) / h;
            }
            double bump = 0;
            for (int i = 0; i < n; i++) {
                double lo = i == 0 ? -theta[0] : theta[i - 1], hi = i == n - 1 ? -theta[n - 1] : theta[i + 1];
                double thetaSs = (hi - 2 * theta[i] + lo) / (h * h);
                // theta's source is the divergence of the Dufour flux k_D u_s (k_D = 1 here: only the timing matters)
                thetaNext[i] = theta[i] + dt / (Math.PI * Math.PI) * (lewis * thetaSs + uss[i]);
                uNext[i] = u[i] + dt / (Math.PI * Math.PI) * uss[i];
                bump = Math.max(bump, Math.abs(thetaNext[i]));
            }
            double[] swap = u;
            u = uNext;
            uNext = swap;
            swap = theta;
            theta = thetaNext;
            thetaNext = swap;
            t += dt;
            if (b1 > b2 && b1 > bump) {
                // the previous step was the largest: the parabola's vertex through the last three
                return MarchOutputs.parabolicVertex(t - 2 * dt, b2, t - dt, b1, t, bump);
            }
            b2 = b1;
            b1 = bump;
        }
    }

    @Test
    void tableMatchesTheMarchedLinearEquations() {
        for (double lewis : new double[] {0.1, 0.3, 1, 1.1, 3, 10}) {
            double marched = marchedPeakTime(lewis), tabled = BumpPeakTime.of(lewis);
            assertEquals(marched, tabled, 0.01 * marched, "Le = " + lewis);
        }
    }

    @Test
    void largeLewisNumbersPeakWithTheLiquidsWallLayers() {
        // Le -> infinity: theta is quasi-steady, the liquids' layers; the table's last point (Le = 100) is 1.5 % above
        double limit = WallLayerBump.PEAK[0];
        assertEquals(limit, BumpPeakTime.of(100), 0.02 * limit);
        assertEquals(limit, BumpPeakTime.of(1e6), 0.02 * limit);
    }

    @Test
    void peakComesLaterAsHeatDiffusesSlower() {
        double previous = Double.POSITIVE_INFINITY;
        for (double lewis = 0.005; lewis < 200; lewis *= 1.1) {
            double t = BumpPeakTime.of(lewis);
            assertTrue(t <= previous, "Le = " + lewis);
            previous = t;
        }
    }
}
