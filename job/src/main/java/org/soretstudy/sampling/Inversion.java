package org.soretstudy.sampling;

/**
 * A distribution's inverse CDF with the logarithms and tail probabilities of its parameters computed once,
 * not per row: bit-identical to {@link Distribution#inverseCdf(double)} (the same StrictMath calls on the
 * same arguments, in the same order), only the constant ones are hoisted out. Immutable and serialisable.
 */
abstract class Inversion implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The value whose CDF is u, for u in (0, 1). */
    abstract double apply(double u);

    static Inversion of(Distribution d) {
        if (d instanceof Distribution.LogNormal ln) {
            return new LogNormal(ln);
        }
        if (d instanceof Distribution.LogUniform lu) {
            return new LogUniform(lu);
        }
        if (d instanceof Distribution.Normal nd && nd.truncated()) {
            return new TruncatedNormal(nd);
        }
        return new Direct(d); // no constant transcendental to hoist
    }

    private static final class Direct extends Inversion {
        private static final long serialVersionUID = 1L;
        private final Distribution d;

        Direct(Distribution d) {
            this.d = d;
        }

        @Override
        double apply(double u) {
            return d.inverseCdf(u);
        }
    }

    private static final class LogNormal extends Inversion {
        private static final long serialVersionUID = 1L;
        private final double logMedian;
        private final double logGsd;

        LogNormal(Distribution.LogNormal d) {
            logMedian = StrictMath.log(d.median());
            logGsd = StrictMath.log(d.gsd());
        }

        @Override
        double apply(double u) {
            return StrictMath.exp(logMedian + logGsd * SpecialFunctions.normalQuantile(u));
        }
    }

    private static final class LogUniform extends Inversion {
        private static final long serialVersionUID = 1L;
        private final double low;
        private final double high;
        private final double lnLow;
        private final double lnRange;

        LogUniform(Distribution.LogUniform d) {
            low = d.low();
            high = d.high();
            lnLow = StrictMath.log(low);
            lnRange = StrictMath.log(high) - lnLow;
        }

        @Override
        double apply(double u) {
            double x = StrictMath.exp(lnLow + lnRange * u);
            return Math.max(low, Math.min(high, x));
        }
    }

    /** The branches of {@link Distribution.Normal#inverseCdf} with their u-independent parts precomputed. */
    private static final class TruncatedNormal extends Inversion {
        private static final long serialVersionUID = 1L;
        private final double mean;
        private final double sd;
        private final double low;
        private final double high;
        private final int branch; // 0: interval above the mean, 1: below, 2: around it
        private final double l0; // branch 0/1: log tail probability of the interval's near side ('la' or 'lb')
        private final double ratio; // branch 0/1: exp(lb - la) or exp(la - lb)
        private final double cdfA;
        private final double cdfB;
        private final double sfA;
        private final double sfB;

        TruncatedNormal(Distribution.Normal d) {
            mean = d.mean();
            sd = d.sd();
            low = d.low();
            high = d.high();
            double a = (low - mean) / sd;
            double b = (high - mean) / sd;
            double c0 = 0;
            double c1 = 0;
            double c2 = 0;
            double c3 = 0;
            if (a >= 0.0) {
                branch = 0;
                double la = SpecialFunctions.logNormalSf(a);
                double lb = SpecialFunctions.logNormalSf(b);
                l0 = la;
                ratio = StrictMath.exp(lb - la);
            } else if (b <= 0.0) {
                branch = 1;
                double la = SpecialFunctions.logNormalCdf(a);
                double lb = SpecialFunctions.logNormalCdf(b);
                l0 = lb;
                ratio = StrictMath.exp(la - lb);
            } else {
                branch = 2;
                l0 = 0;
                ratio = 0;
                c0 = SpecialFunctions.normalCdf(a);
                c1 = SpecialFunctions.normalCdf(b);
                c2 = SpecialFunctions.normalSf(a);
                c3 = SpecialFunctions.normalSf(b);
            }
            cdfA = c0;
            cdfB = c1;
            sfA = c2;
            sfB = c3;
        }

        @Override
        double apply(double u) {
            double z;
            if (branch == 0) {
                z = SpecialFunctions.normalSfInverseLog(l0 + StrictMath.log((1.0 - u) + u * ratio));
            } else if (branch == 1) {
                z = -SpecialFunctions.normalSfInverseLog(l0 + StrictMath.log(u + (1.0 - u) * ratio));
            } else if (u < 0.5) {
                z = SpecialFunctions.normalQuantile(cdfA * (1.0 - u) + cdfB * u);
            } else {
                z = -SpecialFunctions.normalQuantile(sfA * (1.0 - u) + sfB * u);
            }
            double x = mean + sd * z;
            return Math.max(low, Math.min(high, x));
        }
    }
}
