package org.soretstudy.solver;

/** Thermal boundary condition: fixed wall temperatures, or a heat flux entering at x=0 and leaving at x=L. */
public enum ThermalBc {
    DIRICHLET("dirichlet"),
    FLUX("flux");

    private final String key;

    ThermalBc(String key) { this.key = key; }

    public String key() { return key; }

    public static ThermalBc fromKey(String key) { return Keys.lookup(values(), key, ThermalBc::key); }
}
