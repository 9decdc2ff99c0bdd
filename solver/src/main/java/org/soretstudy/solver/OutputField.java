package org.soretstudy.solver;

/**
 * The numeric scalar outputs of a solve (contract section 2), in their fixed column order. A result stores
 * them in a {@code double[]} indexed by {@link #ordinal()}; NaN stands for JSON/Parquet null.
 */
public enum OutputField {
    SEPARATION("separation"),
    C_HOT("c_hot"),
    C_COLD("c_cold"),
    SORET_EFFECTIVE("soret_effective"),
    WALL_DT("wall_dt"),
    WALL_HEAT_FLUX("wall_heat_flux"),
    TAU("tau"),
    T99("t99"),
    DUFOUR_DT_MAX("dufour_dt_max"),
    MASS_ERROR("mass_error"),
    ERROR_ESTIMATE("error_estimate"),
    ENTROPY_PRODUCTION("entropy_production"),
    DIFFUSION_USED("diffusion_used"),
    SORET_USED("soret_used"),
    RAYLEIGH("rayleigh"),
    SEPARATION_RATIO("separation_ratio"),
    LEWIS("lewis");

    /** Shared copy of {@link #values()}: the enum's own method allocates a new array on each call. */
    public static final OutputField[] ALL = values();

    private final String key;

    OutputField(String key) { this.key = key; }

    /** The name used in JSON, Parquet and summary.json. */
    public String key() { return key; }

    public static OutputField fromKey(String key) { return Keys.lookup(ALL, key, OutputField::key); }
}
