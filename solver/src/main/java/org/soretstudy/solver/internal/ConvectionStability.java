package org.soretstudy.solver.internal;

import org.soretstudy.solver.Convection;

/**
 * The convective-stability flag of a horizontal binary-fluid layer between rigid impermeable walls
 * (physics.md section 8; the criterion and its accuracy: solver/CONVECTION.md). Not thread-safe (keeps
 * scratch space and a one-entry memo).
 *
 * <p>Most points are decided by exact statements and numerically validated bounds on the onset |Ra_c|:
 * <ul>
 *   <li>g = 0, or heated from above with psi >= 0: stable;</li>
 *   <li>psi = 0: Ra_c = 1707.76 (exact);</li>
 *   <li>psi Ra > 0: the long-wave stationary mode is marginal at |Ra| |psi| Le = 720 exactly, so larger |Ra| is
 *       unstable; it is the onset itself for psi >= psi_l = 131/(34 Le - 131) heated from below (Knobloch &amp;
 *       Moore 1988) and for -1 <= psi < 0 heated from above;</li>
 *   <li>otherwise a validated band [lower, upper] around the onset; only inside it the growth rates of the
 *       linear problem are computed ({@link BinaryFluidLayer}, N = 10, maximised over k).</li>
 * </ul>
 */
public final class ConvectionStability {
    /** Pure-fluid onset between rigid walls. */
    static final double PURE = OnsetSearch.PURE_FLUID;
    static final double LONG_WAVE = OnsetSearch.LONG_WAVE;

    /**
     * Heated from below, 0 < psi < psi_l: with m = min(1707.76/(1 + psi + psi Le), 720/(psi Le)),
     * STATIONARY_LOWER m <= Ra_c <= m. The ratio Ra_c/m found on the validation grid (CONVECTION.md) lies in
     * [0.761, 1]; 0.7 leaves a margin.
     */
    static final double STATIONARY_LOWER = 0.7;
    /**
     * Heated from above, psi < -1: with m = min(720/(|psi| Le), 1707.76/|1+psi|), ABOVE_LOWER m <= |Ra_c| <= m
     * (ratio in [0.598, 1] on the validation grid).
     */
    static final double ABOVE_LOWER = 0.5;

    /** The bounds were validated for Le >= MIN_LEWIS and Pr >= MIN_PRANDTL; below, the band reaches down to 0. */
    static final double MIN_LEWIS = 0.2;
    static final double MIN_PRANDTL = 0.05;

    /**
     * Heated from below, psi < 0 (oscillatory onset): Ra_c >= 1707.76 (1 + HOPF_LOWER_SLOPE min(|psi|, 3)); the
     * ratio Ra_c/1707.76 on the validation grid is >= 1 + 0.17 |psi| for psi in [-0.9, 0) and larger still for
     * psi <= -1.
     */
    static final double HOPF_LOWER_SLOPE = 0.15;

    /**
     * Heated from below, psi < 0: Ra_c <= 1707.76 HOPF_UPPER[i] for psi >= HOPF_PSI[i] (the maxima of
     * Ra_c/1707.76 at HOPF_PSI[i] over Le in [0.2, 1e5], Pr in [0.05, 1e4] on the validation grid, times 1.1;
     * they grow monotonically with |psi|). Below the last psi no upper bound is used.
     */
    static final double[] HOPF_PSI = {-1e-4, -3e-4, -1e-3, -3e-3, -0.01, -0.02, -0.05, -0.1, -0.15, -0.2, -0.3,
        -0.4, -0.5, -0.6, -0.7, -0.8, -0.9};
    static final double[] HOPF_UPPER = {1.118, 1.154, 1.171, 1.280, 1.331, 1.612, 1.884, 2.276, 2.604, 3.749, 4.044,
        6.572, 7.048, 12.45, 13.35, 30.92, 33.38};
    /**
     * The same for liquids (Le in [10, 1e5], Pr in [1, 1e4]): maxima times 1.05 (HOPF_UPPER_LIQUID) and minima
     * divided by 1.02 (HOPF_LOWER_LIQUID, used for psi between this and the next less negative HOPF_PSI).
     */
    static final double[] HOPF_UPPER_LIQUID = {1.0589, 1.0674, 1.0849, 1.1047, 1.1471, 1.1649, 1.2121, 1.2787,
        1.3587, 1.4497, 1.6679, 1.9584, 2.3678, 2.9900, 4.0501, 6.2545, 13.449};
    static final double[] HOPF_LOWER_LIQUID = {0.9805, 0.9806, 0.9811, 0.9824, 0.9871, 0.9938, 1.0146, 1.0511,
        1.0903, 1.1325, 1.2273, 1.3388, 1.4717, 1.6325, 1.8304, 2.0788, 2.3978};
    static final double LIQUID_MIN_LEWIS = 10;
    static final double LIQUID_MIN_PRANDTL = 1;

    /**
     * Chebyshev degree of the eigen path: N = 10 gives onsets within 1e-4 of N = 24 up to |Ra| ~ 1e5 and the right
     * sign of the growth rate up to 1e8; above HIGH_RAYLEIGH (thin boundary layers) N = 24 is used.
     */
    static final int EIGEN_DEGREE = 10;
    static final int EIGEN_DEGREE_HIGH = 24;
    static final double HIGH_RAYLEIGH = 1e6;

    /**
     * Wavenumbers scanned for the largest growth rate, in the order most likely to find a growing mode first
     * (the onset k lies in (0, 5.2] on the validation grids). Then the peak is refined to 2 % in k, which puts
     * the marginal Ra within ~0.1 % of its minimum over k (the marginal curve is flat there).
     */
    private static final double[] K_GRID = {3.0, 1.5, 2.2, 3.6, 0.8, 1.1, 1.8, 2.6, 4.4, 0.2, 0.5, 5.5};
    private static final double[] K_SORTED = sorted(K_GRID);
    /** Liquids heated from below, -0.9 <= psi < 0: the Hopf onset k lies in [3.01, 3.65] on the validation grid. */
    private static final double[] K_GRID_HOPF_LIQUID = {3.1, 2.7, 3.6, 4.3};
    private static final double[] K_SORTED_HOPF_LIQUID = sorted(K_GRID_HOPF_LIQUID);

    private BinaryFluidLayer layer;
    private BinaryFluidLayer layerHigh;
    private OnsetSearch search;

    // one-entry memo of the eigen path: for these inputs |Ra| <= stableMax is stable, >= unstableMin unstable
    private double memoDirection;
    private double memoPsi = Double.NaN;
    private double memoLewis;
    private double memoPrandtl;
    private double memoStableMax;
    private double memoUnstableMin;
    private long eigenCalls;

    /**
     * @param signedRayleigh Ra = |g| beta_T |dT| L^3/(nu kappa), positive when thermal buoyancy destabilises
     *                       (heated from below with beta_T > 0), negative when heated from above, 0 without gravity
     * @param psi            separation ratio (beta_c/beta_T) S_T c0(1-c0)
     * @param lewis          kappa/D
     * @param prandtl        nu/kappa
     * @return STABLE or UNSTABLE; UNKNOWN only for non-finite inputs, a non-positive Lewis or Prandtl number, or
     *         (never seen) a QR iteration that does not converge
     */
    public Convection classify(double signedRayleigh, double psi, double lewis, double prandtl) {
        if (!(Double.isFinite(signedRayleigh) && Double.isFinite(psi) && lewis > 0 && prandtl > 0
                && lewis < Double.POSITIVE_INFINITY && prandtl < Double.POSITIVE_INFINITY)) {
            return Convection.UNKNOWN;
        }
        if (signedRayleigh == 0.0) return Convection.STABLE;
        return signedRayleigh > 0
                ? fromBelow(signedRayleigh, psi, lewis, prandtl)
                : fromAbove(-signedRayleigh, psi, lewis, prandtl);
    }

    private Convection fromBelow(double ra, double psi, double lewis, double prandtl) {
        if (psi == 0.0) return flag(ra >= PURE);
        if (psi > 0.0) {
            double longWave = LONG_WAVE / (psi * lewis);
            if (ra >= longWave) return Convection.UNSTABLE;
            if (psi >= longWaveThreshold(lewis)) return Convection.STABLE;
            double upper = Math.min(PURE / (1.0 + psi + psi * lewis), longWave);
            if (ra >= upper) return Convection.UNSTABLE;
            if (ra < STATIONARY_LOWER * upper && lewis >= MIN_LEWIS) return Convection.STABLE;
            return eigen(1.0, ra, psi, lewis, prandtl);
        }
        if (ra < PURE) return Convection.STABLE;
        if (lewis >= MIN_LEWIS && prandtl >= MIN_PRANDTL) {
            boolean liquid = lewis >= LIQUID_MIN_LEWIS && prandtl >= LIQUID_MIN_PRANDTL;
            if (ra < hopfLower(psi, liquid)) return Convection.STABLE;
            if (ra > hopfUpper(psi, liquid)) return Convection.UNSTABLE;
        }
        return eigen(1.0, ra, psi, lewis, prandtl);
    }

    private Convection fromAbove(double ra, double psi, double lewis, double prandtl) {
        if (psi >= 0.0) return Convection.STABLE;
        double longWave = LONG_WAVE / (-psi * lewis);
        if (ra >= longWave) return Convection.UNSTABLE;
        double upper = longWave;
        if (psi >= -1.0) {
            if (lewis >= MIN_LEWIS) return Convection.STABLE;
        } else {
            upper = Math.min(longWave, PURE / (-1.0 - psi));
        }
        if (ra >= upper) return Convection.UNSTABLE;
        if (ra < ABOVE_LOWER * upper && lewis >= MIN_LEWIS) return Convection.STABLE;
        return eigen(-1.0, ra, psi, lewis, prandtl);
    }

    /**
     * psi_l = 131/(34 Le - 131): heated from below, the long-wave value 720/(psi Le) is the onset for psi >= psi_l
     * (Knobloch & Moore 1988); infinite for Le <= 131/34 (the onset is then always at finite k).
     */
    public static double longWaveThreshold(double lewis) {
        double den = 34.0 * lewis - 131.0;
        return den > 0 ? 131.0 / den : Double.POSITIVE_INFINITY;
    }

    /** Lower bound on the heated-from-below onset for psi < 0 (inside the validated Le, Pr range). */
    static double hopfLower(double psi, boolean liquid) {
        double bound = 1.0 + HOPF_LOWER_SLOPE * Math.min(-psi, 3.0);
        if (liquid) {
            double tabulated = 1.0;
            for (int i = 0; i < HOPF_PSI.length && psi < HOPF_PSI[i]; i++) tabulated = HOPF_LOWER_LIQUID[i];
            bound = Math.max(bound, tabulated);
        }
        return PURE * bound;
    }

    /** Upper bound on the heated-from-below onset for psi < 0, infinite where none is validated. */
    static double hopfUpper(double psi, boolean liquid) {
        double[] upper = liquid ? HOPF_UPPER_LIQUID : HOPF_UPPER;
        for (int i = 0; i < HOPF_PSI.length; i++) {
            if (psi >= HOPF_PSI[i]) return PURE * upper[i];
        }
        return Double.POSITIVE_INFINITY;
    }

    private static Convection flag(boolean unstable) { return unstable ? Convection.UNSTABLE : Convection.STABLE; }

    /** The linear problem decides: unstable iff some wavenumber grows at this |Ra| (memoised per input set). */
    private Convection eigen(double direction, double ra, double psi, double lewis, double prandtl) {
        if (direction != memoDirection || psi != memoPsi || lewis != memoLewis || prandtl != memoPrandtl) {
            memoDirection = direction;
            memoPsi = psi;
            memoLewis = lewis;
            memoPrandtl = prandtl;
            memoStableMax = 0.0;
            memoUnstableMin = Double.POSITIVE_INFINITY;
        }
        if (ra <= memoStableMax) return Convection.STABLE;
        if (ra >= memoUnstableMin) return Convection.UNSTABLE;
        boolean hopfLiquid = direction > 0 && psi < 0 && psi >= -0.9 && lewis >= LIQUID_MIN_LEWIS
                && prandtl >= LIQUID_MIN_PRANDTL;
        boolean unstable;
        try {
            unstable = hopfLiquid
                    ? grows(direction * ra, psi, lewis, prandtl, K_GRID_HOPF_LIQUID, K_SORTED_HOPF_LIQUID)
                    : grows(direction * ra, psi, lewis, prandtl);
        } catch (ArithmeticException e) {
            return Convection.UNKNOWN; // QR did not converge: no flag rather than a failed cell
        }
        if (unstable) {
            memoUnstableMin = ra;
        } else {
            memoStableMax = ra;
        }
        return flag(unstable);
    }

    /** Whether the largest growth rate over k is positive: grid scan, then golden-section search of the peak. */
    boolean grows(double signedRa, double psi, double lewis, double prandtl) {
        return grows(signedRa, psi, lewis, prandtl, K_GRID, K_SORTED);
    }

    private boolean grows(double signedRa, double psi, double lewis, double prandtl, double[] grid, double[] sorted) {
        eigenCalls++;
        BinaryFluidLayer model = layerFor(Math.abs(signedRa));
        double bestK = 0.0;
        double bestRate = Double.NEGATIVE_INFINITY;
        for (double k : grid) {
            double g = model.maxGrowthRate(signedRa, k, psi, lewis, prandtl);
            if (g > 0) return true;
            if (g > bestRate) {
                bestRate = g;
                bestK = k;
            }
        }
        int best = java.util.Arrays.binarySearch(sorted, bestK);
        double a = best == 0 ? 0.1 * sorted[0] : sorted[best - 1];
        double b = best == sorted.length - 1 ? 1.3 * sorted[best] : sorted[best + 1];
        final double gr = 0.5 * (Math.sqrt(5) - 1);
        double c = b - gr * (b - a);
        double d = a + gr * (b - a);
        double fc = model.maxGrowthRate(signedRa, c, psi, lewis, prandtl);
        double fd = model.maxGrowthRate(signedRa, d, psi, lewis, prandtl);
        while (b - a > 0.02 * (a + b)) {
            if (fc > 0 || fd > 0) return true;
            if (fc > fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - gr * (b - a);
                fc = model.maxGrowthRate(signedRa, c, psi, lewis, prandtl);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + gr * (b - a);
                fd = model.maxGrowthRate(signedRa, d, psi, lewis, prandtl);
            }
        }
        return fc > 0 || fd > 0;
    }

    private BinaryFluidLayer layerFor(double ra) {
        if (ra > HIGH_RAYLEIGH) {
            if (layerHigh == null) layerHigh = new BinaryFluidLayer(EIGEN_DEGREE_HIGH);
            return layerHigh;
        }
        if (layer == null) layer = new BinaryFluidLayer(EIGEN_DEGREE);
        return layer;
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        java.util.Arrays.sort(copy);
        return copy;
    }

    /** How many times the eigen path ran (growth-rate scans; for cost measurements). */
    public long eigenCalls() { return eigenCalls; }

    /**
     * The onset for one heating direction from the full linear problem (N = 24, minimised over k). Slow
     * (~0.1-0.3 s): for tests and documentation.
     *
     * @param direction +1 heated from below, -1 heated from above
     */
    public OnsetSearch.Onset onset(double direction, double psi, double lewis, double prandtl) {
        if (search == null) search = new OnsetSearch();
        return search.onset(direction, psi, lewis, prandtl);
    }

    /** Onset Rayleigh number heated from below (infinite if none below 1e9). */
    public double onsetRayleigh(double psi, double lewis, double prandtl) {
        return onset(1.0, psi, lewis, prandtl).rayleigh();
    }
}
