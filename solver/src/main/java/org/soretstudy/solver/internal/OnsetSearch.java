package org.soretstudy.solver.internal;

/**
 * The onset of convection (smallest |Ra| with a non-decaying mode, minimised over the wavenumber) for one heating
 * direction, from the growth rates of {@link BinaryFluidLayer}. Slow (hundreds of eigen-solves): for tests,
 * documentation and tables, not for the per-cell path. Not thread-safe.
 */
public final class OnsetSearch {
    /** Long-wave (k -> 0) stationary onset |Ra| |psi| Le = 720, exact for rigid impermeable walls. */
    public static final double LONG_WAVE = 720.0;
    /** Onset of the pure fluid between rigid walls (Reid & Harris 1958; Chandrasekhar 1961). */
    public static final double PURE_FLUID = 1707.762;

    /** Give up above this |Ra| (reported as infinite onset: no instability found). */
    static final double RA_CAP = 1e9;

    private static final double[] K_GRID = {0.15, 0.3, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.5};

    private final BinaryFluidLayer layer;
    private final double relTol;

    /**
     * The onset for one heating direction.
     *
     * @param rayleigh   |Ra| at onset (positive; infinite if none below {@code 1e9})
     * @param wavenumber critical k (0 for the long-wave onset)
     * @param frequency  |Im s| of the marginal mode (0: stationary onset, > 0: oscillatory/Hopf)
     */
    public record Onset(double rayleigh, double wavenumber, double frequency) {
        public boolean oscillatory() { return frequency > 0.0; }
    }

    public OnsetSearch(int chebyshevDegree, double relTol) {
        this.layer = new BinaryFluidLayer(chebyshevDegree);
        this.relTol = relTol;
    }

    /** N = 24, |Ra| to 1e-7 relative: reproduces the published onsets to all their digits. */
    public OnsetSearch() { this(24, 1e-7); }

    public BinaryFluidLayer layer() { return layer; }

    /** Onset heated from below (Ra > 0). */
    public Onset fromBelow(double psi, double lewis, double prandtl) { return onset(1.0, psi, lewis, prandtl); }

    /** Onset heated from above (Ra < 0); the returned Rayleigh number is |Ra|. */
    public Onset fromAbove(double psi, double lewis, double prandtl) { return onset(-1.0, psi, lewis, prandtl); }

    /** @param direction +1 heated from below, -1 from above */
    public Onset onset(double direction, double psi, double lewis, double prandtl) {
        double longWave = direction * psi > 0 ? LONG_WAVE / (Math.abs(psi) * lewis) : Double.POSITIVE_INFINITY;
        double guess = Math.min(longWave, PURE_FLUID / Math.max(0.05, Math.abs(1 + direction * psi)));
        double[] ra = new double[K_GRID.length];
        int best = -1;
        for (int i = 0; i < K_GRID.length; i++) {
            ra[i] = marginal(direction, K_GRID[i], psi, lewis, prandtl, guess);
            if (ra[i] > 1e-6 && ra[i] < RA_CAP) guess = ra[i];
            if (best < 0 || ra[i] < ra[best]) best = i;
        }
        if (!Double.isFinite(ra[best])) {
            return longWave < RA_CAP ? new Onset(longWave, 0.0, 0.0) : new Onset(Double.POSITIVE_INFINITY, Double.NaN, Double.NaN);
        }
        // golden-section refinement between the neighbours of the best grid point
        double a = best == 0 ? 0.5 * K_GRID[0] : K_GRID[best - 1];
        double b = best == K_GRID.length - 1 ? 1.5 * K_GRID[best] : K_GRID[best + 1];
        final double g = 0.5 * (Math.sqrt(5) - 1);
        double c = b - g * (b - a);
        double d = a + g * (b - a);
        final double start = ra[best];
        double fc = marginal(direction, c, psi, lewis, prandtl, start);
        double fd = marginal(direction, d, psi, lewis, prandtl, start);
        while (b - a > 1e-4 * (a + b)) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - g * (b - a);
                fc = marginal(direction, c, psi, lewis, prandtl, Double.isFinite(fd) ? fd : start);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + g * (b - a);
                fd = marginal(direction, d, psi, lewis, prandtl, Double.isFinite(fc) ? fc : start);
            }
        }
        double k = fc < fd ? c : d;
        double rc = Math.min(fc, fd);
        if (longWave <= rc) return new Onset(longWave, 0.0, 0.0);
        BinaryFluidLayer.Growth growth = layer.leadingGrowth(direction * rc, k, psi, lewis, prandtl);
        double omega = growth.frequency() > 1e-6 ? growth.frequency() : 0.0;
        return new Onset(rc, k, omega);
    }

    /**
     * Marginal |Ra| at wavenumber k: the first zero crossing of the largest growth rate near {@code guess},
     * infinite if none below the cap.
     */
    public double marginal(double direction, double k, double psi, double lewis, double prandtl, double guess) {
        if (!(guess > 0 && guess < RA_CAP)) throw new IllegalArgumentException("guess = " + guess);
        double lo = guess;
        double glo = growth(direction, lo, k, psi, lewis, prandtl);
        double hi;
        double ghi;
        if (glo < 0) {
            hi = lo;
            ghi = glo;
            while (ghi < 0) {
                lo = hi;
                glo = ghi;
                hi *= 1.5;
                if (hi > RA_CAP) return Double.POSITIVE_INFINITY;
                ghi = growth(direction, hi, k, psi, lewis, prandtl);
            }
        } else {
            hi = lo;
            ghi = glo;
            while (glo >= 0) {
                hi = lo;
                ghi = glo;
                lo /= 1.5;
                if (lo < 1e-9) return 0.0;
                glo = growth(direction, lo, k, psi, lewis, prandtl);
            }
        }
        // Illinois false position on g(|Ra|) in [lo, hi], g(lo) < 0 <= g(hi)
        int side = 0;
        for (int it = 0; it < 100 && hi - lo > relTol * hi; it++) {
            double x = (lo * ghi - hi * glo) / (ghi - glo);
            if (!(x > lo && x < hi)) x = 0.5 * (lo + hi);
            double gx = growth(direction, x, k, psi, lewis, prandtl);
            if (gx < 0) {
                lo = x;
                glo = gx;
                if (side == -1) ghi *= 0.5;
                side = -1;
            } else {
                hi = x;
                ghi = gx;
                if (side == 1) glo *= 0.5;
                side = 1;
            }
        }
        return 0.5 * (lo + hi);
    }

    private double growth(double direction, double r, double k, double psi, double lewis, double prandtl) {
        return layer.maxGrowthRate(direction * r, k, psi, lewis, prandtl);
    }
}
