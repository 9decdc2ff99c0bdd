package org.soretstudy.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The steady state against the exact solutions of physics.md section 4, recomputed here independently of
 * the solver: by bisection on the mass balance with a fine composite Simpson rule in x (not the solver's
 * closed form or Gauss quadrature in T), or by integrating the steady ODEs in x from the solver's wall state.
 */
class SteadyStateTest {
    private static final double L = 0.01;

    private static CellParameters.Builder thnIbb() {
        // Fontainebleau THN/IBB order of magnitude: D ~ 9.5e-10 m^2/s, S_T ~ 3.3e-3 1/K, 1 K across 1 cm
        return CellParameters.builder().length(L).walls(300.5, 299.5).c0(0.5).diffusion(9.5e-10).soret(3.3e-3);
    }

    @Test
    void binaryConstantSoretMatchesIndependentMassBalance() {
        double[][] cases = {{0.5, 3.3e-3, 300.5, 299.5}, {0.1, 9.5e-3, 310, 290}, {0.9, -2e-2, 350, 250}, {0.3, 0.8, 305, 295}};
        for (double[] cs : cases) {
            double c0 = cs[0], st = cs[1], th = cs[2], tc = cs[3];
            CellResult r = CellSolver.solve(thnIbb().c0(c0).soret(st).walls(th, tc).build());
            assertTrue(r.isOk(), r::toString);
            // c(x) = 1/(1 + e^{S_T T(x) - K}), T linear in x; K by bisection on the mass balance
            double k = bisectMass(kk -> simpson(x -> 1 / (1 + Math.exp(st * (th + (tc - th) * x / L) - kk)), 0, L) / L - c0,
                    -100 + st * tc, 100 + st * th);
            double cHot = 1 / (1 + Math.exp(st * th - k));
            double cCold = 1 / (1 + Math.exp(st * tc - k));
            assertEquals(cHot, r.get(OutputField.C_HOT), 1e-11 * cHot);
            assertEquals(cCold, r.get(OutputField.C_COLD), 1e-11 * cCold);
            assertEquals(cCold - cHot, r.get(OutputField.SEPARATION), 1e-9 * Math.abs(cCold - cHot));
            // soret_effective recovers S_T exactly for a constant S_T
            assertEquals(st, r.get(OutputField.SORET_EFFECTIVE), 1e-13 * Math.abs(st));
            assertTrue(r.get(OutputField.MASS_ERROR) < 1e-13, r::toString);
        }
    }

    @Test
    void smallSeparationLimit() {
        // delta c ~ S_T c0 (1 - c0) dT when S_T dT << 1 (physics.md 4); the next term is O((S_T dT)^2)
        double st = 3.3e-3, dt = 1.0;
        CellResult r = CellSolver.solve(thnIbb().soret(st).walls(300 + dt / 2, 300 - dt / 2).c0(0.3).build());
        double linear = st * 0.3 * 0.7 * dt;
        assertEquals(linear, r.get(OutputField.SEPARATION), 1e-5 * linear);
        assertEquals(dt, r.get(OutputField.WALL_DT), 1e-15);
    }

    @Test
    void diluteRatioIsExactlyExponential() {
        for (double st : new double[] {1e-3, 0.05, 1.0, -0.3}) {
            CellResult r = CellSolver.solve(thnIbb().closure(Closure.DILUTE).c0(2.5).soret(st).walls(305, 295).build());
            assertTrue(r.isOk(), r::toString);
            double ratio = r.get(OutputField.C_COLD) / r.get(OutputField.C_HOT);
            assertEquals(Math.exp(st * 10), ratio, 1e-13 * Math.exp(st * 10));
            assertEquals(st, r.get(OutputField.SORET_EFFECTIVE), 1e-13 * Math.abs(st));
            // mass: c(x) = c_hot e^{S_T (T_hot - T(x))}, integral over the cell equals c0 L
            double cHot = r.get(OutputField.C_HOT);
            double mass = simpson(x -> cHot * Math.exp(st * 10 * x / L), 0, L);
            assertEquals(2.5 * L, mass, 1e-11 * 2.5 * L);
        }
    }

    @Test
    void piazzaSoretMatchesIndependentQuadrature() {
        double sInf = 0.02, tStar = 290, tW = 15, th = 320, tc = 280, c0 = 0.4;
        CellParameters p = thnIbb().soret(Double.NaN).soretModel(SoretModel.PIAZZA).set(NumericInput.SORET_INF, sInf)
                .set(NumericInput.T_STAR, tStar).set(NumericInput.T_WIDTH, tW).walls(th, tc).c0(c0).build();
        CellResult r = CellSolver.solve(p);
        assertTrue(r.isOk(), r::toString);
        DoubleUnaryOperator soret = t -> sInf * (1 - Math.exp((tStar - t) / tW));
        // Phi(T) - Phi(T_cold) by numerical integration of S_T, independent of the solver's antiderivative
        DoubleUnaryOperator phi = t -> simpson(soret, tc, t);
        double k = bisectMass(kk -> simpson(x -> 1 / (1 + Math.exp(phi.applyAsDouble(th + (tc - th) * x / L) - kk)), 0, L, 400) / L - c0,
                -30, 30);
        double cHot = 1 / (1 + Math.exp(phi.applyAsDouble(th) - k));
        double cCold = 1 / (1 + Math.exp(-k));
        assertEquals(cHot, r.get(OutputField.C_HOT), 1e-9);
        assertEquals(cCold, r.get(OutputField.C_COLD), 1e-9);
        assertEquals(cCold - cHot, r.get(OutputField.SEPARATION), 1e-8 * Math.abs(cCold - cHot));
        // the S_T recovered from the walls is the mean of S_T(T) over the walls' interval
        assertEquals(phi.applyAsDouble(th) / (th - tc), r.get(OutputField.SORET_EFFECTIVE), 1e-10);
        assertEquals(soret.applyAsDouble(300), r.get(OutputField.SORET_USED), 1e-15);
    }

    /**
     * A Piazza cell 34 K below T* with T_w 3.1 K: S_T = S_inf (1 - e^{(T* - T)/T_w}) reaches -5,400 /K at the cold
     * wall, and the profile is a layer thinner than any quadrature panel. The row fails, and its reason says why:
     * the S_T it reaches and the drift across the cell, as computed here from the model's formula.
     */
    @Test
    void aSteadyStateOutOfReachNamesItsSoretCoefficient() {
        double sInf = 0.0765, tStar = 350.26, tW = 3.07, th = 315.95, tc = 315.30;
        CellParameters p = CellParameters.builder().length(3.15e-4).walls(th, tc).closure(Closure.DILUTE).c0(0.26).diffusion(1e-11)
                .soretModel(SoretModel.PIAZZA).set(NumericInput.SORET_INF, sInf).set(NumericInput.T_STAR, tStar)
                .set(NumericInput.T_WIDTH, tW).build();
        CellResult r = CellSolver.solve(p);
        assertEquals(Status.FAILED, r.status(), r::toString);
        double coldest = Math.abs(sInf * (1 - Math.exp((tStar - tc) / tW)));
        String message = r.reason().message();
        assertTrue(message.contains(String.format(java.util.Locale.ROOT, "S_T reaches %.3g /K", coldest)), message);
    }

    @Test
    void dufourSteadyStateSatisfiesTheOdesAndLowersTheHeatFlux() {
        // An ideal binary mixture with a strong (but admissible) Dufour effect, so the check is not trivially small
        double lambda = 0.02, rho = 1.2, st = 0.3 / 300, d = 7e-5, th = 330, tc = 270, c0 = 0.3, m1 = 4.0026e-3, m2 = 39.948e-3;
        CellParameters p = CellParameters.builder().length(L).walls(th, tc).c0(c0).diffusion(d).soret(st)
                .thermal(rho, 500, lambda).thermo(ThermoModel.IDEAL).set(NumericInput.MOLAR_MASS_1, m1)
                .set(NumericInput.MOLAR_MASS_2, m2).build();
        CellResult r = CellSolver.solve(p);
        assertTrue(r.isOk(), r::toString);
        double q = r.get(OutputField.WALL_HEAT_FLUX);
        assertTrue(q < lambda * (th - tc) / L, "Dufour lowers the heat flux at fixed wall temperatures");
        // integrate dT/dx = -q/lambda_eff(c,T), dc/dx = -S_T g(c) dT/dx from the hot wall (RK4, fine steps)
        int n = 20000;
        double h = L / n, t = th, c = r.get(OutputField.C_HOT), mass = 0;
        for (int i = 0; i < n; i++) {
            double[] k1 = rhs(t, c, q, lambda, rho, st, d, m1, m2);
            double[] k2 = rhs(t + h / 2 * k1[0], c + h / 2 * k1[1], q, lambda, rho, st, d, m1, m2);
            double[] k3 = rhs(t + h / 2 * k2[0], c + h / 2 * k2[1], q, lambda, rho, st, d, m1, m2);
            double[] k4 = rhs(t + h * k3[0], c + h * k3[1], q, lambda, rho, st, d, m1, m2);
            double cNext = c + h / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
            mass += h / 2 * (c + cNext);
            t += h / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
            c = cNext;
        }
        assertEquals(tc, t, 1e-7, "the ODE from the hot wall lands on the cold wall temperature");
        assertEquals(r.get(OutputField.C_COLD), c, 1e-9);
        assertEquals(c0 * L, mass, 1e-8 * c0 * L);
    }

    private static double[] rhs(double t, double c, double q, double lambda, double rho, double st, double d, double m1, double m2) {
        double mFactor = 8.314462618 * t / (c * m2 + (1 - c) * m1);            // ideal binary m(c,T)
        double kd = rho * mFactor * t * d * st;                                // K_D = rho m T D_T
        double lambdaEff = lambda - kd * st * c * (1 - c);
        double dT = -q / lambdaEff;
        return new double[] {dT, -st * c * (1 - c) * dT};
    }

    @Test
    void fluxBoundaryConditionConservesTheMeanTemperature() {
        double lambda = 0.13, q = 200, ti = 300;
        CellParameters p = thnIbb().walls(Double.NaN, Double.NaN).thermalBc(ThermalBc.FLUX).set(NumericInput.HEAT_FLUX, q)
                .set(NumericInput.T_INITIAL, ti).thermal(850, 1800, lambda).build();
        CellResult r = CellSolver.solve(p);
        assertTrue(r.isOk(), r::toString);
        assertEquals(q * L / lambda, r.get(OutputField.WALL_DT), 1e-12);
        assertEquals(q, r.get(OutputField.WALL_HEAT_FLUX), 0);
        // same cell with the resulting wall temperatures as Dirichlet data gives the same composition
        double dt = q * L / lambda;
        CellResult dirichlet = CellSolver.solve(thnIbb().walls(ti + dt / 2, ti - dt / 2).thermal(850, 1800, lambda).build());
        assertEquals(dirichlet.get(OutputField.SEPARATION), r.get(OutputField.SEPARATION), 1e-15);
        assertEquals(dirichlet.get(OutputField.WALL_HEAT_FLUX), q, 1e-10 * q);
    }

    @Test
    void entropyProductionIsNonNegativeOnRandomAdmissiblePoints() {
        SplittableRandom rng = new SplittableRandom(20261126);
        CellWorkspace ws = new CellWorkspace();
        int ok = 0;
        for (int i = 0; i < 20000; i++) {
            double th = 250 + 100 * rng.nextDouble();
            double tc = 250 + 100 * rng.nextDouble();
            CellParameters.Builder b = CellParameters.builder().length(1e-4 + rng.nextDouble() * 0.05).walls(th, tc)
                    .c0(0.01 + 0.98 * rng.nextDouble()).diffusion(Math.pow(10, -11 + 7 * rng.nextDouble()))
                    .soret((rng.nextDouble() - 0.3) * Math.pow(10, -4 + 3 * rng.nextDouble()))
                    .thermal(1 + 1000 * rng.nextDouble(), 500 + 3000 * rng.nextDouble(), 0.01 + rng.nextDouble());
            if (rng.nextBoolean()) {
                b.thermo(ThermoModel.IDEAL).set(NumericInput.MOLAR_MASS_1, 0.002 + 0.2 * rng.nextDouble())
                        .set(NumericInput.MOLAR_MASS_2, 0.002 + 0.2 * rng.nextDouble());
            }
            ResultBuffer r = CellSolver.solve(b.build(), ws);
            if (r.status() == Status.OK) {
                ok++;
                assertTrue(r.get(OutputField.ENTROPY_PRODUCTION) >= 0, () -> r.snapshot().toString());
            } else {
                assertEquals(ReasonCode.SECOND_LAW, r.reason().code(), () -> r.snapshot().toString());
            }
        }
        assertTrue(ok > 15000, "most random points are admissible: " + ok);
    }

    // ---- independent numerics for the checks ----

    static double simpson(DoubleUnaryOperator f, double a, double b) { return simpson(f, a, b, 2000); }

    static double simpson(DoubleUnaryOperator f, double a, double b, int n) {
        double h = (b - a) / n, s = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            s += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        }
        return s * h / 3;
    }

    static double bisectMass(DoubleUnaryOperator f, double lo, double hi) {
        for (int i = 0; i < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(lo)); i++) {
            double mid = 0.5 * (lo + hi);
            if (f.applyAsDouble(mid) < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
