package org.soretstudy.spec;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.soretstudy.error.UserException;
import org.soretstudy.sampling.Distribution;

/**
 * Builds a {@link Distribution} from the spec's JSON-like values (numbers as any {@link Number}, lists
 * as {@link List}) and reports the first problem as a {@link UserException} naming the field
 * ({@code fieldPath + "." + key}), the value and what is allowed. Checks are NaN-safe
 * ({@code !(x > 0)} rather than {@code x <= 0}).
 */
final class DistributionParser {
    private DistributionParser() {
    }

    /** The distributions and their keys (required first, then optional). */
    static final Map<String, List<String>> KEYS = Map.of(
            "uniform", List.of("low", "high"),
            "loguniform", List.of("low", "high"),
            "normal", List.of("mean", "sd", "low", "high"),
            "lognormal", List.of("median", "gsd"),
            "beta", List.of("alpha", "beta", "low", "high"),
            "triangular", List.of("low", "mode", "high"),
            "discrete", List.of("values", "weights"));

    static final String NAMES = "one of uniform, loguniform, normal, lognormal, beta, triangular, discrete";

    static Distribution parse(String dist, Map<String, ?> args, String fieldPath) {
        if (dist == null || !KEYS.containsKey(dist)) {
            throw new UserException(fieldPath + ".dist", dist, NAMES);
        }
        List<String> keys = KEYS.get(dist);
        for (String key : args.keySet()) {
            if (!key.equals("dist") && !keys.contains(key)) {
                throw new UserException(fieldPath + "." + key, args.get(key),
                        "no such key for " + dist + "; allowed: " + String.join(", ", keys));
            }
        }
        Args a = new Args(args, fieldPath);
        switch (dist) {
            case "uniform": {
                double low = a.finite("low");
                double high = a.finite("high");
                a.greater("high", high, low, "low");
                return Distribution.uniform(low, high);
            }
            case "loguniform": {
                double low = a.finite("low");
                if (!(low > 0)) {
                    throw a.error("low", "a number > 0 (log scale)");
                }
                double high = a.finite("high");
                a.greater("high", high, low, "low");
                return Distribution.loguniform(low, high);
            }
            case "normal": {
                double mean = a.finite("mean");
                double sd = a.positive("sd");
                double low = a.has("low") ? a.finite("low") : Double.NEGATIVE_INFINITY;
                double high = a.has("high") ? a.finite("high") : Double.POSITIVE_INFINITY;
                if (a.has("low") && a.has("high")) {
                    a.greater("high", high, low, "low");
                }
                return Distribution.normal(mean, sd, low, high);
            }
            case "lognormal": {
                double median = a.positive("median");
                double gsd = a.finite("gsd");
                if (!(gsd > 1)) {
                    throw a.error("gsd", "a number > 1 (geometric standard deviation)");
                }
                return Distribution.lognormal(median, gsd);
            }
            case "beta": {
                double alpha = a.positive("alpha");
                double beta = a.positive("beta");
                double low = a.has("low") ? a.finite("low") : 0.0;
                double high = a.has("high") ? a.finite("high") : 1.0;
                a.greater("high", high, low, "low");
                return Distribution.beta(alpha, beta, low, high);
            }
            case "triangular": {
                double low = a.finite("low");
                double mode = a.finite("mode");
                double high = a.finite("high");
                a.greater("high", high, low, "low");
                if (!(mode >= low && mode <= high)) {
                    throw a.error("mode", "a number in [low, high] = [" + low + ", " + high + "]");
                }
                return Distribution.triangular(low, mode, high);
            }
            case "discrete": {
                double[] values = a.list("values");
                if (values.length == 0) {
                    throw a.error("values", "a non-empty list of finite numbers");
                }
                double[] weights = null;
                if (a.has("weights")) {
                    weights = a.list("weights");
                    if (weights.length != values.length) {
                        throw a.error("weights", "a list of " + values.length + " weights, one per value");
                    }
                    double total = 0;
                    for (int k = 0; k < weights.length; k++) {
                        if (!(weights[k] >= 0)) {
                            throw new UserException(fieldPath + ".weights[" + k + "]", weights[k],
                                    "a finite number >= 0");
                        }
                        total += weights[k];
                    }
                    if (!(total > 0)) {
                        throw a.error("weights", "at least one weight > 0");
                    }
                }
                return Distribution.discrete(values, weights);
            }
            default:
                throw new AssertionError(dist);
        }
    }

    /** Typed access to one parameter's keys, with errors that name the field. */
    private record Args(Map<String, ?> map, String path) {
        boolean has(String key) {
            return map.containsKey(key) && map.get(key) != null;
        }

        UserException error(String key, String allowed) {
            return new UserException(path + "." + key, map.get(key), allowed);
        }

        double finite(String key) {
            Object v = map.get(key);
            if (v == null) {
                throw new UserException(path + "." + key, null, "required: a finite number");
            }
            if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) {
                throw error(key, "a finite number");
            }
            return n.doubleValue();
        }

        double positive(String key) {
            double x = finite(key);
            if (!(x > 0)) {
                throw error(key, "a finite number > 0");
            }
            return x;
        }

        void greater(String key, double x, double than, String thanKey) {
            if (!(x > than)) {
                throw error(key, "a number > " + thanKey + " (" + than + ")");
            }
        }

        double[] list(String key) {
            Object v = map.get(key);
            if (v == null) {
                throw new UserException(path + "." + key, null, "required: a list of finite numbers");
            }
            if (!(v instanceof List<?> items)) {
                throw error(key, "a list of finite numbers");
            }
            double[] out = new double[items.size()];
            for (int k = 0; k < out.length; k++) {
                Object item = items.get(k);
                if (!(item instanceof Number n) || !Double.isFinite(n.doubleValue())) {
                    throw new UserException(path + "." + key + "[" + k + "]", item, "a finite number");
                }
                out[k] = n.doubleValue();
            }
            return out;
        }
    }

    /** Keys the spec may hold for this distribution (for error messages and the grid's extra keys). */
    static Set<String> keysOf(String dist) {
        return new LinkedHashSet<>(KEYS.get(dist));
    }
}
