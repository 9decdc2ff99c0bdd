package org.soretstudy.sampling;

/**
 * Normal and beta special functions for the inverse CDFs. Every transcendental call goes through
 * {@link StrictMath} (fdlibm), so results are bit-identical on every JVM and platform; {@code Math.log}
 * and friends may differ by an ulp between JIT intrinsics.
 *
 * <ul>
 *   <li>erfc: W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23
 *       (1969) 631-638, coefficients as in netlib specfun CALERF (1990); about 1e-16 relative. The
 *       upper tail is also available as a logarithm, so it never underflows.</li>
 *   <li>normal quantile: M. J. Wichura, "Algorithm AS 241: The percentage points of the normal
 *       distribution", Appl. Statist. 37 (1988) 477-484 (PPND16, about 1e-16 relative), with an entry
 *       point taking log p for tails far below 1e-300.</li>
 *   <li>log gamma: Lanczos approximation, g = 607/128, 15 terms (P. Godfrey's coefficients).</li>
 *   <li>regularized incomplete beta: continued fraction (modified Lentz), inverted by Newton steps
 *       safeguarded by a bisection bracket; about 1e-13 relative for shape parameters up to ~1e3.</li>
 * </ul>
 */
public final class SpecialFunctions {
    private SpecialFunctions() {
    }

    private static final double SQRT_HALF = 0.70710678118654752440;
    private static final double INV_SQRT_PI = 0.56418958354775628695;
    private static final double HALF_LOG_2PI = 0.91893853320467274178;
    private static final double LN_HALF = -0.69314718055994530942;

    // Cody (1969): erf on |x| <= 0.46875
    private static final double[] A = {3.16112374387056560e00, 1.13864154151050156e02,
        3.77485237685302021e02, 3.20937758913846947e03, 1.85777706184603153e-1};
    private static final double[] B = {2.36012909523441209e01, 2.44024637934444173e02,
        1.28261652607737228e03, 2.84423683343917062e03};
    // erfc on 0.46875 <= x <= 4
    private static final double[] C = {5.64188496988670089e-1, 8.88314979438837594e00,
        6.61191906371416295e01, 2.98635138197400131e02, 8.81952221241769090e02,
        1.71204761263407058e03, 2.05107837782607147e03, 1.23033935479799725e03,
        2.15311535474403846e-8};
    private static final double[] D = {1.57449261107098347e01, 1.17693950891312499e02,
        5.37181101862009858e02, 1.62138957456669019e03, 3.29079923573345963e03,
        4.36261909014324716e03, 3.43936767414372164e03, 1.23033935480374942e03};
    // erfc on x > 4
    private static final double[] P = {3.05326634961232344e-1, 3.60344899949804439e-1,
        1.25781726111229246e-1, 1.60837851487422766e-2, 6.58749161529837803e-4,
        1.63153871373020978e-2};
    private static final double[] Q = {2.56852019228982242e00, 1.87295284992346047e00,
        5.27905102951428412e-1, 6.05183413124413191e-2, 2.33520497626869185e-3};

    /** erf(y) for |y| <= 0.46875. */
    private static double erfSmall(double y) {
        double ysq = y * y;
        double num = A[4] * ysq;
        double den = ysq;
        for (int i = 0; i < 3; i++) {
            num = (num + A[i]) * ysq;
            den = (den + B[i]) * ysq;
        }
        return y * (num + A[3]) / (den + B[3]);
    }

    /** R(y) = exp(y^2) erfc(y) for y &gt; 0.46875 (Cody's second and third intervals). */
    private static double scaledErfc(double y) {
        if (y <= 4.0) {
            double num = C[8] * y;
            double den = y;
            for (int i = 0; i < 7; i++) {
                num = (num + C[i]) * y;
                den = (den + D[i]) * y;
            }
            return (num + C[7]) / (den + D[7]);
        }
        double z = 1.0 / (y * y);
        double num = P[5] * z;
        double den = z;
        for (int i = 0; i < 4; i++) {
            num = (num + P[i]) * z;
            den = (den + Q[i]) * z;
        }
        return (INV_SQRT_PI - z * (num + P[4]) / (den + Q[4])) / y;
    }

    /**
     * Splits s^2 / k into an exactly squared head and a small remainder (Cody's trick), so that
     * exp(-s^2/k) = exp(-head) exp(-rest) keeps full relative precision: out of the way of the
     * rounding of s^2 itself, which would cost s^2 ulps.
     */
    private static double squareHead(double s) {
        return ((long) (s * 16.0)) / 16.0; // few significant bits: its square is exact
    }

    /** erfc(y) for all finite y (relative accuracy about 1e-16). */
    public static double erfc(double y) {
        if (Double.isNaN(y)) {
            return Double.NaN;
        }
        double ay = Math.abs(y);
        if (ay <= 0.46875) {
            return 1.0 - erfSmall(y);
        }
        double v = 0.0;
        if (ay < 27.3) {
            double h = squareHead(ay);
            v = StrictMath.exp(-h * h) * StrictMath.exp(-(ay - h) * (ay + h)) * scaledErfc(ay);
        }
        return y < 0 ? 2.0 - v : v;
    }

    /** Q(x) for x &gt; 0.663 from x itself: the exponent -x^2/2 is formed from x, not from x/sqrt(2). */
    private static double upperTail(double x) {
        if (x >= 38.6) {
            return 0.0;
        }
        double h = squareHead(x);
        return 0.5 * StrictMath.exp(-0.5 * h * h) * StrictMath.exp(-0.5 * (x - h) * (x + h))
                * scaledErfc(x * SQRT_HALF);
    }

    /** Standard normal CDF Phi(x). */
    public static double normalCdf(double x) {
        if (x < -TAIL_SWITCH) {
            return upperTail(-x);
        }
        return x > TAIL_SWITCH ? 1.0 - upperTail(x) : 0.5 * erfc(-x * SQRT_HALF);
    }

    /** Standard normal upper tail Q(x) = 1 - Phi(x), accurate relative to itself for large x. */
    public static double normalSf(double x) {
        if (x > TAIL_SWITCH) {
            return upperTail(x);
        }
        return x < -TAIL_SWITCH ? 1.0 - upperTail(-x) : 0.5 * erfc(x * SQRT_HALF);
    }

    /** |x| above which the tails are formed from x directly (y = x / sqrt 2 &gt; 0.46875). */
    private static final double TAIL_SWITCH = 0.6629126073623883;

    /** log Q(x) for every x, without underflow (x = +inf gives -inf). */
    public static double logNormalSf(double x) {
        if (x == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return 0.0;
        }
        if (x > TAIL_SWITCH) {
            double h = squareHead(x);
            return LN_HALF - 0.5 * h * h - 0.5 * (x - h) * (x + h) + StrictMath.log(scaledErfc(x * SQRT_HALF));
        }
        if (x < -1.0) {
            return StrictMath.log1p(-upperTail(-x));
        }
        return StrictMath.log(normalSf(x));
    }

    /** log Phi(x) = log Q(-x). */
    public static double logNormalCdf(double x) {
        return logNormalSf(-x);
    }

    // Wichura (1988) AS 241, PPND16
    private static final double[] PA = {3.3871328727963666080e0, 1.3314166789178437745e2,
        1.9715909503065514427e3, 1.3731693765509461125e4, 4.5921953931549871457e4,
        6.7265770927008700853e4, 3.3430575583588128105e4, 2.5090809287301226727e3};
    private static final double[] PB = {1.0, 4.2313330701600911252e1, 6.8718700749205790830e2,
        5.3941960214247511077e3, 2.1213794301586595867e4, 3.9307895800092710610e4,
        2.8729085735721942674e4, 5.2264952788528545610e3};
    private static final double[] PC = {1.42343711074968357734e0, 4.63033784615654529590e0,
        5.76949722146069140550e0, 3.64784832476320460504e0, 1.27045825245236838258e0,
        2.41780725177450611770e-1, 2.27238449892691845833e-2, 7.74545014278341407640e-4};
    private static final double[] PD = {1.0, 2.05319162663775882187e0, 1.67638483018380384940e0,
        6.89767334985100004550e-1, 1.48103976427480074590e-1, 1.51986665636164571966e-2,
        5.47593808499534494600e-4, 1.05075007164441684324e-9};
    private static final double[] PE = {6.65790464350110377720e0, 5.46378491116411436990e0,
        1.78482653991729133580e0, 2.96560571828504891230e-1, 2.65321895265761230930e-2,
        1.24266094738807843860e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7};
    private static final double[] PF = {1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1,
        1.48753612908506148525e-2, 7.86869131145613259100e-4, 1.84631831751005468180e-5,
        1.42151175831644588870e-7, 2.04426310338993978564e-15};

    private static double horner(double[] c, double x) {
        double v = c[7];
        for (int i = 6; i >= 0; i--) {
            v = v * x + c[i];
        }
        return v;
    }

    /** Standard normal quantile Phi^-1(p); p = 0 gives -inf, p = 1 gives +inf. */
    public static double normalQuantile(double p) {
        if (!(p > 0.0 && p < 1.0)) {
            if (p == 0.0) {
                return Double.NEGATIVE_INFINITY;
            }
            return p == 1.0 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        double q = p - 0.5;
        if (Math.abs(q) <= 0.425) {
            double r = 0.180625 - q * q;
            return q * horner(PA, r) / horner(PB, r);
        }
        double r = q < 0 ? p : 1.0 - p; // 1 - p is exact for p >= 0.5
        double z = tail(StrictMath.log(r));
        return q < 0 ? -z : z;
    }

    /** AS 241 tail branch: |quantile| for a tail probability r &lt;= 0.075 given as log r. */
    private static double tail(double logR) {
        double r = StrictMath.sqrt(-logR);
        if (r <= 5.0) {
            r -= 1.6;
            return horner(PC, r) / horner(PD, r);
        }
        r -= 5.0;
        return horner(PE, r) / horner(PF, r);
    }

    /**
     * Inverse of the upper tail: the x with log Q(x) = logQ, for any logQ &lt;= 0 (far beyond the
     * smallest double). Below about 1e-300 the AS 241 value is polished by Newton steps on log Q.
     */
    public static double normalSfInverseLog(double logQ) {
        if (logQ == Double.NEGATIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        if (logQ >= 0.0) {
            return logQ == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (logQ > -2.590267165445312) { // log(0.075): central or lower-tail branch, q representable
            return -normalQuantile(StrictMath.exp(logQ));
        }
        double x = tail(logQ);
        if (logQ < -690.0) {
            for (int k = 0; k < 3; k++) {
                // d/dx log Q = -phi/Q; Mills ratio Q/phi from the two logarithms
                double logPhi = -0.5 * x * x - HALF_LOG_2PI;
                double f = logNormalSf(x) - logQ;
                x += f * StrictMath.exp(logNormalSf(x) - logPhi);
            }
        }
        return x;
    }

    // Lanczos, g = 607/128 (Godfrey), as in many numerical libraries
    private static final double LANCZOS_G = 607.0 / 128.0;
    private static final double[] LANCZOS = {0.99999999999999709182, 57.156235665862923517,
        -59.597960355475491248, 14.136097974741747174, -0.49191381609762019978,
        .33994649984811888699e-4, .46523628927048575665e-4, -.98374475304879564677e-4,
        .15808870322491248884e-3, -.21026444172410488319e-3, .21743961811521264320e-3,
        -.16431810653676389022e-3, .84418223983852743293e-4, -.26190838401581408670e-4,
        .36899182659531622704e-5};

    /** log Gamma(x) for x &gt; 0. */
    public static double logGamma(double x) {
        double sum = LANCZOS[0];
        for (int i = LANCZOS.length - 1; i > 0; i--) {
            sum += LANCZOS[i] / (x + i);
        }
        double t = x + LANCZOS_G + 0.5;
        return (x + 0.5) * StrictMath.log(t) - t + HALF_LOG_2PI + StrictMath.log(sum / x);
    }

    /** log B(a, b). */
    public static double logBeta(double a, double b) {
        return logGamma(a) + logGamma(b) - logGamma(a + b);
    }

    /** Regularized incomplete beta I_x(a, b). */
    public static double regularizedBeta(double x, double a, double b) {
        if (!(x > 0.0)) {
            return 0.0;
        }
        if (!(x < 1.0)) {
            return 1.0;
        }
        return regularizedBeta(x, a, b, logBeta(a, b));
    }

    /** I_x(a, b) with log B(a, b) given (it is symmetric in a and b). */
    private static double regularizedBeta(double x, double a, double b, double lnB) {
        if (!(x > 0.0)) {
            return 0.0;
        }
        if (!(x < 1.0)) {
            return 1.0;
        }
        if (x <= (a + 1.0) / (a + b + 2.0)) {
            return lowerSide(x, a, b, lnB);
        }
        return 1.0 - lowerSide(1.0 - x, b, a, lnB);
    }

    /** I_x(a,b) by the continued fraction, valid (fast converging) for x &lt;= (a+1)/(a+b+2). */
    private static double lowerSide(double x, double a, double b, double lnB) {
        double front = StrictMath.exp(a * StrictMath.log(x) + b * StrictMath.log1p(-x) - lnB) / a;
        return front * continuedFraction(x, a, b);
    }

    private static final double TINY = 1e-300;

    /** Numerical Recipes' betacf by the modified Lentz method. */
    private static double continuedFraction(double x, double a, double b) {
        double qab = a + b;
        double qap = a + 1.0;
        double qam = a - 1.0;
        double c = 1.0;
        double d = 1.0 - qab * x / qap;
        if (Math.abs(d) < TINY) {
            d = TINY;
        }
        d = 1.0 / d;
        double h = d;
        for (int m = 1; m <= 100_000; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1.0 + aa * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1.0 + aa / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1.0 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1.0 + aa * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1.0 + aa / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1.0 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1.0) <= 1e-16) {
                return h;
            }
        }
        return h;
    }

    /**
     * The x in [0, 1] with I_x(a, b) = u. Solves on the side where the target probability is at most
     * 1/2 (the other side by the symmetry I_x(a,b) = 1 - I_{1-x}(b,a)), so small tail probabilities
     * keep their relative accuracy.
     */
    public static double inverseRegularizedBeta(double u, double a, double b) {
        if (!(u > 0.0)) {
            return u == 0.0 ? 0.0 : Double.NaN;
        }
        if (!(u < 1.0)) {
            return u == 1.0 ? 1.0 : Double.NaN;
        }
        if (u <= 0.5) {
            return solveLower(u, a, b);
        }
        return 1.0 - solveLower(1.0 - u, b, a); // 1 - u exact for u > 1/2
    }

    /** x with I_x(a,b) = p, p in (0, 1/2]. */
    private static double solveLower(double p, double a, double b) {
        double lnB = logBeta(a, b);
        double x = initialGuess(p, a, b, lnB);
        double lo = 0.0;
        double hi = 1.0;
        for (int it = 0; it < 300; it++) {
            double f = regularizedBeta(x, a, b, lnB) - p;
            if (f == 0.0) {
                return x;
            }
            if (f < 0.0) {
                lo = x;
            } else {
                hi = x;
            }
            double logPdf = (a - 1.0) * StrictMath.log(x) + (b - 1.0) * StrictMath.log1p(-x) - lnB;
            double next = x - f / StrictMath.exp(logPdf);
            if (!(next > lo && next < hi)) {
                // Newton left the bracket: bisect, geometrically when the bracket spans decades
                next = lo > 0.0 && hi > 4.0 * lo ? StrictMath.sqrt(lo * hi)
                        : lo == 0.0 ? 0.5 * hi : 0.5 * (lo + hi);
            }
            if (Math.abs(next - x) <= 4e-16 * next || next == lo || next == hi) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /** Starting point (Numerical Recipes 3rd ed. 6.14, after Abramowitz and Stegun 26.5.22). */
    private static double initialGuess(double p, double a, double b, double lnB) {
        double x;
        if (a >= 1.0 && b >= 1.0) {
            double t = StrictMath.sqrt(-2.0 * StrictMath.log(p));
            // upper normal quantile of p (A&S 26.2.22): large x for small p, as NR's sign convention wants
            double z = t - (2.30753 + t * 0.27061) / (1.0 + t * (0.99229 + t * 0.04481));
            double al = (z * z - 3.0) / 6.0;
            double h = 2.0 / (1.0 / (2.0 * a - 1.0) + 1.0 / (2.0 * b - 1.0));
            double w = z * StrictMath.sqrt(al + h) / h
                    - (1.0 / (2.0 * b - 1.0) - 1.0 / (2.0 * a - 1.0)) * (al + 5.0 / 6.0 - 2.0 / (3.0 * h));
            x = a / (a + b * StrictMath.exp(2.0 * w));
        } else {
            double lna = StrictMath.log(a / (a + b));
            double lnb = StrictMath.log(b / (a + b));
            double t = StrictMath.exp(a * lna) / a;
            double u = StrictMath.exp(b * lnb) / b;
            double w = t + u;
            if (p < t / w) {
                x = StrictMath.exp((StrictMath.log(a * w * p)) / a);
            } else {
                x = 1.0 - StrictMath.exp(StrictMath.log(b * w * (1.0 - p)) / b);
            }
        }
        // deep tail: x^a / (a B) ~ p is the better start
        double tailStart = StrictMath.exp((StrictMath.log(p * a) + lnB) / a);
        if (tailStart < 1e-3 && !(x > 0.0 && x < 1.0 && x < 10 * tailStart)) {
            x = tailStart;
        }
        if (!(x > 0.0 && x < 1.0)) {
            x = 0.5;
        }
        return x;
    }
}
