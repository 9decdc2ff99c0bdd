package org.soretstudy.solver.properties;

import org.soretstudy.solver.properties.GasMixture.LennardJonesSpecies;

/**
 * Chapman-Enskog transport coefficients of a dilute binary gas (Chapman & Cowling, <i>The Mathematical Theory
 * of Non-Uniform Gases</i>, 3rd ed. 1970, ch. 8-9; Hirschfelder, Curtiss & Bird, <i>Molecular Theory of Gases
 * and Liquids</i>, 1954, section 8.2), with the combining rules sigma12 = (sigma1 + sigma2)/2 and
 * epsilon12 = sqrt(epsilon1 epsilon2).
 *
 * <p><b>Diffusion</b>: the first approximation (HCB eq. 8.2-44)
 * {@code [D12]_1 = (3/16) sqrt(2 pi (kT)^3/mu) / (p pi sigma12^2 Omega(1,1)*)}.
 *
 * <p><b>Thermal diffusion</b>: the first approximation [k_T]_1 of Chapman & Cowling (section 9.8): the velocity
 * perturbation of species i is expanded in the Sonine polynomials S^(0) and S^(1) (the diffusion term shared by
 * the two species through the momentum constraint, one heat term per species), and the 3x3 Galerkin system is
 * built from the bracket integrals of Chapman & Cowling eqs. 9.33: for unlike pairs, with M_i = m_i/(m1+m2),
 * <pre>
 *   [W1, W1]_12           =  8 M2 Omega(1,1)            [W1, W2]_12 = -8 sqrt(M1 M2) Omega(1,1)
 *   [S1 W1, W1]_12        =  8 M2^2 E                   [S1 W1, W2]_12 = -8 M2^(3/2) M1^(1/2) E,  E = 5/2 Omega(1,1) - Omega(1,2)
 *   [S1 W1, S1 W1]_12     =  8 M2 [5/4 (6 M1^2 + 5 M2^2) Omega(1,1) - 5 M2^2 Omega(1,2) + M2^2 Omega(1,3) + 2 M1 M2 Omega(2,2)]
 *   [S1 W1, S1 W2]_12     = -8 (M1 M2)^(3/2) [55/4 Omega(1,1) - 5 Omega(1,2) + Omega(1,3) - 2 Omega(2,2)]
 * </pre>
 * and for like pairs {@code [S1 W1, S1 W1]_1 = 4 Omega_1(2,2)}: the pure-species (viscosity and conductivity)
 * terms. k_T is the ratio of the thermal and the diffusive responses of the same system (both of the diffusion
 * unknown), which is how Chapman & Cowling define [k_T]_1; its isotopic limit is HCB's
 * {@code (15/2)(2A*+5)(6C*-5)/(A*(16A*-12B*+55)) (m1-m2)/(m1+m2)}, 105/118 (m1-m2)/(m1+m2) for rigid spheres
 * (both are tests). The alpha_T returned is k_T/(x1 x2); positive alpha_T sends species 1 to the cold side.
 *
 * <p>Accuracy: with viscosity-derived Lennard-Jones parameters [D12]_1 is within a few per cent of measurements
 * (HCB section 8.2; here 0.3-3.4 % for four argon pairs, datasets' KineticTheoryValidationTest). [alpha_T]_1 is
 * far more sensitive to the potential and to the order of approximation (higher Chapman-Cowling approximations
 * change it by several per cent for large mass ratios): against isotope measurements it is 10-30 % high here,
 * and the authors of those measurements find an exp-six potential fits them better than Lennard-Jones.
 *
 * <p>Allocates nothing.
 */
public final class ChapmanEnskog {
    /** Boltzmann constant, J/K (SI 2019, exact). */
    public static final double BOLTZMANN = 1.380649e-23;
    /** Avogadro constant, 1/mol (SI 2019, exact). */
    public static final double AVOGADRO = 6.02214076e23;

    private ChapmanEnskog() { }

    /** T* of the 1-2 pair at temperature t. */
    public static double pairReducedTemperature(LennardJonesSpecies a, LennardJonesSpecies b, double t) {
        return t / Math.sqrt(a.epsilonK() * b.epsilonK());
    }

    /** [D12]_1, m^2/s, at temperature t (K) and pressure p (Pa). */
    public static double diffusion(LennardJonesSpecies a, LennardJonesSpecies b, double t, double p,
            CollisionIntegrals omega) {
        double m1 = a.molarMass() / AVOGADRO;
        double m2 = b.molarMass() / AVOGADRO;
        double mu = m1 * m2 / (m1 + m2);
        double sigma12 = 0.5 * (a.sigma() + b.sigma());
        double kt = BOLTZMANN * t;
        double omega11 = omega.omega11(pairReducedTemperature(a, b, t));
        return 3.0 / 16.0 * Math.sqrt(2 * Math.PI * kt * kt * kt / mu) / (p * Math.PI * sigma12 * sigma12 * omega11);
    }

    /**
     * [alpha_T]_1 = [k_T]_1 / (x1 x2) of species 1 (mole fraction x1) in species 2 at temperature t (K).
     * Independent of the pressure.
     */
    public static double thermalDiffusionFactor(LennardJonesSpecies a, LennardJonesSpecies b, double x1, double t,
            CollisionIntegrals omega) {
        double x2 = 1 - x1;
        double sum = a.molarMass() + b.molarMass();
        double w1 = a.molarMass() / sum; // M1 of Chapman & Cowling: m1/(m1+m2)
        double w2 = b.molarMass() / sum;
        double sigma12 = 0.5 * (a.sigma() + b.sigma());
        double tStar = pairReducedTemperature(a, b, t);
        // Collision integrals in units of sqrt(kT/(2 pi mu)) pi sigma12^2 (the rigid-sphere scale of the pair).
        double o11 = omega.omega11(tStar);
        double o12 = 3 * omega.omega12(tStar);
        double o13 = 12 * omega.omega13(tStar);
        double o22 = 2 * omega.omega22(tStar);
        // Like pairs: 4 Omega_i(2,2) with the reduced mass m_i/2, in the same units: 8 sqrt(2 mu/m_i) (sigma_i/sigma12)^2 Omega*.
        double h1 = 8 * Math.sqrt(2 * w2) * square(a.sigma() / sigma12) * omega.omega22(t / a.epsilonK());
        double h2 = 8 * Math.sqrt(2 * w1) * square(b.sigma() / sigma12) * omega.omega22(t / b.epsilonK());
        double e = 2.5 * o11 - o12;
        double p1 = 8 * w2 * (1.25 * (6 * w1 * w1 + 5 * w2 * w2) * o11 - 5 * w2 * w2 * o12 + w2 * w2 * o13 + 2 * w1 * w2 * o22);
        double p2 = 8 * w1 * (1.25 * (6 * w2 * w2 + 5 * w1 * w1) * o11 - 5 * w1 * w1 * o12 + w1 * w1 * o13 + 2 * w1 * w2 * o22);
        double r = -8 * Math.pow(w1 * w2, 1.5) * (13.75 * o11 - 5 * o12 + o13 - 2 * o22);
        // Rows: the diffusion equation (tested on S0 W1, the S0 W2 one is dependent by momentum conservation)
        // and the two heat equations; columns: a0 (species 1's diffusion term, species 2's fixed by the
        // momentum constraint), a1 (S1 W1), a2 (S1 W2). The S0 row is divided by n1 n2, the others by n^2. Column 0 is not needed: Cramer's
        // rule below replaces it.
        double a01 = 8 * w2 * w2 * e;
        double a02 = -8 * Math.pow(w1, 1.5) * Math.sqrt(w2) * e;
        double a11 = x1 * x1 * h1 + x1 * x2 * p1;
        double a12 = x1 * x2 * r;
        double a21 = x1 * x2 * r;
        double a22 = x2 * x2 * h2 + x1 * x2 * p2;
        // Right-hand sides in units of sqrt(2kT/m1): heat drives rows 1-2 (-15/4 x_i sqrt(m1/m_i)); the
        // diffusion problem drives row 0 with 3/2 /(x1 x2). By Cramer's rule on column 0 the ratio of the two
        // a0 responses, which is k_T, needs only the minors of column 0 (the determinant cancels).
        double b1 = -3.75 * x1;
        double b2 = -3.75 * x2 * Math.sqrt(a.molarMass() / b.molarMass());
        double minor00 = a11 * a22 - a12 * a21;
        double minor10 = a01 * a22 - a02 * a21;
        double minor20 = a01 * a12 - a02 * a11;
        double kT = (-b1 * minor10 + b2 * minor20) / (1.5 / (x1 * x2) * minor00);
        return kT / (x1 * x2);
    }

    private static double square(double v) { return v * v; }
}
