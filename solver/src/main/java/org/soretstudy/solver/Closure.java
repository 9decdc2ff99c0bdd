package org.soretstudy.solver;

/** How the mass flux depends on composition: {@code g(c) = c(1-c)} (binary) or {@code g(c) = c} (dilute). */
public enum Closure {
    BINARY("binary"),
    DILUTE("dilute");

    private final String key;

    Closure(String key) { this.key = key; }

    /** The name used in JSON and Parquet. */
    public String key() { return key; }

    /** g(c), the composition factor of the thermodiffusion flux. */
    public double g(double c) { return this == BINARY ? c * (1 - c) : c; }

    public static Closure fromKey(String key) { return Keys.lookup(values(), key, Closure::key); }
}
