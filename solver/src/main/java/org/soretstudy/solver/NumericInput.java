package org.soretstudy.solver;

/**
 * The numeric scalar inputs of a cell (contract section 2), by JSON key. A study may vary any of them;
 * {@link CellParameters.Builder#set(NumericInput, double)} sets one by value.
 */
public enum NumericInput {
    LENGTH("length"),
    T_HOT("t_hot"),
    T_COLD("t_cold"),
    HEAT_FLUX("heat_flux"),
    T_INITIAL("t_initial"),
    C0("c0"),
    DIFFUSION("diffusion"),
    SORET("soret"),
    THERMAL_DIFFUSION("thermal_diffusion"),
    SORET_INF("soret_inf"),
    T_STAR("t_star"),
    T_WIDTH("t_width"),
    DENSITY("density"),
    HEAT_CAPACITY("heat_capacity"),
    CONDUCTIVITY("conductivity"),
    DMU_DC("dmu_dc"),
    MOLAR_MASS_1("molar_mass_1"),
    MOLAR_MASS_2("molar_mass_2"),
    GRAVITY("gravity"),
    THERMAL_EXPANSION("thermal_expansion"),
    SOLUTAL_EXPANSION("solutal_expansion"),
    VISCOSITY("viscosity");

    public static final NumericInput[] ALL = values();

    private final String key;

    NumericInput(String key) { this.key = key; }

    public String key() { return key; }

    public static NumericInput fromKey(String key) { return Keys.lookup(ALL, key, NumericInput::key); }
}
