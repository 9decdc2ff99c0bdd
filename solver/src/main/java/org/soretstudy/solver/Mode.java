package org.soretstudy.solver;

/** Steady state only (no time marching), or the transient approach to it. */
public enum Mode {
    STEADY("steady"),
    TRANSIENT("transient");

    private final String key;

    Mode(String key) { this.key = key; }

    public String key() { return key; }

    public static Mode fromKey(String key) { return Keys.lookup(values(), key, Mode::key); }
}
