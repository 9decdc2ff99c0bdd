package org.soretstudy.error;

/**
 * A user error: a bad spec field, argument, file or output folder. Every layer may throw it; the command line
 * prints its message as one line, {@code FIELD = VALUE: ALLOWED} (e.g.
 * {@code parameters.soret.high = 0.001: greater than low (0.0025)}), and exits with code 2, no stack trace.
 */
public final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;
    private final String allowed;

    /**
     * @param field   what is at fault: a dotted spec path ({@code parameters.soret.high}), an option
     *                ({@code --partitions}) or an argument ({@code SPEC}, {@code output})
     * @param value   the offending value (rendered with {@link #render(Object)}); {@code null} means missing
     * @param allowed what would have been accepted, or why the value cannot be used
     */
    public UserException(String field, Object value, String allowed) {
        this(field, value, allowed, null);
    }

    /** As {@link #UserException(String, Object, String)}, keeping the cause for the log (never printed to the user). */
    public UserException(String field, Object value, String allowed, Throwable cause) {
        super(field + " = " + render(value) + ": " + allowed, cause);
        this.field = field;
        this.value = render(value);
        this.allowed = allowed;
    }

    /** What is at fault (a dotted spec path, an option or an argument). */
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
