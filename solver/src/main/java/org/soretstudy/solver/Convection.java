package org.soretstudy.solver;

/** The convective-stability flag (physics.md section 8). */
public enum Convection {
    STABLE("stable"),
    UNSTABLE("unstable"),
    /** The convection inputs (gravity, expansions, viscosity, thermal properties) were not all given. */
    UNKNOWN("unknown");

    private final String key;

    Convection(String key) { this.key = key; }

    public String key() { return key; }
}
