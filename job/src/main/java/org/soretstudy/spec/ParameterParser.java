package org.soretstudy.spec;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.soretstudy.error.UserException;
import org.soretstudy.sampling.DesignType;
import org.soretstudy.sampling.Distribution;
import org.soretstudy.sampling.GridAxis;
import org.soretstudy.sampling.Parameter;

/** Reads one entry of the spec's {@code parameters} object into a {@link Parameter}, naming the field at fault. */
final class ParameterParser {
    private ParameterParser() { }

    /**
     * Parses one entry of the spec's {@code parameters} object: {@code dist} and its keys, plus for a
     * grid design {@code points} (an integer >= 2; for a discrete distribution optional and equal to
     * the number of values) and {@code scale} ({@code linear}, the default, or {@code log}).
     *
     * @param fieldPath the entry's path for messages, e.g. {@code parameters.soret}
     */
    static Parameter parse(String name, Map<String, ?> entry, DesignType design, String fieldPath) {
        Object dist = entry.get("dist");
        if (!(dist instanceof String distName)) {
            throw new UserException(fieldPath + ".dist", dist, DistributionParser.NAMES);
        }
        Map<String, Object> args = new LinkedHashMap<>(entry);
        Object points = args.remove("points");
        Object scale = args.remove("scale");
        if (design != DesignType.GRID) {
            if (points != null) {
                throw new UserException(fieldPath + ".points", points, "only with design.type grid");
            }
            if (scale != null) {
                throw new UserException(fieldPath + ".scale", scale, "only with design.type grid");
            }
        }
        Distribution d = DistributionParser.parse(distName, args, fieldPath);
        if (design != DesignType.GRID) {
            return new Parameter(name, d);
        }
        GridAxis.Scale sc = GridAxis.Scale.LINEAR;
        if (scale != null) {
            if (!(scale instanceof String s) || !(s.equals("linear") || s.equals("log"))) {
                throw new UserException(fieldPath + ".scale", scale, "linear or log");
            }
            sc = GridAxis.Scale.valueOf(s.toUpperCase(Locale.ROOT));
        }
        if (d instanceof Distribution.Discrete discrete) {
            int n = discrete.valueList().size();
            if (points != null && !(isInteger(points) && ((Number) points).longValue() == n)) {
                throw new UserException(fieldPath + ".points", points,
                        "absent or " + n + " (a discrete parameter's grid is its values)");
            }
            if (sc != GridAxis.Scale.LINEAR) {
                throw new UserException(fieldPath + ".scale", scale, "linear (a discrete parameter's grid is its values)");
            }
            return new Parameter(name, d, GridAxis.of(discrete.values()));
        }
        if (points == null) {
            throw new UserException(fieldPath + ".points", null, "required for design.type grid: an integer >= 2");
        }
        if (!isInteger(points) || ((Number) points).longValue() < 2
                || ((Number) points).longValue() > Integer.MAX_VALUE) {
            throw new UserException(fieldPath + ".points", points, "an integer >= 2");
        }
        double low = d.lowerBound();
        double high = d.upperBound();
        if (!(Double.isFinite(low) && Double.isFinite(high)) || d instanceof Distribution.LogNormal) {
            throw new UserException(fieldPath + ".dist", distName,
                    "a bounded distribution for design.type grid (normal needs both low and high)");
        }
        if (sc == GridAxis.Scale.LOG && !(low > 0)) {
            throw new UserException(fieldPath + ".scale", scale, "linear, or log only when the lower bound > 0 (it is " + low + ")");
        }
        return new Parameter(name, d, GridAxis.between(low, high, ((Number) points).intValue(), sc));
    }

    private static boolean isInteger(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return true;
        }
        if (v instanceof java.math.BigInteger) {
            return ((java.math.BigInteger) v).bitLength() < 63;
        }
        if (v instanceof Number n) {
            double x = n.doubleValue();
            return Double.isFinite(x) && x == Math.rint(x) && Math.abs(x) < 0x1.0p53;
        }
        return false;
    }
}
