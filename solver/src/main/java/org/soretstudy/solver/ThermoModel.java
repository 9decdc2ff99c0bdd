package org.soretstudy.solver;

/**
 * The thermodynamic factor m(c,T) = c (dmu1/dc1) that sets the Dufour coefficient K_D = rho m T D_T
 * (physics.md section 2). {@link #NONE} switches the Dufour effect off.
 */
public enum ThermoModel {
    NONE("none"),
    CONSTANT("constant"),
    IDEAL("ideal"),
    IDEAL_DILUTE("ideal_dilute");

    private final String key;

    ThermoModel(String key) { this.key = key; }

    public String key() { return key; }

    public static ThermoModel fromKey(String key) { return Keys.lookup(values(), key, ThermoModel::key); }
}
