package org.soretstudy.solver.internal;

import static org.soretstudy.solver.internal.ErrorFunctions.INV_SQRT_PI;
import static org.soretstudy.solver.internal.ErrorFunctions.ierfc;

/**
 * The analytic wall-layer start of a {@link GridMarch}. With Dirichlet walls, a linear start and a constant S_T, the
 * first stretch (up to 0.5 tau, shorter when the drift's c dependence or the Dufour coupling make the layers
 * nonlinear beyond a quarter of the tolerance, see {@link #time}) is the analytic solution of two wall layers;
 * marching starts from its cell averages and report times before are exact: this skips the ~20 short steps the
 * self-similar early layers cost the step controller. With Dufour, T carries the layers' bump: for D/kappa &lt;= 0.03
 * (liquids) quasi-steady with K_D(c, T) plus the lag of T behind c. Up to D/kappa = {@link #PEAK_LAG_RATIO} the start
 * runs past the bump's peak (~0.19 tau) and gives it ({@link #peakBefore}, with the lag in full); above it, or when
 * the start cannot reach past the peak, the start ends before it (0.08 tau) and the march tracks the peak. Above
 * D/kappa = 0.03 (gases, with Dufour) T is not slaved: the start is each wall's coupled layer of c and T to first order
 * in its width ({@link CoupledWallLayer}), up to half the bump's peak time at most ({@link #GAS_LAYER_MAX}), and the
 * march tracks the peak.
 */
final class WallLayerStart {
    /** The analytic wall layers (see {@link #time}) hold at most to this time, in tau (images 1e-11). */
    private static final double LAYER_MAX = 0.5;
    /** With Dufour, where the start does not give the bump's peak, it ends before it (in tau). */
    static final double LAYER_MAX_BUMP = 0.08;
    /**
     * A gas's coupled layers hold at most to this fraction of the bump's peak time ({@link BumpPeakTime}: 0.26 tau for
     * He-Ar), leaving the march at least five held steps before the peak; their neglected terms end them earlier.
     */
    private static final double GAS_LAYER_MAX = 0.5;
    /** D/kappa up to which the first-order lag of T behind c is kept (its neglected second order: ~1e-3 here). */
    static final double LAG_MAX_RATIO = 0.03;

    /** True when T lags c little enough to be slaved to it (D/kappa up to {@link #LAG_MAX_RATIO}: a liquid). */
    static boolean temperatureSlaved(double diff, double kappa) {
        return diff / kappa <= LAG_MAX_RATIO;
    }
    /**
     * D/kappa up to which the start runs past the bump's peak and gives it (see {@link #peakBefore}): the lag's second
     * order, left out, was 1.4e-5, 1.1e-4 and 5.2e-4 of the bump at D/kappa = 0.0053, 0.011 and 0.021 against converged
     * marches (it grows as (D/kappa)^2 to ^3).
     */
    static final double PEAK_LAG_RATIO = 0.012;
    /** Steps of 0.1 of the linear layers' peak time that {@link #peakBefore} may move to find the start's own. */
    private static final int MAX_PEAK_SHIFTS = 8;
    /** Below this (in tau) the layer start is not worth it: marching starts from t = 0. */
    private static final double LAYER_MIN = 2e-3;
    /** The analytic start's neglected terms may reach this fraction of the step tolerance. */
    private static final double LAYER_BUDGET = 0.25;

    private final MarchState state;
    private final MarchOutputs outputs;
    /** A gas's coupled layers at the hot and the cold wall (see {@link CoupledWallLayer}), used when {@link #coupled}. */
    private final CoupledWallLayer hotLayer = new CoupledWallLayer();
    private final CoupledWallLayer coldLayer = new CoupledWallLayer();
    /** This solve's start is the gas's coupled layers (T not slaved to c, with Dufour). */
    private boolean coupled;
    /** The coefficients of the coupled layers' neglected terms at the hot and the cold wall (see {@link #coupledNeglected}). */
    private final NeglectedTerms hotTerms = new NeglectedTerms();
    private final NeglectedTerms coldTerms = new NeglectedTerms();

    /** One wall's coefficients of what its coupled layer leaves out (see {@link #coupledNeglected}). */
    private static final class NeglectedTerms {
        /** |eps| and |beta|: the drift's and k_D(T)'s first orders per unit of the layer's width (their squares are left). */
        double drift;
        double kdSlope;
        /** |g''/(2 g)| (binary; 0 dilute): g's curvature, per u^2. */
        double gCurvature;
        /** |d ln k_D/dc|: k_D's dependence on c, a first order left out in theta, per u. */
        double kdOnC;
        /** |d^2 k_D/dT^2|/(2 k_D) (dT/dx)^2: k_D's curvature in T, per width squared. */
        double kdCurvature;
        /** |d ln k_D/dT|: k_D's dependence on theta, per theta. */
        double kdOnTheta;
        /** |S_T g'|: u theta_x in the drift, per theta. */
        double driftOnTheta;
        /** |sigma| = |S_T g|: c's response to an error in theta (D sigma theta_xx over the layer's time). */
        double sigma;
    }
    /** The layers' wall gradient a and diffusivity D' of this solve (see {@link #begin}). */
    private double a;
    private double diffLayer;
    /** eps_D of the analytic start (0 without Dufour). */
    private double layerEps;
    /** Scratch of the analytic start: i^2erfc(j dz) and i^3erfc(j dz) (see {@link #fillState}), grown as needed. */
    private double[] layerI2 = new double[0];
    private double[] layerI3 = new double[0];
    /**
     * T without the lag at the three times of {@link #peakBefore}'s parabola (earliest first; rotated as the times
     * move), kept from their fills for {@link #fullLagBump} at the middle one.
     */
    private double[][] unlagged = {new double[0], new double[0], new double[0]};
    /** Where {@link #fillState(double, double, double, boolean)} also writes T without the lag (null: not asked). */
    private double[] unlaggedOut;
    /**
     * The peak's time found on this cell's first grid (NaN: none yet), and the lag's correction there (see
     * {@link #peakBefore}): a later grid takes its bump at that time and adds that correction.
     */
    private double peakHint = Double.NaN;
    private double lagCorrectionHint;
    /** The coefficients of {@link #neglected}, set by {@link #time}: a, |g'/g|, |g''/(2 g)|, the Dufour terms. */
    private double boundA;
    private double boundSlope;
    private double boundCurvature;
    private double boundDufour;
    private double boundEpsD;

    WallLayerStart(MarchState state, MarchOutputs outputs) {
        this.state = state;
        this.outputs = outputs;
    }

    /**
     * Starts the layers of this solve (once {@link #time} is above 0): with Dufour the layers' quasi-steady bump
     * steepens the wall gradient of T by 1/(1 - eps_D) and lowers the diffusivity of c to D (1 - eps_D).
     */
    void begin() {
        double epsD = state.m.dufourRatio(state.m.c0(), 0.5 * (state.tHot + state.tCold));
        a = state.m.soret(state.tHot) * state.g(state.m.c0()) * (state.tCold - state.tHot) / state.m.length() / (1 - epsD);
        diffLayer = state.diff * (1 - epsD);
        layerEps = state.dufour ? epsD : 0;
    }

    /** A new cell: its first grid's peak search starts from the linear layers' peak time (see {@link #peakBefore}). */
    void forgetPeak() {
        peakHint = Double.NaN;
    }

    /** True when this solve's start is a gas's coupled layers: {@link #time} then ends it before the bump's peak. */
    boolean coupled() {
        return coupled;
    }

    /** The separation of the layers at time t (up to the start's time). */
    double separation(double t) {
        return coupled ? coldLayer.wall(t) - hotLayer.wall(t) : -2 * layerWall(t, a, diffLayer);
    }

    /** Sets the state's c (and T) to the layers' cell averages at time t (see {@link #fillState(double, double, double, boolean)}). */
    void fillState(double t) {
        if (coupled) {
            fillCoupled(t);
        } else {
            fillState(t, a, diffLayer, true);
        }
    }

    /**
     * The gas's coupled layers of this cell (see {@link CoupledWallLayer}) and the coefficients of their neglected
     * terms; false when a layer is not available. k_D's derivatives in T and c by central differences (1e-3 of T,
     * of c0).
     */
    private boolean setCoupled() {
        CellModel m = state.m;
        double c0 = m.c0(), g0 = state.g(c0), g1 = state.gPrime(c0), soret = state.soretConstant;
        double sigma = soret * g0, gradient = (state.tCold - state.tHot) / m.length();
        for (int wall = 0; wall < 2; wall++) {
            // each wall in its inward coordinate: the cold wall sees the opposite gradient
            double tw = wall == 0 ? state.tHot : state.tCold, dTdx = wall == 0 ? gradient : -gradient;
            double dT = 1e-3 * tw, dc = 1e-3 * c0;
            double k0 = state.kdAt(wall, c0);
            double kPlus = m.dufourCoefficient(c0, tw + dT) / state.rhoCp, kMinus = m.dufourCoefficient(c0, tw - dT) / state.rhoCp;
            double logSlopeT = (kPlus - kMinus) / (2 * dT * k0);
            double curvatureT = Math.abs((kPlus - 2 * k0 + kMinus) / (dT * dT * k0)) / 2;
            double logSlopeC = (m.dufourCoefficient(c0 + dc, tw) - m.dufourCoefficient(c0 - dc, tw)) / (state.rhoCp * 2 * dc * k0);
            CoupledWallLayer layer = wall == 0 ? hotLayer : coldLayer;
            double eps = -soret * g1 * dTdx, beta = logSlopeT * dTdx;
            if (!(Math.abs(k0) > 0) || !layer.set(state.diff, state.kappa, sigma, k0, -sigma * dTdx, eps, beta)) {
                return false;
            }
            NeglectedTerms terms = wall == 0 ? hotTerms : coldTerms;
            terms.drift = Math.abs(eps);
            terms.kdSlope = Math.abs(beta);
            terms.gCurvature = state.binary ? 1 / g0 : 0;
            terms.kdOnC = Math.abs(logSlopeC);
            terms.kdCurvature = curvatureT * dTdx * dTdx;
            terms.kdOnTheta = Math.abs(logSlopeT);
            terms.driftOnTheta = Math.abs(soret * g1);
            terms.sigma = Math.abs(sigma);
        }
        return true;
    }

    /**
     * The coupled layers' neglected terms at time t, on c ({@code onC}) or on T, the larger of the two walls. On T:
     * theta times the first order's square ((|eps| + |beta|) w)^2, k_D's dependence on c (a first order: |d ln k_D/dc|
     * u_w, the largest), its curvature in T and its dependence on theta. On c: u_w times the drift's second order
     * (eps w)^2/pi (the square of its first order at the wall, |g'/g| u_w, as the liquids' bound takes it), g's
     * curvature and u theta_x, plus the error on T fed back (D sigma theta_xx over the layer's time: sigma times it).
     * Both: the other wall's layer, 2 ierfc(L/w) of the wall value (w the faster mode's width).
     * Against 1024-cell marches from t = 0 (GridMarchTest) the start's separation at its end (0.14 to 0.28 tau) was
     * within 1.7e-7 of the steady one (4.6e-6 for a dilute cell, whose drift g'/g = 1/c0 is the largest) and its cells
     * within 1e-6, where the budget on c is 5e-6 of the composition scale and the separation's bound twice that.
     */
    private double coupledNeglected(double t, boolean onC) {
        double worst = 0;
        for (int wall = 0; wall < 2; wall++) {
            CoupledWallLayer layer = wall == 0 ? hotLayer : coldLayer;
            NeglectedTerms terms = wall == 0 ? hotTerms : coldTerms;
            double width = 2 * Math.sqrt(layer.fastest() * t);
            double uw = layer.leadingU(t), theta = layer.leadingTheta(t);
            double far = 2 * ErrorFunctions.ierfc(state.m.length() / width) / INV_SQRT_PI;
            // (the drift's first order relative to u at the wall: |g'/g| u_w = |eps| w/sqrt(pi), as in the liquids' bound)
            double first = (terms.drift + terms.kdSlope) * width, drift = terms.drift * width * INV_SQRT_PI;
            double onTheta = theta * (first * first + terms.kdOnC * uw + terms.kdCurvature * width * width
                    + terms.kdOnTheta * theta + far);
            double onU = uw * (drift * drift + terms.gCurvature * uw * uw + terms.driftOnTheta * theta + far);
            double v = onC ? onU + terms.sigma * onTheta : onTheta;
            worst = Math.max(worst, v);
        }
        return worst;
    }

    /** c and T from the two walls' coupled layers at time t; their mass, a second-order remainder, spread evenly. */
    private void fillCoupled(double t) {
        int n = state.n;
        double[] u = state.scratch, theta = state.scratchT;
        for (int i = 0; i < n; i++) {
            u[i] = 0;
            theta[i] = 0;
        }
        hotLayer.addAverages(t, state.h, n, false, u, theta);
        coldLayer.addAverages(t, state.h, n, true, u, theta);
        double mass = 0;
        for (int i = 0; i < n; i++) {
            mass += u[i];
        }
        double mean = mass / n;
        for (int i = 0; i < n; i++) {
            state.c[i] = state.m.c0() + (u[i] - mean);
            state.temp[i] = state.conduction(i) + theta[i];
        }
    }

    /**
     * The time up to which the composition is the analytic wall-layer solution (0: march from t = 0). With a
     * constant S_T, Dirichlet walls and a linear start, T stays the conduction profile (up to the Dufour bump)
     * and c - c0 is the solution of the linear problem u_t = D u_xx, u_x = -a at both walls (a = S_T g(c0) T_x),
     * u = 0 at t = 0: two wall layers u = +-a 2 sqrt(D t) ierfc(d/(2 sqrt(D t))) (d the distance to the wall)
     * and their first images across the other wall, plus the drift's first order in g'(c0) (even about the
     * centre, see {@link #layerDriftEps}). The neglected terms relative to u: the further images,
     * ierfc(3 L/(2 sqrt(D t))) (1e-20 at 0.5 tau); the drift's second order in its dependence on c,
     * (g'/g u)^2 + g''/(2 g) u^2 (u at most the wall value), and its first order's images (4 |f(L/w)| g'/g u) and
     * O(eps_D) (with Dufour); against 1024-cell references at c0 = 0.3 to 0.5 the start's cells are within
     * ~1e-6 of the steady separation (2e-4 at c0 = 0.3 without the drift's first order); with Dufour, the departure
     * of the bump from the quasi-steady one of {@link #fillState} and the second order of the feedback,
     * eps_D (2 D/kappa + eps_D) (against 1024-cell references of a THN/IBB-like liquid, eps_D = 1e-4,
     * Le = 94: 3e-6 relative at 0.01 tau, 1e-6 from 0.05 to 0.5 tau). Their product with the wall value is
     * kept below a quarter of the step tolerance. A gas's coupled layers ({@link #coupledNeglected}) keep the same
     * budget on c, and on T one step's tolerance times T's scale {@code scaleT}: the bump is taken at its peak, some
     * 20 steps later, where the start's error on T has decayed as a step's does (the He-Ar cell on 64 cells, its start
     * at 0.155 tau: dufour_dt_max 1e-4 of itself closer to a converged 512-cell march than when marched from t = 0).
     */
    double time(double tau, double scaleC, double scaleT) {
        double diff = state.diff;
        double kappa = state.kappa;
        CellModel m = state.m;
        boolean dufour = state.dufour;
        double tHot = state.tHot;
        double tCold = state.tCold;
        if (!state.linearStart || !m.constantSoret()) {
            return 0;
        }
        double g = state.g(m.c0());
        double slope = Math.abs(state.gPrime(m.c0()) / g), curvature = state.binary ? 1 / g : 0; // |g''/(2 g)|
        double epsD = Math.abs(m.dufourRatio(m.c0(), 0.5 * (tHot + tCold)));
        double a = Math.abs(m.soret(tHot) * g * (tCold - tHot) / m.length());
        boundA = a;
        boundSlope = slope;
        boundCurvature = curvature;
        boundDufour = dufour ? epsD * (2 * diff / kappa + epsD) : 0;
        boundEpsD = dufour ? epsD : 0;
        coupled = false;
        if (dufour && !temperatureSlaved(diff, kappa)) {
            // gases: T does not relax much faster than c; the coupled layers to first order, up to before the bump's
            // peak (which comes after 0.19 tau, see BumpPeakTime), as far as their neglected terms allow
            if (!setCoupled()) {
                return 0;
            }
            coupled = true;
            for (double t = GAS_LAYER_MAX * BumpPeakTime.of(kappa / diff) * tau; t >= LAYER_MIN * tau; t *= 0.9) {
                if (coupledNeglected(t, true) <= LAYER_BUDGET * state.tolerance * scaleC
                        && coupledNeglected(t, false) <= state.tolerance * scaleT) {
                    return t;
                }
            }
            coupled = false;
            return 0;
        }
        // with Dufour the start ends before the bump's peak, unless T lags c little enough for the start to give it
        double cap = dufour && !(diff / kappa <= PEAK_LAG_RATIO) ? LAYER_MAX_BUMP : LAYER_MAX;
        for (double t = cap * tau; t >= LAYER_MIN * tau; t *= 0.9) {
            if (neglected(t) <= LAYER_BUDGET * state.tolerance * scaleC) {
                return t;
            }
        }
        return 0;
    }

    /**
     * The size of the terms the start neglects at time t, on c at a wall (see {@link #time}, whose last call set the
     * coefficients): the wall value u_w times the drift's second order and first order's images, the curvature of
     * g and, with Dufour, the feedback's second order.
     */
    private double neglected(double t) {
        double diff = state.diff;
        double uw = boundA * 2 * Math.sqrt(diff * t / Math.PI);
        // the drift's first order is in the start (see layerDriftEps) up to its images, ~4 |u1(L)/u1(0)|,
        // and, with Dufour, its O(eps_D); left: the second order, g'^2/g^2 u^2 and g''/(2 g) u^2
        double z = state.m.length() / (2 * Math.sqrt(diff * t));
        double drift = boundSlope * uw * (4 * Math.abs(WallLayerBump.driftShape(z)) + boundEpsD + boundSlope * uw);
        return uw * (drift + boundCurvature * uw * uw + boundDufour);
    }

    /**
     * A bound on the error of {@link #separation} at time t (up to the start's time): the neglected terms at both
     * walls. It grows with t; the start's time keeps it within half the step tolerance times the composition scale.
     */
    double separationErrorBound(double t) {
        return coupled ? 2 * coupledNeglected(t, true) : 2 * neglected(t);
    }
    /**
     * The first-order Dufour correction's amplitude C (u += C i^2erfc(x/(2 sqrt(D' t))) at the hot wall): the
     * quasi-steady bump's uniform part, (k_D/kappa) sep/L, feeds back on the wall gradient, which becomes
     * (a - 2 eps_D u(0)/L)/(1 - eps_D); its sqrt(t) part -beta a sqrt(t) drives this layer (Carslaw-Jaeger 2.9).
     */
    private double layerCorrection(double t, double a, double diffLayer) {
        return layerEps == 0 ? 0 : -8 * layerEps * diffLayer * t * a / (state.m.length() * (1 - layerEps));
    }
    /**
     * c = cell averages of the two wall layers at time t (see {@link #time}). With Dufour, T carries the
     * bump of the layers: theta_t = kappa theta_xx + (k_D u_x)_x, theta = 0 at the walls, expanded in the lag
     * (theta_t/kappa against theta_xx, ~tau_T/t): theta = theta_0 + G theta_0,t/kappa + ..., G the inverse of
     * d^2/dx^2 with zero wall values. theta_0 = -(F(x) - F(L) x/L)/kappa (F = int_0^x k_D u_x, k_D = K_D/(rho c_p)
     * at the layers' c and the conduction temperature: ideal thermo varies ~T^2, ~5 % of the bump over 10 K); with
     * u_t = D' u_xx the first lag term is (D'/kappa) theta_0 + (k_D/kappa^2) L^2 u_w' q(x/L), q = -s (1 - s)(1 - 2s)/6
     * the zero-wall solution of q'' = 1 - 2s (the line between the wall values, u_w (1 - 2s), differentiated in t),
     * and summing the (D'/kappa)^k theta_0 terms gives the factor 1/(1 - D'/kappa). That shortcut freezes k_D in the
     * lag: a k_D varying across the cell adds an even part to it, left out here (1.4e-3 of the bump of a THN/IBB-like
     * liquid at 0.19 tau; {@link #fullLagBump} keeps it), and the lag's second order, ~(D/kappa)^2; the layers of c
     * stay mirror images (k_D frozen in c's feedback), so mass is conserved. With {@code lagged} false, T is the
     * conduction profile plus theta_0 alone.
     */
    private void fillState(double t, double a, double diffLayer, boolean lagged) {
        int n = state.n;
        double h = state.h;
        double kappa = state.kappa;
        CellModel m = state.m;
        double[] c = state.c;
        double width = 2 * Math.sqrt(diffLayer * t), scale = a * width * width / h, dz = h / width;
        double corr = layerCorrection(t, a, diffLayer);
        // every argument is j dz, j = 0 .. 3n: i^2erfc (and i^3erfc up to n, for the Dufour correction) once each
        int count = 3 * n + 1;
        if (layerI2.length < count) {
            layerI2 = new double[count];
            layerI3 = new double[count];
        }
        double[] i2 = layerI2, i3 = layerI3;
        ErrorFunctions.fill(dz, count, i2, corr != 0 ? n + 1 : 0, i3);
        double[] p = state.scratch; // the hot wall's layer with its images at +-2L; the cold one is its mirror image, negated
        double upper = i2[0];
        double far = i2[2 * n]; // the image at 2L seen from the cell's left face
        double left = far; // the image at -2L
        // the first order in g'(c0): eps u1 at each wall, even about the centre (see layerDriftEps), with its tail
        // beyond the other wall folded back (mirror image): the cells then hold its zero mass up to 2L/w (i^2erfc);
        // its cell integrals are differences of z i^2erfc z, from the same i^2erfc values as the layer's
        double eps = layerDriftEps(a), ds = 0.5 * eps * a * width * width * width / h;
        double[] e = state.scratchT; // the drift's first order
        double zUpper = 0, zFar = 2 * n * dz * far;
        for (int i = 0; i < n; i++) {
            double lower = i2[i + 1];
            double near = i2[2 * n - i - 1];
            double right = i2[2 * n + i + 1];
            p[i] = scale * ((upper - lower) + (near - far) + (left - right));
            double zLower = (i + 1) * dz * lower, zNear = (2 * n - i - 1) * dz * near;
            e[i] = ds * ((zLower - zUpper) + (zFar - zNear));
            upper = lower;
            far = near;
            left = right;
            zUpper = zLower;
            zFar = zNear;
        }
        if (corr != 0) {
            double cs = corr * width / h, hi = i3[0];
            for (int i = 0; i < n && i * dz < ErrorFunctions.CUTOFF; i++) {
                double lo = i3[i + 1];
                p[i] += cs * (hi - lo);
                hi = lo;
            }
        }
        for (int i = 0; i < n; i++) {
            c[i] = m.c0() + (p[i] - p[n - 1 - i]);
        }
        double drift = 0; // eps u1 at the walls
        if (eps != 0) {
            for (int i = 0; i < n; i++) {
                c[i] += e[i] + e[n - 1 - i];
            }
            drift = 0.125 * eps * a * width * width;
        }
        if (state.solveT) {
            // theta = [-(F(x) - F(L) x/L)/kappa + (k_D/kappa^2) L^2 u_w' q(x/L)]/(1 - D'/kappa), F = int_0^x k_D u_x
            // with k_D at the layers' c and the conduction temperature (~T^2 for ideal thermo: ~5 % of the bump), see
            // layerBump0; q at the cell averages, q + (1 - 2s)/(24 n^2)
            double uw = layerWall(t, a, diffLayer); // the hot wall value
            double lag = lagged ? 1 / (1 - diffLayer / kappa) : 1;
            double pLag = lagged ? state.kdAt(0.5) / (kappa * kappa) * m.length() * m.length() * layerWallRate(t, a, diffLayer) : 0;
            double[] f = state.scratchT; // the bump's integral
            double uPrev = uw + drift, sPrev = 0, acc = 0;
            for (int i = 0; i < n; i++) {
                double u = c[i] - m.c0(), sc = (i + 0.5) / n;
                acc += state.kdAt(0.5 * (sPrev + sc), m.c0() + 0.5 * (u + uPrev)) * (u - uPrev);
                f[i] = acc;
                uPrev = u;
                sPrev = sc;
            }
            double fEnd = acc + state.kdAt(0.5 * (sPrev + 1), m.c0() + 0.5 * (uPrev - uw)) * (drift - uw - uPrev);
            double inv24n2 = 1.0 / (24.0 * n * n);
            for (int i = 0; i < n; i++) {
                double sc = (i + 0.5) / n;
                double q = -sc * (1 - sc) * (1 - 2 * sc) / 6 + (1 - 2 * sc) * inv24n2;
                state.temp[i] = state.conduction(i) + lag * (pLag * q - (f[i] - fEnd * sc) / kappa);
            }
            if (unlaggedOut != null) {
                // (the same expression with lag 1 and pLag 0: the same bits as a fill without the lag)
                for (int i = 0; i < n; i++) {
                    double sc = (i + 0.5) / n;
                    unlaggedOut[i] = state.conduction(i) - (f[i] - fEnd * sc) / kappa;
                }
            }
        }
    }
    /**
     * The drift's first order in the layers: with g(c0 + u) = g0 + g1 u, the wall condition u_x = -a - eps u
     * (eps = a g1/g0) and the drift D eps u_x perturb the hot wall's layer u0 = a w ierfc(x/w) (w = 2 sqrt(D t)) by
     * eps u1, u1_t = D u1_xx + D u0_x, u1_x(0) = -u0(0), u1 = 0 at t = 0. -x u0/2 solves the equation (u0 solves
     * the heat equation), leaving the wall flux -u0(0)/2 = -a w/(2 sqrt(pi)) to (a/2) w^2 i^2erfc(x/w)
     * (Carslaw-Jaeger 2.9): u1 = (a w^2/2)(i^2erfc z - z ierfc z), z = x/w, of zero mass, 1/4 of a w^2/2 at the
     * wall and cell integral -(a w^3/2) [z i^2erfc z] (d(z i^2erfc z)/dz = i^2erfc z - z ierfc z). At the cold
     * wall (x -&gt; L - x, u -&gt; -u turns eps into -eps) the same eps u1(L - x): the correction is even about
     * the centre, so the separation is unchanged to this order. Its images across the other wall are left out
     * (see {@link #time}); with Dufour the layers' D' and a are used (their O(eps_D) difference, too).
     */
    private double layerDriftEps(double a) {
        return a * state.gPrime(state.m.c0()) / state.g(state.m.c0());
    }
    /**
     * The largest bump of the start up to its time {@code end}, when its peak in time lies inside (D/kappa up to
     * {@link #PEAK_LAG_RATIO}, see {@link #time}), else NaN (the march then tracks it). Three times 0.1 of the linear
     * layers' peak time apart around it ({@link WallLayerBump#PEAK}), moved until the middle one is the largest: the
     * parabola through them errs by ~(0.02 tau / 0.36 tau)^3/6 ~ 3e-5 of the peak (0.36 tau: the bump's width in time).
     * Their values are the shortcut lag's (see {@link #fillState(double, double, double, boolean)}), corrected by the
     * lag in full ({@link #fullLagBump}) at the middle one: the correction changes slowly with time, and by the
     * envelope theorem a shift of the peak's time changes its value at second order only. The cell's later grids
     * take their shortcut bump once, at the first grid's peak time, with the first grid's correction: their peak moves
     * in time by their difference in space error only (its value then changes at second order), and the correction,
     * ~1e-3 of the bump, by its own space error (~1e-6 of the bump). Leaves the state at some time before end.
     */
    double peakBefore(double end) {
        if (coupled) {
            return Double.NaN; // a gas's bump peaks after 0.19 tau (BumpPeakTime), after the coupled start
        }
        int n = state.n;
        for (int k = 0; k < 3; k++) {
            if (unlagged[k].length < n) {
                unlagged[k] = new double[n];
            }
        }
        if (!Double.isNaN(peakHint)) {
            return peakHint <= end ? bumpAt(peakHint, null) + lagCorrectionHint : Double.NaN;
        }
        double tauLayer = state.m.diffusionTime(diffLayer);
        double step = 0.1 * WallLayerBump.PEAK[0] * tauLayer;
        double t1 = WallLayerBump.PEAK[0] * tauLayer, t0 = t1 - step, t2 = t1 + step;
        if (t2 > end) {
            return Double.NaN;
        }
        double b0 = bumpAt(t0, unlagged[0]), b1 = bumpAt(t1, unlagged[1]), b2 = bumpAt(t2, unlagged[2]);
        for (int shift = 0; !(b1 >= b0 && b1 >= b2); shift++) {
            boolean peakEarlier = b0 > b2;
            if (shift == MAX_PEAK_SHIFTS || (peakEarlier ? t0 - step < step : t2 + step > end)) {
                return Double.NaN; // far from the linear layers' peak, or not within the start: the march's
            }
            double[] free = peakEarlier ? unlagged[2] : unlagged[0];
            if (peakEarlier) {
                t2 = t1;
                b2 = b1;
                t1 = t0;
                b1 = b0;
                t0 -= step;
                unlagged[2] = unlagged[1];
                unlagged[1] = unlagged[0];
                unlagged[0] = free;
                b0 = bumpAt(t0, free);
            } else {
                t0 = t1;
                b0 = b1;
                t1 = t2;
                b1 = b2;
                t2 += step;
                unlagged[0] = unlagged[1];
                unlagged[1] = unlagged[2];
                unlagged[2] = free;
                b2 = bumpAt(t2, free);
            }
        }
        peakHint = MarchOutputs.parabolicVertex(t0, b0, t1, b1, t2, b2);
        lagCorrectionHint = fullLagBump(step, unlagged[0], unlagged[1], unlagged[2]) - b1;
        return MarchOutputs.parabolicPeak(t0, b0, t1, b1, t2, b2) + lagCorrectionHint;
    }

    /** The bump of the start at time t, with the shortcut lag; T without the lag at t goes to {@code withoutLag} (if not null). */
    private double bumpAt(double t, double[] withoutLag) {
        unlaggedOut = withoutLag;
        fillState(t, a, diffLayer, true);
        unlaggedOut = null;
        return outputs.bump();
    }

    /**
     * The bump at the middle of three times dt apart with T = conduction + theta0 + G(theta0_t)/kappa, G the inverse of
     * d^2/dx^2 with zero wall values (the cells' Laplacian, a tridiagonal), theta0_t by the central difference of the
     * start's own theta0 at the two outer times (T without the lag there, from {@link #peakBefore}'s fills; overwritten
     * here). The shortcut of {@link #fillState(double, double, double, boolean)} takes theta0_t from u_t = D' u_xx with
     * k_D frozen: exact for the part of the bump odd about the centre, but a k_D that varies across the cell (ideal
     * thermodynamics: ~T^2, 7 % over 10 K) adds an even part to the lag that it leaves out. Against a converged march
     * at 0.19 tau the shortcut's bump was 1.4e-3 off on a THN/IBB-like liquid (D/kappa = 0.011), this one 1.1e-4. The
     * difference over 0.1 of the peak time (not 1e-3 of it, which cost two fills more) moves the bump by 2e-5: against
     * converged marches of five THN/IBB-like cells the start's bump on 128 cells is then -1.1e-5 to +1.0e-4 off
     * (-2e-6 to +1.2e-4 with the short difference): the lag's neglected second order dominates either way.
     */
    private double fullLagBump(double dt, double[] before, double[] atT, double[] after) {
        int n = state.n;
        // (T without the lag at t, kept from the fill that gave the shortcut's bump there; only T enters the bump)
        System.arraycopy(atT, 0, state.temp, 0, n);
        double[] later = after, earlier = before;
        // G(theta0_t)/kappa: (g[i-1] - 2 g[i] + g[i+1])/h^2 = theta0_t/kappa, g = -g beyond each wall (Thomas)
        double h2k = state.h * state.h / (2 * dt * state.kappa);
        double[] gamma = later, rhs = earlier; // reused: the difference is taken first, cell by cell
        double previousGamma = 0, previousRhs = 0;
        for (int i = 0; i < n; i++) {
            double r = (later[i] - earlier[i]) * h2k;
            double diagonal = (i == 0 || i == n - 1 ? -3 : -2) - previousGamma;
            gamma[i] = 1 / diagonal;
            rhs[i] = (r - previousRhs) / diagonal;
            previousGamma = gamma[i];
            previousRhs = rhs[i];
        }
        double g = 0;
        for (int i = n - 1; i >= 0; i--) {
            g = rhs[i] - (i < n - 1 ? gamma[i] * g : 0);
            state.temp[i] += g;
        }
        return outputs.bump();
    }

    /** c - c0 at the hot wall at time t: its layer and images, 2 of the cold one, 2 at 2L and one at 3L. */
    private double layerWall(double t, double a, double diffLayer) {
        double width = 2 * Math.sqrt(diffLayer * t), z = state.m.length() / width;
        return a * width * (INV_SQRT_PI - 2 * ierfc(z) + 2 * ierfc(2 * z) - ierfc(3 * z))
                + 0.25 * layerCorrection(t, a, diffLayer);
    }
    /** d/dt of {@link #layerWall}: d(w ierfc(k L/w))/dt = (w/(2t)) e^{-k^2 z^2}/sqrt(pi); the correction is ~t. */
    private double layerWallRate(double t, double a, double diffLayer) {
        double width = 2 * Math.sqrt(diffLayer * t), z = state.m.length() / width, z2 = z * z;
        return a * width / (2 * t) * INV_SQRT_PI
                * (1 - 2 * Math.exp(-z2) + 2 * Math.exp(-4 * z2) - Math.exp(-9 * z2))
                + 0.25 * layerCorrection(t, a, diffLayer) / t;
    }
}
