package org.soretstudy.sampling;

import java.util.List;

/**
 * A parameter's distribution, sampled by inversion: {@link #inverseCdf(double)} maps a unit coordinate
 * u in (0, 1) to a value, so a low-discrepancy design stays low-discrepancy in parameter space. Values
 * are immutable and built validated (the spec layer reads them from JSON and names the field at fault;
 * a factory here rejects a bad argument with {@link IllegalArgumentException}).
 */
public sealed interface Distribution extends java.io.Serializable permits Distribution.Uniform, Distribution.LogUniform,
        Distribution.Normal, Distribution.LogNormal, Distribution.Beta, Distribution.Triangular,
        Distribution.Discrete {

    /** The value whose CDF is u, for u in the open interval (0, 1). */
    double inverseCdf(double u);

    /** Smallest value the distribution can take, or {@code -Infinity} when unbounded. */
    double lowerBound();

    /** Largest value the distribution can take, or {@code +Infinity} when unbounded. */
    double upperBound();

    /** The spec's name of this distribution ({@code uniform}, {@code lognormal}, ...). */
    String name();

    static Distribution uniform(double low, double high) {
        return new Uniform(low, high);
    }

    static Distribution loguniform(double low, double high) {
        return new LogUniform(low, high);
    }

    static Distribution normal(double mean, double sd) {
        return new Normal(mean, sd, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    static Distribution normal(double mean, double sd, double low, double high) {
        return new Normal(mean, sd, low, high);
    }

    static Distribution lognormal(double median, double gsd) {
        return new LogNormal(median, gsd);
    }

    static Distribution beta(double alpha, double beta, double low, double high) {
        return new Beta(alpha, beta, low, high);
    }

    static Distribution triangular(double low, double mode, double high) {
        return new Triangular(low, mode, high);
    }

    static Distribution discrete(double[] values, double[] weights) {
        return new Discrete(values, weights);
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(what);
        }
    }

    /** Uniform on [low, high]. */
    record Uniform(double low, double high) implements Distribution {
        public Uniform {
            require(Double.isFinite(low) && Double.isFinite(high) && low < high, "need finite low < high");
        }

        @Override
        public double inverseCdf(double u) {
            return Math.min(high, low + (high - low) * u);
        }

        @Override
        public double lowerBound() {
            return low;
        }

        @Override
        public double upperBound() {
            return high;
        }

        @Override
        public String name() {
            return "uniform";
        }
    }

    /** log X uniform on [log low, log high]; 0 &lt; low &lt; high. */
    record LogUniform(double low, double high) implements Distribution {
        public LogUniform {
            require(low > 0 && Double.isFinite(high) && low < high, "need finite 0 < low < high");
        }

        @Override
        public double inverseCdf(double u) {
            double lnLow = StrictMath.log(low);
            double x = StrictMath.exp(lnLow + (StrictMath.log(high) - lnLow) * u);
            return Math.max(low, Math.min(high, x));
        }

        @Override
        public double lowerBound() {
            return low;
        }

        @Override
        public double upperBound() {
            return high;
        }

        @Override
        public String name() {
            return "loguniform";
        }
    }

    /**
     * Normal(mean, sd), optionally truncated to [low, high] (either bound may be infinite). The
     * truncated inverse works on the upper tail Q when the interval lies above the mean and on Phi
     * when it lies below, with both tail probabilities as logarithms, so an interval many standard
     * deviations out keeps full relative accuracy.
     */
    record Normal(double mean, double sd, double low, double high) implements Distribution {
        public Normal {
            require(Double.isFinite(mean) && sd > 0 && Double.isFinite(sd), "need finite mean, sd > 0");
            require(!Double.isNaN(low) && !Double.isNaN(high) && low < high
                    && low != Double.POSITIVE_INFINITY && high != Double.NEGATIVE_INFINITY, "need low < high");
        }

        /** True when a bound is finite. */
        public boolean truncated() {
            return Double.isFinite(low) || Double.isFinite(high);
        }

        @Override
        public double inverseCdf(double u) {
            if (!truncated()) {
                return mean + sd * SpecialFunctions.normalQuantile(u);
            }
            double a = (low - mean) / sd;
            double b = (high - mean) / sd;
            double z;
            if (a >= 0.0) {
                // q = Q(a)(1 - u) + Q(b) u, as logarithms
                double la = SpecialFunctions.logNormalSf(a);
                double lb = SpecialFunctions.logNormalSf(b);
                double logQ = la + StrictMath.log((1.0 - u) + u * StrictMath.exp(lb - la));
                z = SpecialFunctions.normalSfInverseLog(logQ);
            } else if (b <= 0.0) {
                // mirror: p = Phi(a)(1 - u) + Phi(b) u = Phi(b)(u + (1 - u) Phi(a)/Phi(b))
                double la = SpecialFunctions.logNormalCdf(a);
                double lb = SpecialFunctions.logNormalCdf(b);
                double logP = lb + StrictMath.log(u + (1.0 - u) * StrictMath.exp(la - lb));
                z = -SpecialFunctions.normalSfInverseLog(logP);
            } else if (u < 0.5) {
                // a < 0 < b: interpolate the probability of the side u is on, so that both tails
                // keep relative accuracy (1 - u is exact for u >= 1/2)
                double p = SpecialFunctions.normalCdf(a) * (1.0 - u) + SpecialFunctions.normalCdf(b) * u;
                z = SpecialFunctions.normalQuantile(p);
            } else {
                double q = SpecialFunctions.normalSf(a) * (1.0 - u) + SpecialFunctions.normalSf(b) * u;
                z = -SpecialFunctions.normalQuantile(q);
            }
            double x = mean + sd * z;
            return Math.max(low, Math.min(high, x));
        }

        @Override
        public double lowerBound() {
            return low;
        }

        @Override
        public double upperBound() {
            return high;
        }

        @Override
        public String name() {
            return "normal";
        }
    }

    /** exp(Normal(log median, log gsd)); gsd &gt; 1 is the geometric standard deviation. */
    record LogNormal(double median, double gsd) implements Distribution {
        public LogNormal {
            require(median > 0 && Double.isFinite(median) && gsd > 1 && Double.isFinite(gsd),
                    "need median > 0, gsd > 1");
        }

        @Override
        public double inverseCdf(double u) {
            return StrictMath.exp(StrictMath.log(median)
                    + StrictMath.log(gsd) * SpecialFunctions.normalQuantile(u));
        }

        @Override
        public double lowerBound() {
            return 0.0; // infimum, never reached
        }

        @Override
        public double upperBound() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public String name() {
            return "lognormal";
        }
    }

    /** low + (high - low) Beta(alpha, beta). */
    record Beta(double alpha, double beta, double low, double high) implements Distribution {
        public Beta {
            require(alpha > 0 && beta > 0 && Double.isFinite(alpha) && Double.isFinite(beta),
                    "need alpha, beta > 0");
            require(Double.isFinite(low) && Double.isFinite(high) && low < high, "need finite low < high");
        }

        @Override
        public double inverseCdf(double u) {
            double x = SpecialFunctions.inverseRegularizedBeta(u, alpha, beta);
            return Math.max(low, Math.min(high, low + (high - low) * x));
        }

        @Override
        public double lowerBound() {
            return low;
        }

        @Override
        public double upperBound() {
            return high;
        }

        @Override
        public String name() {
            return "beta";
        }
    }

    /** Triangular on [low, high] with its peak at mode (low &lt;= mode &lt;= high). */
    record Triangular(double low, double mode, double high) implements Distribution {
        public Triangular {
            require(Double.isFinite(low) && Double.isFinite(high) && low < high, "need finite low < high");
            require(mode >= low && mode <= high, "need low <= mode <= high");
        }

        @Override
        public double inverseCdf(double u) {
            double width = high - low;
            double x;
            if (u * width <= mode - low) {
                x = low + StrictMath.sqrt(u * width * (mode - low));
            } else {
                x = high - StrictMath.sqrt((1.0 - u) * width * (high - mode));
            }
            return Math.max(low, Math.min(high, x));
        }

        @Override
        public double lowerBound() {
            return low;
        }

        @Override
        public double upperBound() {
            return high;
        }

        @Override
        public String name() {
            return "triangular";
        }
    }

    /**
     * A finite set of values with weights (equal when none are given). Value k is drawn for u in
     * (C[k-1], C[k]], C the cumulative weights summed in the given order and divided by the total.
     */
    record Discrete(double[] values, double[] weights) implements Distribution {
        public Discrete {
            require(values.length > 0, "need at least one value");
            values = values.clone();
            if (weights == null) {
                weights = new double[values.length];
                java.util.Arrays.fill(weights, 1.0);
            } else {
                require(weights.length == values.length, "need one weight per value");
                weights = weights.clone();
            }
            double total = 0;
            for (int k = 0; k < values.length; k++) {
                require(Double.isFinite(values[k]), "need finite values");
                require(weights[k] >= 0 && Double.isFinite(weights[k]), "need finite weights >= 0");
                total += weights[k];
            }
            require(total > 0, "need a positive weight");
        }

        /** Copy of the values, in the given order. */
        @Override
        public double[] values() {
            return values.clone();
        }

        /** Copy of the weights (all 1 when none were given). */
        @Override
        public double[] weights() {
            return weights.clone();
        }

        /** The values as a list (a grid axis over a discrete parameter is its values). */
        public List<Double> valueList() {
            return java.util.Arrays.stream(values).boxed().toList();
        }

        @Override
        public double inverseCdf(double u) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double target = u * total;
            double cum = 0;
            int last = values.length - 1;
            for (int k = 0; k < last; k++) {
                cum += weights[k];
                if (weights[k] > 0 && target <= cum) {
                    return values[k];
                }
            }
            // rounding may leave the last positive weight to pick up the rest
            for (int k = last; k >= 0; k--) {
                if (weights[k] > 0) {
                    return values[k];
                }
            }
            throw new AssertionError();
        }

        @Override
        public double lowerBound() {
            double m = Double.POSITIVE_INFINITY;
            for (double v : values) {
                m = Math.min(m, v);
            }
            return m;
        }

        @Override
        public double upperBound() {
            double m = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                m = Math.max(m, v);
            }
            return m;
        }

        @Override
        public String name() {
            return "discrete";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Discrete d && java.util.Arrays.equals(values, d.values)
                    && java.util.Arrays.equals(weights, d.weights);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Arrays.hashCode(values) + java.util.Arrays.hashCode(weights);
        }

        @Override
        public String toString() {
            return "Discrete[values=" + java.util.Arrays.toString(values) + ", weights="
                    + java.util.Arrays.toString(weights) + "]";
        }
    }
}
