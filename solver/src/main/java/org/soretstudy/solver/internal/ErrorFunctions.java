package org.soretstudy.solver.internal;

/**
 * erfc and its repeated integrals i^n erfc (n = 1, 2, 3) for z &gt;= 0, the building blocks of the transient
 * kernel's analytic wall layers. erfc is W. J. Cody's rational Chebyshev approximation ("Rational Chebyshev
 * approximations for the error function", Math. Comp. 23 (1969) 631-637; coefficients as in netlib specfun
 * CALERF): erf(z) = z P(z^2)/Q(z^2) for z &lt;= 0.46875, erfc(z) = e^{-z^2} R(z) up to 4 and
 * erfc(z) = e^{-z^2} (1/sqrt(pi) - S)/z above, S = z^{-2} P(z^{-2})/Q(z^{-2}) (the approximations hold to ~1e-18,
 * their evaluation to ~7e-16 relative).
 * exp(-z^2) is formed once per argument, exact to rounding (above 0.46875 as exp(-h^2) exp(-(z - h)(z + h)),
 * h = z to 1/16, exp(-h^2) from a table), and shared by the closed forms (Abramowitz-Stegun 7.2.5, 7.2.1)
 * <pre>
 *   ierfc z   = e^{-z^2}/sqrt(pi) - z erfc z
 *   i^2erfc z = ((1 + 2 z^2) erfc z - 2 z e^{-z^2}/sqrt(pi))/4
 *   i^3erfc z = (2 (1 + z^2) e^{-z^2}/sqrt(pi) - z (3 + 2 z^2) erfc z)/12  (= (ierfc - 2 z i^2erfc)/6)
 * </pre>
 * i^n erfc z ~ 2 e^{-z^2}/(sqrt(pi) (2z)^{n+1}) is the small difference of terms of size ~z^n e^{-z^2}: up to 4
 * these forms lose ~(1 + z^2)^n of R's relative accuracy (measured against mpmath on a 0.003 grid, see
 * ErrorFunctionsTest: erfc within 7e-16, i^n erfc within 1.3e-15 (1 + z^2)^n relative, so i^3erfc 4e-13 at 2.5
 * and 4e-12 at 4). Above 4 the tail's S gives ierfc = e^{-z^2} S without cancellation and i^2erfc, i^3erfc with
 * the loss of z^2 and z^4/1.5 only (1.4e-14 and 3.5e-13 relative). In absolute terms, which is what the callers
 * need (against the values at 0: 1/sqrt(pi), 1/4, 1/(6 sqrt(pi))), all are within 1.1e-16 everywhere and 1e-18
 * from 2.5 on (below the cutoff). ierfc, i^2erfc and i^3erfc are 0 from {@link #CUTOFF} on (the old contract: the
 * error is then ierfc(6) = 1.7e-18, i^2erfc(6) = 1.4e-19). No allocation; static methods only.
 */
final class ErrorFunctions {
    private ErrorFunctions() {
    }

    /** ierfc, i^2erfc and i^3erfc are 0 from here on (i^2erfc(6) = 1.4e-19, ierfc(6) = 1.7e-18). */
    static final double CUTOFF = 6;
    /** 1/sqrt(pi) = ierfc(0). */
    static final double INV_SQRT_PI = 0.56418958354775628695;
    /** Cody's first interval: erf z = z P(z^2)/Q(z^2) up to here, erfc z = e^{-z^2} R(z) above. */
    private static final double SMALL = 0.46875;
    /** Cody's third interval starts above this: erfc z = e^{-z^2} (1/sqrt(pi) - S(1/z^2))/z. */
    private static final double LARGE = 4;
    /** {@link #fill} forms e^{-z^2} exactly at every this many arguments, by products in between. */
    private static final int EXACT_EVERY = 8;
    /** erfc is below the smallest subnormal from here on. */
    private static final double UNDERFLOW = 27.3;

    // erf on [0, 0.46875]: P and Q in z^2
    private static final double A0 = 3.16112374387056560e00;
    private static final double A1 = 1.13864154151050156e02;
    private static final double A2 = 3.77485237685302021e02;
    private static final double A3 = 3.20937758913846947e03;
    private static final double A4 = 1.85777706184603153e-1;
    private static final double B0 = 2.36012909523441209e01;
    private static final double B1 = 2.44024637934444173e02;
    private static final double B2 = 1.28261652607737228e03;
    private static final double B3 = 2.84423683343917062e03;
    // e^{z^2} erfc z on (0.46875, 4]
    private static final double C0 = 5.64188496988670089e-1;
    private static final double C1 = 8.88314979438837594e00;
    private static final double C2 = 6.61191906371416295e01;
    private static final double C3 = 2.98635138197400131e02;
    private static final double C4 = 8.81952221241769090e02;
    private static final double C5 = 1.71204761263407058e03;
    private static final double C6 = 2.05107837782607147e03;
    private static final double C7 = 1.23033935479799725e03;
    private static final double C8 = 2.15311535474403846e-8;
    private static final double D0 = 1.57449261107098347e01;
    private static final double D1 = 1.17693950891312499e02;
    private static final double D2 = 5.37181101862009858e02;
    private static final double D3 = 1.62138957456669019e03;
    private static final double D4 = 3.29079923573345963e03;
    private static final double D5 = 4.36261909014324716e03;
    private static final double D6 = 3.43936767414372164e03;
    private static final double D7 = 1.23033935480374942e03;
    // above 4: S in w = 1/z^2
    private static final double P0 = 3.05326634961232344e-1;
    private static final double P1 = 3.60344899949804439e-1;
    private static final double P2 = 1.25781726111229246e-1;
    private static final double P3 = 1.60837851487422766e-2;
    private static final double P4 = 6.58749161529837803e-4;
    private static final double P5 = 1.63153871373020978e-2;
    private static final double Q0 = 2.56852019228982242e00;
    private static final double Q1 = 1.87295284992346047e00;
    private static final double Q2 = 5.27905102951428412e-1;
    private static final double Q3 = 6.05183413124413191e-2;
    private static final double Q4 = 2.33520497626869185e-3;

    /** exp(-(k/16)^2), k = 0 .. 16 UNDERFLOW: the exactly squared head of exp(-z^2). */
    private static final double[] EXP_HEAD = new double[(int) (16 * UNDERFLOW) + 1];

    static {
        for (int k = 0; k < EXP_HEAD.length; k++) {
            double h = k / 16.0; // at most 9 significant bits: h * h is exact
            EXP_HEAD[k] = StrictMath.exp(-h * h);
        }
    }

    /** erfc z for z &gt;= 0 (relative accuracy ~2e-16 while erfc &gt; 1e-300; 0 from 27.3 on). */
    static double erfc(double z) {
        if (z <= SMALL) {
            return 1 - erfSmall(z);
        }
        if (!(z < UNDERFLOW)) {
            return z >= UNDERFLOW ? 0 : z;
        }
        double e = expMinusSquare(z);
        return z <= LARGE ? e * scaled(z) : e * (INV_SQRT_PI - tail(1 / (z * z))) / z;
    }

    /** ierfc z = int_z^inf erfc = e^{-z^2}/sqrt(pi) - z erfc z for z &gt;= 0; 0 from {@link #CUTOFF} on. */
    static double ierfc(double z) {
        if (!(z < CUTOFF)) {
            return z >= CUTOFF ? 0 : z;
        }
        if (z <= SMALL) {
            return Math.exp(-z * z) * INV_SQRT_PI - z * (1 - erfSmall(z));
        }
        double e = expMinusSquare(z);
        return z <= LARGE ? e * (INV_SQRT_PI - z * scaled(z)) : e * tail(1 / (z * z));
    }

    /** i^2erfc z = int_z^inf ierfc for z &gt;= 0; 0 from {@link #CUTOFF} on. */
    static double i2erfc(double z) {
        if (!(z < CUTOFF)) {
            return z >= CUTOFF ? 0 : z;
        }
        double z2 = z * z;
        if (z <= SMALL) {
            return second(z, z2, Math.exp(-z2), 1 - erfSmall(z));
        }
        double e = expMinusSquare(z);
        return z <= LARGE ? e * second(z, z2, 1, scaled(z)) : e * secondTail(z, z2, tail(1 / z2));
    }

    /** i^3erfc z = int_z^inf i^2erfc for z &gt;= 0; 0 from {@link #CUTOFF} on. */
    static double i3erfc(double z) {
        if (!(z < CUTOFF)) {
            return z >= CUTOFF ? 0 : z;
        }
        double z2 = z * z;
        if (z <= SMALL) {
            return third(z, z2, Math.exp(-z2), 1 - erfSmall(z));
        }
        double e = expMinusSquare(z);
        return z <= LARGE ? e * third(z, z2, 1, scaled(z)) : e * thirdTail(z2, tail(1 / z2));
    }

    /**
     * i2[j] = i^2erfc(j dz) for j &lt; count and i3[j] = i^3erfc(j dz) for j &lt; count3 (count3 &lt;= count):
     * one rational function per argument and exp(-z^2) exactly at every {@link #EXACT_EVERY}-th (by products in
     * between: within 4e-15 relative of the single functions' values, absolute 1e-15 of their values at 0).
     */
    static void fill(double dz, int count, double[] i2, int count3, double[] i3) {
        int j = 0;
        // e^{-z^2} along the grid: exact at every EXACT_EVERY-th argument, in between e_{j+1} = e_j e^{-(2j+1) dz^2}
        // with e^{-(2j+1) dz^2} = e^{-(2j-1) dz^2} e^{-2 dz^2}: at most EXACT_EVERY^2/2 roundings, 4e-15 relative
        double e = 1, ratio = 1, ratioStep = Math.exp(-2 * dz * dz);
        for (; j < count; j++) {
            double z = j * dz;
            if (!(z < CUTOFF)) {
                break;
            }
            double z2 = z * z;
            if (j % EXACT_EVERY == 0) {
                e = z <= SMALL ? Math.exp(-z2) : expMinusSquare(z);
                ratio = Math.exp(-(2 * j + 1) * dz * dz);
            } else {
                e *= ratio;
                ratio *= ratioStep;
            }
            boolean both = j < count3;
            if (z <= SMALL) {
                double erfc = 1 - erfSmall(z);
                i2[j] = second(z, z2, e, erfc);
                if (both) {
                    i3[j] = third(z, z2, e, erfc);
                }
            } else if (z <= LARGE) {
                double r = scaled(z);
                i2[j] = e * second(z, z2, 1, r);
                if (both) {
                    i3[j] = e * third(z, z2, 1, r);
                }
            } else {
                double s = tail(1 / z2);
                i2[j] = e * secondTail(z, z2, s);
                if (both) {
                    i3[j] = e * thirdTail(z2, s);
                }
            }
        }
        for (int k = j; k < count; k++) {
            i2[k] = 0;
        }
        for (int k = j; k < count3; k++) {
            i3[k] = 0;
        }
    }

    /** ((1 + 2 z^2) f - 2 z e/sqrt(pi))/4: i^2erfc from f = erfc (e = e^{-z^2}), or per e^{-z^2} (e = 1, f = R). */
    private static double second(double z, double z2, double e, double f) {
        return 0.25 * ((1 + 2 * z2) * f - 2 * z * e * INV_SQRT_PI);
    }

    /** (2 (1 + z^2) e/sqrt(pi) - z (3 + 2 z^2) f)/12: i^3erfc, with f and e as in {@link #second}. */
    private static double third(double z, double z2, double e, double f) {
        return (2 * (1 + z2) * e * INV_SQRT_PI - z * (3 + 2 * z2) * f) / 12;
    }

    /** i^2erfc per e^{-z^2} above 4, from z R = 1/sqrt(pi) - S: (1/sqrt(pi) - (1 + 2 z^2) S)/(4 z). */
    private static double secondTail(double z, double z2, double s) {
        return (INV_SQRT_PI - (1 + 2 * z2) * s) / (4 * z);
    }

    /** i^3erfc per e^{-z^2} above 4: ((3 + 2 z^2) S - 1/sqrt(pi))/12. */
    private static double thirdTail(double z2, double s) {
        return ((3 + 2 * z2) * s - INV_SQRT_PI) / 12;
    }

    /**
     * exp(-z^2) for 0.46875 &lt; z &lt; 27.3 to ~2 ulp: exp(-h^2) exp(-(z - h)(z + h)), h = z to 1/16 below (the
     * rounding of z^2 itself would cost up to 36 ulp at 6; below 0.46875 it is under 1/4 ulp).
     */
    private static double expMinusSquare(double z) {
        int k = (int) (16 * z);
        double h = k * 0.0625;
        return EXP_HEAD[k] * Math.exp(-(z - h) * (z + h));
    }

    /** erf z for |z| &lt;= 0.46875 (Cody's first interval). */
    private static double erfSmall(double z) {
        double y = z * z;
        double num = (((A4 * y + A0) * y + A1) * y + A2) * y + A3;
        double den = (((y + B0) * y + B1) * y + B2) * y + B3;
        return z * num / den;
    }

    /** R(z) = e^{z^2} erfc z on (0.46875, 4] (Cody's second interval). */
    private static double scaled(double z) {
        double num = (((((((C8 * z + C0) * z + C1) * z + C2) * z + C3) * z + C4) * z + C5) * z + C6) * z + C7;
        double den = (((((((z + D0) * z + D1) * z + D2) * z + D3) * z + D4) * z + D5) * z + D6) * z + D7;
        return num / den;
    }

    /** S(w) = 1/sqrt(pi) - z e^{z^2} erfc z for w = 1/z^2 &lt; 1/16 (Cody's third interval). */
    private static double tail(double w) {
        double num = ((((P5 * w + P0) * w + P1) * w + P2) * w + P3) * w + P4;
        double den = ((((w + Q0) * w + Q1) * w + Q2) * w + Q3) * w + Q4;
        return w * num / den;
    }
}
