package org.soretstudy.solver.properties;

/**
 * Reduced collision integrals of the Lennard-Jones 12-6 potential from the empirical fits of P. D. Neufeld,
 * A. R. Janzen & R. A. Aziz, J. Chem. Phys. 57 (1972) 1100, doi:10.1063/1.1678363, valid for 0.3 <= T* <= 100
 * (the coefficients as reproduced in B. E. Poling, J. M. Prausnitz & J. P. O'Connell, <i>The Properties of Gases
 * and Liquids</i>, 5th ed., eqs. 9-4.3 and 11-3.6):
 * <pre>
 *   Omega(1,1)* = A/T*^B + C e^(-D T*) + E e^(-F T*) + G e^(-H T*)
 *   Omega(2,2)* = A/T*^B + C e^(-D T*) + E e^(-F T*) + R T*^B sin(S T*^W - P)
 * </pre>
 * Omega(1,2)* and Omega(1,3)* follow from Omega(1,1)* by the exact recursion of the reduced integrals
 * (Hirschfelder, Curtiss & Bird eq. 7.4-30 form): Omega(l,s+1)* = Omega(l,s)* + (T* /(s+2)) dOmega(l,s)* / dT*,
 * differentiating the smooth Omega(1,1)* fit analytically (it has no oscillating term), so that
 * Omega(1,2)* = f + (T* / 3) f' and Omega(1,3)* = f + (2T* / 3) f' + (T*^2/12) f''.
 */
public enum NeufeldJanzenAziz implements CollisionIntegrals {
    INSTANCE;

    /** The fits' range of T*. */
    public static final double MIN_T_STAR = 0.3;
    public static final double MAX_T_STAR = 100;

    // Omega(1,1)*
    private static final double A11 = 1.06036, B11 = 0.15610, C11 = 0.19300, D11 = 0.47635;
    private static final double E11 = 1.03587, F11 = 1.52996, G11 = 1.76474, H11 = 3.89411;
    // Omega(2,2)*
    private static final double A22 = 1.16145, B22 = 0.14874, C22 = 0.52487, D22 = 0.77320;
    private static final double E22 = 2.16178, F22 = 2.43787, R22 = -6.435e-4, S22 = 18.0323, W22 = -0.76830,
            P22 = 7.27371;

    @Override
    public double omega11(double t) {
        return A11 * Math.pow(t, -B11) + C11 * Math.exp(-D11 * t) + E11 * Math.exp(-F11 * t) + G11 * Math.exp(-H11 * t);
    }

    /** d Omega(1,1)* / dT*. */
    static double omega11Slope(double t) {
        return -A11 * B11 * Math.pow(t, -B11 - 1) - C11 * D11 * Math.exp(-D11 * t) - E11 * F11 * Math.exp(-F11 * t)
                - G11 * H11 * Math.exp(-H11 * t);
    }

    /** d^2 Omega(1,1)* / dT*^2. */
    static double omega11Curvature(double t) {
        return A11 * B11 * (B11 + 1) * Math.pow(t, -B11 - 2) + C11 * D11 * D11 * Math.exp(-D11 * t)
                + E11 * F11 * F11 * Math.exp(-F11 * t) + G11 * H11 * H11 * Math.exp(-H11 * t);
    }

    @Override
    public double omega12(double t) { return omega11(t) + t / 3 * omega11Slope(t); }

    @Override
    public double omega13(double t) {
        return omega11(t) + 2 * t / 3 * omega11Slope(t) + t * t / 12 * omega11Curvature(t);
    }

    @Override
    public double omega22(double t) {
        return A22 * Math.pow(t, -B22) + C22 * Math.exp(-D22 * t) + E22 * Math.exp(-F22 * t)
                + R22 * Math.pow(t, B22) * Math.sin(S22 * Math.pow(t, W22) - P22);
    }

    @Override
    public boolean covers(double t) { return t >= MIN_T_STAR && t <= MAX_T_STAR; }

    @Override
    public String range() { return MIN_T_STAR + " <= T* <= " + MAX_T_STAR; }
}
