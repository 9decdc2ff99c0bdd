package org.soretstudy.solver;

/** The temperature field at t = 0: the steady conduction profile, or uniform at the mean. */
public enum InitialTemperature {
    LINEAR("linear"),
    UNIFORM("uniform");

    private final String key;

    InitialTemperature(String key) { this.key = key; }

    public String key() { return key; }

    public static InitialTemperature fromKey(String key) { return Keys.lookup(values(), key, InitialTemperature::key); }
}
