package org.soretstudy.solver.internal;

/**
 * The outputs of a {@link GridMarch}, read off its state: the separation, the Dufour bump (with its peak over the
 * accepted steps), t99's crossing within a step and the mass error.
 *
 * <p>The separation uses wall values extrapolated from the two nearest cells by the quadratic whose wall slope is
 * the one zero mass flux imposes, {@code c_x = -S_T(T_w) g(c_w) T_x} (third order). dufour_dt_max is the largest
 * |T - T_conduction| over the cell (the vertex of a quartic through the cell averages around the largest, see
 * {@link #bump()}) at the accepted steps, refined by a parabola through the three steps
 * around the peak, and the steady state's when the bump relaxes to it after the last step (it may grow to it:
 * strongly coupled gases); mass_error is |sum(c_i - c0)|/(n c0): mass is conserved to round-off because the flux
 * form telescopes, the walls carry no mass flux and the mass matrix has unit column sums. t99 is interpolated within
 * its step (log-linear in the deficit {@code 1 - sep/sep_inf}, exact for the single slowest mode left at t99).
 */
final class MarchOutputs {
    private final MarchState state;
    /** The largest bump so far; whether it has passed its peak; the bump at the previous two accepted steps. */
    private double bumpMax;
    private boolean bumpPeaked;
    private double bump1;
    private double bump2;
    private double time1;
    private double time2;
    /** The accepted step with the largest bump when the steps passed its peak (NaN: they did not). */
    private double peakTime;

    MarchOutputs(MarchState state) {
        this.state = state;
    }

    /** Starts tracking the bump with the largest one before the first step (the analytic start's, or 0). */
    void startBump(double max) {
        bumpMax = max;
        bumpPeaked = false;
        bump1 = Double.NaN;
        bump2 = Double.NaN;
        time1 = Double.NaN;
        time2 = Double.NaN;
        peakTime = Double.NaN;
    }

    /**
     * Takes the bump of the step accepted at time t: its largest value, and past a maximum the peak of the parabola
     * through the three steps around it (the bare largest step would err by the step's square).
     */
    void trackBump(double t) {
        double bump = bump();
        bumpMax = Math.max(bumpMax, bump);
        if (bump1 > bump2 && bump1 > bump) {
            bumpMax = Math.max(bumpMax, parabolicPeak(time2, bump2, time1, bump1, t, bump));
            if (!bumpPeaked) {
                peakTime = time1;
            }
            bumpPeaked = true;
        }
        bump2 = bump1;
        time2 = time1;
        bump1 = bump;
        time1 = t;
    }

    /** Starts tracking the bump from a start that has passed its peak, whose value is given: no step is held short. */
    void startPastPeak(double peak) {
        startBump(peak);
        bumpPeaked = true;
    }

    /** Includes a bump reached otherwise (the steady state's, to which the bump relaxes after the last step). */
    void includeBump(double bump) {
        bumpMax = Math.max(bumpMax, bump);
    }

    /** True once the bump has passed its peak (the steps are held short until then). */
    boolean bumpPeaked() {
        return bumpPeaked;
    }

    /** The step at the bump's peak, once the steps have passed it (NaN before, or when a start passed it). */
    double peakTime() {
        return peakTime;
    }

    double bumpMax() {
        return bumpMax;
    }

    /** |sum(c_i - c0)|/(n c0): zero up to round-off (see the class comment). */
    double massError() {
        int n = state.n;
        CellModel m = state.m;
        double drift = 0;
        for (int i = 0; i < n; i++) {
            drift += state.c[i] - m.c0();
        }
        return Math.abs(drift / n) / Math.abs(m.c0());
    }

    /** c(L) - c(0), the wall values extrapolated consistently with the zero mass flux (third order). */
    double separation() {
        return wall(state.n - 1, state.n - 2, -1, state.tCold) - wall(0, 1, 1, state.tHot);
    }
    /**
     * c at a wall from the quadratic through the two nearest cell averages with the wall slope that zero
     * mass flux imposes, c_x = -S_T(T_w) g(c_w) T_x. {@code sign} is +1 at x = 0, -1 at x = L (the inward
     * coordinate). The slope depends weakly on c_w: a few fixed-point passes.
     */
    private double wall(int i0, int i1, int sign, double tWallDirichlet) {
        double[] c = state.c;
        double[] temp = state.temp;
        double h = state.h;
        CellModel m = state.m;
        boolean solveT = state.solveT;
        boolean dirichlet = state.dirichlet;
        double c0m = c[i0], c1m = c[i1];
        double base = c0m - (c1m - c0m) / 6;
        double cw = base;
        double tw = tWallDirichlet;
        double tx; // dT/dx (in x) at the wall
        if (!solveT) {
            tx = (state.tCold - state.tHot) / m.length();
        } else if (dirichlet) {
            tx = sign * (-3 * tw + 3.5 * temp[i0] - 0.5 * temp[i1]) / h;
        } else {
            tx = Double.NaN;
        }
        for (int pass = 0; pass < 3; pass++) {
            if (solveT && !dirichlet) {
                double lam = m.effectiveConductivity(cw, Double.isNaN(tw) || pass == 0 ? temp[i0] : tw);
                tx = -m.heatFlux() / lam;
                tw = temp[i0] - (temp[i1] - temp[i0]) / 6 - sign * tx * h / 3;
            }
            double slopeIn = sign * (-m.soret(tw) * state.g(cw) * tx);
            cw = base - slopeIn * h / 3;
        }
        return cw;
    }
    /**
     * Max |T - T_conduction| over the cell: the largest cell average's, refined by the quartic whose averages over it
     * and its two neighbours on each side are the cells' (its vertex by Newton from the parabola's), or next to a wall
     * over the five cells from it. A liquid's bump peaks in the composition's wall layers,
     * ~0.15 L from a wall and a few cells wide on 16 cells: the parabola's error there (fourth order on a smooth
     * peak, the quartic's sixth) was 2e-3 of the bump on 16 cells and made every Dufour liquid refine to 64 cells
     * for this output alone; the quartic's is 3e-5.
     * The bare largest cell average would also err unevenly as the peak moves between centres, which would make the
     * coarse/fine comparison of the kernel unreliable.
     */
    double bump() {
        int n = state.n;
        double[] temp = state.temp;
        double tHot = state.tHot;
        double max = 0, slope = (state.tCold - tHot) / n, start = tHot + 0.5 * slope;
        int at = 0;
        for (int i = 0; i < n; i++) {
            double d = Math.abs(departure(temp, start, slope, i));
            if (d > max) {
                max = d;
                at = i;
            }
        }
        // the bump's cell averages around the peak, signed so that the peak is a maximum
        double sign = Math.signum(departure(temp, start, slope, at));
        if ((at <= 1 || at >= n - 2) && n >= 6) {
            // next to a wall: the quartic through the five cells from it
            boolean hot = at <= 1;
            int w0 = hot ? 0 : n - 1, w1 = hot ? 1 : n - 2, w2 = hot ? 2 : n - 3, w3 = hot ? 3 : n - 4, w4 = hot ? 4 : n - 5;
            double wall = wallQuarticPeak(hot ? at : n - 1 - at, sign * departure(temp, start, slope, w0),
                    sign * departure(temp, start, slope, w1), sign * departure(temp, start, slope, w2),
                    sign * departure(temp, start, slope, w3), sign * departure(temp, start, slope, w4));
            if (!Double.isNaN(wall)) {
                return wall;
            }
        }
        if (at == 0 || at == n - 1) {
            return max;
        }
        double y0 = max, ym = sign * departure(temp, start, slope, at - 1);
        double yp = sign * departure(temp, start, slope, at + 1);
        double second = yp + ym - 2 * y0, first = 0.5 * (yp - ym);
        if (!(second < 0)) {
            return max;
        }
        if (at >= 2 && at <= n - 3) {
            double ymm = sign * departure(temp, start, slope, at - 2);
            double ypp = sign * departure(temp, start, slope, at + 2);
            double quartic = quarticPeak(ymm, ym, y0, yp, ypp);
            if (!Double.isNaN(quartic)) {
                return quartic;
            }
        }
        return y0 - second / 24 - first * first / (2 * second);
    }

    /** T - T_conduction in cell i (T_conduction is linear: its cell average is its centre value). */
    private static double departure(double[] temp, double start, double slope, int i) {
        return temp[i] - (start + slope * i);
    }

    /**
     * For a peak in the wall's cell (k = 0) or the next one (k = 1): the inverse of the system that gives the quartic's
     * coefficients (s in cells from the peak cell's centre) from its averages over the five cells from the wall.
     */
    private static final double[][][] WALL_SYSTEMS = {wallSystem(0), wallSystem(1)};

    private static double[][] wallSystem(int k) {
        double[][] a = new double[5][10];
        for (int row = 0; row < 5; row++) {
            double j = row - k; // the cell's centre from the peak cell's
            double[] moments = {1, j, j * j + 1.0 / 12, j * j * j + j / 4, j * j * j * j + j * j / 2 + 1.0 / 80};
            System.arraycopy(moments, 0, a[row], 0, 5);
        }
        for (int row = 0; row < 5; row++) {
            a[row][5 + row] = 1;
        }
        // Gauss-Jordan with partial pivoting, once per class load
        for (int col = 0; col < 5; col++) {
            int pivot = col;
            for (int row = col + 1; row < 5; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double d = a[col][col];
            for (int c = 0; c < 10; c++) {
                a[col][c] /= d;
            }
            for (int row = 0; row < 5; row++) {
                double f = a[row][col];
                if (row != col && f != 0) {
                    for (int c = 0; c < 10; c++) {
                        a[row][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[][] inverse = new double[5][5];
        for (int row = 0; row < 5; row++) {
            System.arraycopy(a[row], 5, inverse[row], 0, 5);
        }
        return inverse;
    }

    /**
     * The largest value, from the wall to a cell beyond the peak cell (k from the wall: 0 or 1), of the quartic whose
     * averages over the five cells from the wall are y0 (the wall's cell) to y4; NaN when its vertex is not there.
     * (Taking the bump's 0 at the wall instead of the fifth cell did better on smooth peaks but worse on the steep wall
     * layers of early gas-like bumps.)
     */
    static double wallQuarticPeak(int k, double y0, double y1, double y2, double y3, double y4) {
        double[][] m = WALL_SYSTEMS[k];
        double a0 = m[0][0] * y0 + m[0][1] * y1 + m[0][2] * y2 + m[0][3] * y3 + m[0][4] * y4;
        double a1 = m[1][0] * y0 + m[1][1] * y1 + m[1][2] * y2 + m[1][3] * y3 + m[1][4] * y4;
        double a2 = m[2][0] * y0 + m[2][1] * y1 + m[2][2] * y2 + m[2][3] * y3 + m[2][4] * y4;
        double a3 = m[3][0] * y0 + m[3][1] * y1 + m[3][2] * y2 + m[3][3] * y3 + m[3][4] * y4;
        double a4 = m[4][0] * y0 + m[4][1] * y1 + m[4][2] * y2 + m[4][3] * y3 + m[4][4] * y4;
        return vertexValue(a0, a1, a2, a3, a4, -0.5 - k, 1);
    }

    /**
     * The largest value within a cell of the centre one of the quartic p(s) = a0 + a1 s + ... + a4 s^4 (s in cells from
     * the centre) whose averages over five cells are the given ones, or NaN when its vertex is not there. Over the
     * cell at j the average of s is j, of s^2 j^2 + 1/12, of s^3 j^3 + j/4, of s^4 j^4 + j^2/2 + 1/80: the even parts
     * of the averages (about the centre) give a0, a2, a4 and the odd parts a1, a3, each by a 2x2 elimination.
     */
    static double quarticPeak(double ymm, double ym, double y0, double yp, double ypp) {
        double odd1 = 0.5 * (yp - ym), odd2 = 0.5 * (ypp - ymm);
        double even1 = 0.5 * (yp + ym) - y0, even2 = 0.5 * (ypp + ymm) - y0;
        double a3 = (odd2 - 2 * odd1) / 6;
        double a1 = odd1 - 1.25 * a3;
        double a4 = (even2 - 4 * even1) / 12;
        double a2 = even1 - 1.5 * a4;
        double a0 = y0 - a2 / 12 - a4 / 80;
        return vertexValue(a0, a1, a2, a3, a4, -1, 1);
    }

    /** The quartic's value at its vertex, found by Newton from the parabola's, or NaN when that is not in [from, to]. */
    private static double vertexValue(double a0, double a1, double a2, double a3, double a4, double from, double to) {
        if (!(a2 < 0)) {
            return Double.NaN;
        }
        double s = -a1 / (2 * a2);
        for (int it = 0; it < 4; it++) {
            double d1 = a1 + s * (2 * a2 + s * (3 * a3 + s * 4 * a4));
            double d2 = 2 * a2 + s * (6 * a3 + s * 12 * a4);
            double step = d1 / d2;
            s -= step;
            if (Math.abs(step) <= 1e-9) {
                break; // quadratic convergence: the next step would be ~1e-18, and the value moves by its square
            }
        }
        if (!(s >= from && s <= to)) {
            return Double.NaN;
        }
        return a0 + s * (a1 + s * (a2 + s * (a3 + s * a4)));
    }

    /** The first time the deficit 1 - sep/sep_inf reaches 0.01, between two accepted steps. */
    static double crossing(double ta, double tb, double da, double db) {
        if (!(da > 0.01)) {
            return ta;
        }
        if (db > 0 && da > db) {
            return ta + (tb - ta) * Math.log(da / 0.01) / Math.log(da / db);
        }
        return ta + (tb - ta) * (da - 0.01) / (da - db);
    }

    /** The time of the vertex of the parabola through three points (t1 when it is not a maximum). */
    static double parabolicVertex(double t0, double v0, double t1, double v1, double t2, double v2) {
        double curvature = parabolaCurvature(t0, v0, t1, v1, t2, v2);
        if (!(curvature < 0)) {
            return t1;
        }
        return t1 - centredSlope(t0, v0, t1, v1, curvature) / (2 * curvature);
    }

    /** The largest value of the parabola through three points (v1 when it is not a maximum; a poor fit guarded). */
    static double parabolicPeak(double t0, double v0, double t1, double v1, double t2, double v2) {
        double curvature = parabolaCurvature(t0, v0, t1, v1, t2, v2);
        if (!(curvature < 0)) {
            return v1;
        }
        // v(t) = v1 + s (t - t1) + curvature (t - t1)^2 around t1, s the centred slope
        double slope = centredSlope(t0, v0, t1, v1, curvature);
        double peak = v1 - slope * slope / (4 * curvature);
        return Math.min(peak, v1 + 0.5 * Math.abs(v1 - Math.min(v0, v2))); // guard a poor fit
    }

    /** The second-order coefficient of the parabola through three points. */
    private static double parabolaCurvature(double t0, double v0, double t1, double v1, double t2, double v2) {
        return ((v2 - v1) / (t2 - t1) - (v1 - v0) / (t1 - t0)) / (t2 - t0);
    }

    /** The parabola's slope at t1 (its curvature given). */
    private static double centredSlope(double t0, double v0, double t1, double v1, double curvature) {
        return (v1 - v0) / (t1 - t0) + curvature * (t1 - t0);
    }
}
