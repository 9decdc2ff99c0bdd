package org.soretstudy.spec;

/**
 * A malformed or contradictory study spec. The message is {@code FIELD = VALUE: ALLOWED}, e.g.
 * {@code parameters.soret.high = 0.001: greater than low (0.0025)}; the command line prints it as is
 * and exits with code 2 (no stack trace).
 */
public final class SpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;
    private final String allowed;

    /**
     * @param field   dotted path of the offending field, e.g. {@code parameters.soret.high}
     * @param value   the offending value (rendered with {@link #render(Object)}); {@code null} means missing
     * @param allowed what would have been accepted
     */
    public SpecException(String field, Object value, String allowed) {
        super(field + " = " + render(value) + ": " + allowed);
        this.field = field;
        this.value = render(value);
        this.allowed = allowed;
    }

    /** Dotted path of the offending field. */
    public String field() {
        return field;
    }

    /** The offending value as rendered in the message ({@code missing} when absent). */
    public String value() {
        return value;
    }

    /** What would have been accepted. */
    public String allowed() {
        return allowed;
    }

    /** JSON-like rendering: strings quoted, null as {@code missing}, numbers with Java's shortest repr. */
    public static String render(Object value) {
        if (value == null) {
            return "missing";
        }
        if (value instanceof CharSequence s) {
            return '"' + s.toString() + '"';
        }
        return String.valueOf(value);
    }
}
