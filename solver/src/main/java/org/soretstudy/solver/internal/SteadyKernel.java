package org.soretstudy.solver.internal;

import java.util.Locale;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ReasonCode;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.ThermalBc;

/**
 * The non-equilibrium steady state, directly, without time marching (physics.md section 4).
 *
 * <p>Zero mass flux gives dc/dT = -S_T(T) g(c), so logit c (binary) or ln c (dilute) = k - [Phi(T) - Phi(T_cold)]
 * with one constant k, fixed by mass conservation. The heat flux q = -lambda_eff dT/dx is uniform, so every
 * integral over x becomes one over T with weight lambda_eff/q:
 * <ul>
 *   <li>constant S_T without Dufour (the common case): closed form, a few transcendental calls;</li>
 *   <li>otherwise: Newton on k, with Gauss-Legendre quadrature in T (panels sized to the variation of Phi
 *       and of S_T(T)), converged to round-off;</li>
 *   <li>thermal flux condition: the wall temperatures follow from q and the conserved mean temperature,
 *       by a fixed-point iteration when Dufour makes lambda_eff vary.</li>
 * </ul>
 * Allocation-free. Not thread-safe (scratch fields).
 */
public final class SteadyKernel {
    /** Gauss-Legendre rule on [-1, 1] with 8 nodes (exact for polynomials of degree 15), its nodes ascending. */
    private static final double[] GL_X;
    private static final double[] GL_W;

    static {
        LegendreQuadrature rule = new LegendreQuadrature(8, 8);
        GL_X = new double[rule.nodes];
        GL_W = new double[rule.nodes];
        for (int i = 0; i < rule.nodes; i++) {
            GL_X[i] = -rule.x[i]; // (the rule's nodes descend; the sums here have always run from T_cold up)
            GL_W[i] = rule.weight[i];
        }
    }

    private static final int MAX_PANELS = 400;
    private static final int MAX_NEWTON = 60;
    private static final int MAX_FLUX_ITERATIONS = 200;

    // Results of the last solve, read by fill(). k: logit c (or ln c) at the cold wall.
    private double k;
    private double massRatio;   // (integral c dx)/(c0 L) - 1, as the quadrature sees it
    private double lambdaMean;  // (1/dT) integral lambda_eff dT

    // Quadrature sums filled by integrate().
    private double sumLambda;
    private double sumCLambda;
    private double sumTLambda;
    private double sumDerivative;
    private double sumDLambda;

    /** Fills the steady outputs; returns false after rejecting {@code out} when it cannot. */
    public boolean solve(CellModel m, ResultBuffer out) {
        if (m.thermalBc() == ThermalBc.FLUX && !solveWallTemperatures(m, out)) {
            return false;
        }
        if (m.constantSoret() && !m.dufour()) {
            closedForm(m);
        } else if (!solveComposition(m, out)) {
            return false;
        }
        return fill(m, out);
    }

    /** Constant S_T, no Dufour: T linear, k explicit (physics.md section 4). */
    private void closedForm(CellModel m) {
        double d = m.phiDifference(m.tHot(), m.tCold()); // S_T (T_hot - T_cold)
        lambdaMean = Double.isNaN(m.conductivity()) ? Double.NaN : m.conductivity();
        k = closedFormK(m, d);
        if (d == 0) {
            massRatio = 0;
        } else if (m.binary()) {
            // integral of c over u = S_T T is log1p(c_hot expm1(d)); mass conservation asks for c0 d
            massRatio = log1pTimesExpm1(logistic(k - d), d) / (m.c0() * d) - 1;
        } else {
            // integral of c over u is c_cold (1 - e^{-d}); mass conservation asks for c0 d
            massRatio = Math.exp(k) * -Math.expm1(-d) / d / m.c0() - 1;
        }
    }

    /**
     * k = logit c_cold (binary) or ln c_cold (dilute) of the constant-S_T steady state without Dufour, with
     * d = S_T (T_hot - T_cold) (physics.md 4): exact there, and Newton's start elsewhere.
     */
    private static double closedFormK(CellModel m, double d) {
        if (d == 0) {
            return m.binary() ? Math.log(m.c0() / (1 - m.c0())) : Math.log(m.c0());
        }
        if (m.binary()) {
            // e^{k} = e^{s d} expm1(c0 d)/expm1(s d), s = 1 - c0; in logs so that |d| of hundreds cannot overflow
            double s = 1 - m.c0();
            return s * d + logAbsExpm1(m.c0() * d) - logAbsExpm1(s * d);
        }
        // c_cold = c0 d/(1 - e^{-d})
        return Math.log(m.c0()) + Math.log(d / -Math.expm1(-d));
    }

    /** Newton on k with the quadrature in T: piazza S_T(T) and/or the Dufour effect. */
    private boolean solveComposition(CellModel m, ResultBuffer out) {
        if (m.tHot() == m.tCold()) {
            // isothermal cell: nothing drives a separation
            k = closedFormK(m, 0);
            massRatio = 0;
            lambdaMean = m.effectiveConductivity(m.c0(), m.tHot());
            sumLambda = 1;
            sumTLambda = m.tHot();
            return true;
        }
        // Start from the closed form of the mean S_T (exact without Dufour when S_T is constant)
        k = closedFormK(m, m.phiDifference(m.tHot(), m.tCold()));
        int panels = panels(m);
        double lo = Double.NaN;
        double hi = Double.NaN; // bracket of the root, once known
        for (int it = 0; it < MAX_NEWTON; it++) {
            integrate(m, k, panels);
            double f = sumCLambda / sumLambda / m.c0() - 1;
            if (!Double.isFinite(f)) {
                out.reject(ReasonCode.NOT_CONVERGED, "c0", "steady state: non-finite mass balance at k = " + k);
                return false;
            }
            if (Math.abs(f) < 1e-15) {
                return converged(m);
            }
            if (f < 0) {
                lo = k;
            } else {
                hi = k;
            }
            double df = (sumDerivative * sumLambda - sumCLambda * sumDLambda) / (sumLambda * sumLambda) / m.c0();
            double next = k - f / df;
            if (!Double.isFinite(next) || !(df > 0) || (!Double.isNaN(lo) && next <= lo)
                    || (!Double.isNaN(hi) && next >= hi)) {
                // Newton left the bracket: bisect, or widen until there is one
                next = !Double.isNaN(lo) && !Double.isNaN(hi) ? 0.5 * (lo + hi) : k + (f < 0 ? 1 : -1);
            }
            boolean small = Math.abs(next - k) <= 1e-14 * (1 + Math.abs(k));
            k = next;
            if (small) {
                integrate(m, k, panels);
                return converged(m);
            }
        }
        // the usual cause: S_T so large (a Piazza S_T far below T*) that the profile is a layer thinner than the panels
        double soretLargest = Math.max(Math.abs(m.soret(m.tHot())), Math.abs(m.soret(m.tCold())));
        out.reject(ReasonCode.NOT_CONVERGED, "c0", String.format(Locale.ROOT,
                "steady state: Newton on the mass balance did not converge (S_T reaches %.3g /K at a wall, "
                        + "the integral of S_T dT across the cell is %.3g)", soretLargest,
                Math.abs(m.phiDifference(m.tHot(), m.tCold()))));
        return false;
    }

    /** Records the mass balance and mean conductivity of the sums at the converged k. */
    private boolean converged(CellModel m) {
        massRatio = sumCLambda / sumLambda / m.c0() - 1;
        lambdaMean = sumLambda / (m.tHot() - m.tCold());
        return true;
    }

    /**
     * Thermal flux condition: find the wall temperatures that carry q with the mean temperature t_initial
     * (energy is conserved from the uniform start). Without Dufour T is linear with slope -q/lambda.
     */
    private boolean solveWallTemperatures(CellModel m, ResultBuffer out) {
        double width = m.heatFlux() * m.length() / m.conductivity();
        double center = m.tInitial();
        m.loadWalls(center + 0.5 * width, center - 0.5 * width);
        if (!m.dufour() || width == 0) {
            return requirePositiveWalls(m, out);
        }
        for (int it = 0; it < MAX_FLUX_ITERATIONS; it++) {
            if (!requirePositiveWalls(m, out) || !solveComposition(m, out)) {
                return false;
            }
            double meanT = sumTLambda / sumLambda;              // (1/L) integral T dx
            double newWidth = m.heatFlux() * m.length() / lambdaMean; // q L = integral lambda_eff dT
            double newCenter = center + (m.tInitial() - meanT);
            boolean done = Math.abs(newWidth - width) <= 1e-13 * Math.abs(width)
                    && Math.abs(newCenter - center) <= 1e-13 * Math.abs(center);
            width = newWidth;
            center = newCenter;
            m.loadWalls(center + 0.5 * width, center - 0.5 * width);
            if (done) {
                return requirePositiveWalls(m, out);
            }
        }
        out.reject(ReasonCode.NOT_CONVERGED, "heat_flux", "steady state: wall temperatures for the imposed flux did not converge");
        return false;
    }

    private static boolean requirePositiveWalls(CellModel m, ResultBuffer out) {
        if (!(m.tHot() > 0 && m.tCold() > 0) || !Double.isFinite(m.tHot()) || !Double.isFinite(m.tCold())) {
            out.reject(ReasonCode.OUT_OF_RANGE, "heat_flux", "heat_flux = " + m.heatFlux()
                    + ": the steady wall temperatures " + m.tHot() + " K and " + m.tCold() + " K must be > 0");
            return false;
        }
        return true;
    }

    /** Panels so that Phi varies by at most ~1 and S_T(T) by a fraction of its scale over each. */
    private static int panels(CellModel m) {
        double byPhi = Math.abs(m.phiDifference(m.tHot(), m.tCold()));
        double byScale = Math.abs(m.tHot() - m.tCold()) / m.soretTemperatureScale();
        double n = Math.ceil(Math.max(byPhi, 2 * byScale));
        return (int) Math.max(1, Math.min(MAX_PANELS, n));
    }

    /** Gauss-Legendre sums over T in [T_cold, T_hot] of lambda_eff, c lambda_eff, T lambda_eff and d/dk. */
    private void integrate(CellModel m, double kk, int panels) {
        double a = m.tCold();
        double h = (m.tHot() - a) / panels;
        double half = 0.5 * h;
        double sl = 0;
        double scl = 0;
        double stl = 0;
        double sd = 0;
        double sdl = 0;
        boolean dufour = m.dufour();
        for (int p = 0; p < panels; p++) {
            double mid = a + (p + 0.5) * h;
            for (int i = 0; i < GL_X.length; i++) {
                double t = mid + half * GL_X[i];
                double w = half * GL_W[i];
                double z = kk - m.phiDifference(t, a);
                double c = m.binary() ? logistic(z) : Math.exp(z);
                double dcdk = m.binary() ? c * (1 - c) : c;
                double lambda = m.effectiveConductivity(c, t);
                // d lambda_eff/dk = -lambda (d eps_D/dc)(dc/dk)
                double dLambda = dufour ? -m.conductivity() * m.dufourRatioDc(c, t) * dcdk : 0;
                sl += w * lambda;
                scl += w * c * lambda;
                stl += w * t * lambda;
                sd += w * (dcdk * lambda + c * dLambda);
                sdl += w * dLambda;
            }
        }
        sumLambda = sl;
        sumCLambda = scl;
        sumTLambda = stl;
        sumDerivative = sd;
        sumDLambda = sdl;
    }

    /** Writes the steady outputs from k and the wall temperatures. */
    private boolean fill(CellModel m, ResultBuffer out) {
        double dPhi = m.phiDifference(m.tHot(), m.tCold());
        double cCold = m.binary() ? logistic(k) : Math.exp(k);
        double cHot = m.binary() ? logistic(k - dPhi) : Math.exp(k - dPhi);
        double wallDt = m.tHot() - m.tCold();
        if (!(Double.isFinite(cCold) && Double.isFinite(cHot)) || (m.binary() && !(cHot > 0 && cHot < 1 && cCold > 0 && cCold < 1))) {
            out.reject(ReasonCode.NON_FINITE_RESULT, "soret", "steady composition out of range: c_hot = " + cHot + ", c_cold = " + cCold);
            return false;
        }
        out.set(OutputField.C_HOT, cHot);
        out.set(OutputField.C_COLD, cCold);
        // c_cold - c_hot without cancellation: binary logistic(k) - logistic(k - dPhi); dilute e^k (1 - e^{-dPhi})
        out.set(OutputField.SEPARATION, m.binary() ? logisticDifference(k, dPhi) : -cCold * Math.expm1(-dPhi));
        // logit c_cold - logit c_hot (or the log ratio) is exactly Phi(T_hot) - Phi(T_cold)
        out.set(OutputField.SORET_EFFECTIVE, wallDt == 0 ? Double.NaN : dPhi / wallDt);
        out.set(OutputField.WALL_DT, wallDt);
        double q = m.thermalBc() == ThermalBc.FLUX ? m.heatFlux() : lambdaMean * wallDt / m.length();
        if (Double.isNaN(m.conductivity())) {
            q = Double.NaN;
        }
        out.set(OutputField.WALL_HEAT_FLUX, q);
        // J1 = 0 at steady state: sigma = integral J_q' d(1/T)/dx dx = q (1/T_cold - 1/T_hot) >= 0
        out.set(OutputField.ENTROPY_PRODUCTION, q * (wallDt / (m.tHot() * m.tCold())));
        out.set(OutputField.MASS_ERROR, Math.abs(massRatio));
        return true;
    }

    /** 1/(1 + e^{-z}). */
    static double logistic(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** logistic(k) - logistic(k - d), accurate for small d. */
    static double logisticDifference(double k, double d) {
        // = l(k) l'... : [e^{k} - e^{k-d}] / [(1+e^k)(1+e^{k-d})] = l(k) (1 - l(k-d)) (1 - e^{-d})
        return logistic(k) * logistic(d - k) * -Math.expm1(-d);
    }

    /** ln |e^x - 1|, without overflow for large x. */
    static double logAbsExpm1(double x) {
        return x > 30 ? x + Math.log1p(-Math.exp(-x)) : Math.log(Math.abs(Math.expm1(x)));
    }

    /** log1p(c expm1(d)) without overflow: the integral of the binary steady profile over u = S_T T. */
    static double log1pTimesExpm1(double c, double d) {
        if (d > 30) {
            // ln(1 + c(e^d - 1)) = d + ln(c + (1 - c) e^{-d})
            return d + Math.log(c + (1 - c) * Math.exp(-d));
        }
        return Math.log1p(c * Math.expm1(d));
    }
}
