package org.soretstudy.solver.table;

/**
 * How a table axis is spaced and interpolated: {@code LINEAR} interpolates in the coordinate itself, {@code LOG}
 * in its natural logarithm (a quantity tabulated over decades is close to linear in log x, not in x).
 */
public enum AxisScale {
    LINEAR("linear"),
    LOG("log");

    private final String key;

    AxisScale(String key) { this.key = key; }

    /** The name used in {@code table.json}. */
    public String key() { return key; }

    /** The scale named {@code key}, or null. */
    public static AxisScale fromKey(String key) {
        for (AxisScale s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        return null;
    }

    /** The coordinate interpolation works in: x itself, or ln x. */
    double coordinate(double x) { return this == LOG ? Math.log(x) : x; }
}
