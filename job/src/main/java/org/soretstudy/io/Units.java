package org.soretstudy.io;

import java.util.Map;

/**
 * The SI unit of every input and output key, as contract section 2 gives them, for every file and page that
 * labels a value (table.json, the report) ("1" for dimensionless). The
 * composition {@code c} and the outputs "as c" are a mass fraction with the binary closure; with the dilute one
 * {@code c0} is in any unit and the outputs are in that unit ("as c0").
 */
public final class Units {
    private static final String AS_C = "as c";
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("length", "m"), Map.entry("t_hot", "K"), Map.entry("t_cold", "K"),
            Map.entry("heat_flux", "W/m²"), Map.entry("t_initial", "K"), Map.entry("c0", AS_C),
            Map.entry("diffusion", "m²/s"), Map.entry("soret", "1/K"), Map.entry("thermal_diffusion", "m²/(s·K)"),
            Map.entry("soret_inf", "1/K"), Map.entry("t_star", "K"), Map.entry("t_width", "K"),
            Map.entry("density", "kg/m³"), Map.entry("heat_capacity", "J/(kg·K)"), Map.entry("conductivity", "W/(m·K)"),
            Map.entry("dmu_dc", "J/kg"), Map.entry("molar_mass_1", "kg/mol"), Map.entry("molar_mass_2", "kg/mol"),
            Map.entry("gravity", "m/s²"), Map.entry("thermal_expansion", "1/K"), Map.entry("solutal_expansion", "1"),
            Map.entry("viscosity", "m²/s"), Map.entry("times", "s"),
            // outputs
            Map.entry("separation", AS_C), Map.entry("c_hot", AS_C), Map.entry("c_cold", AS_C),
            Map.entry("soret_effective", "1/K"), Map.entry("wall_dt", "K"), Map.entry("wall_heat_flux", "W/m²"),
            Map.entry("tau", "s"), Map.entry("separation_at", AS_C), Map.entry("t99", "s"), Map.entry("dufour_dt_max", "K"),
            Map.entry("mass_error", "1"), Map.entry("error_estimate", "1"), Map.entry("entropy_production", "W/(m²·K)"),
            Map.entry("diffusion_used", "m²/s"), Map.entry("soret_used", "1/K"), Map.entry("rayleigh", "1"),
            Map.entry("separation_ratio", "1"), Map.entry("lewis", "1"));

    private Units() { }

    /**
     * The unit of a key; {@code null} for a key the contract does not list.
     *
     * @param dilute the study's closure is {@code dilute} (c in the unit of c0) rather than binary (mass fraction)
     */
    public static String of(String key, boolean dilute) {
        String u = UNITS.get(key);
        if (AS_C.equals(u)) {
            return !dilute ? "mass fraction" : key.equals("c0") ? "any unit" : "as c0";
        }
        return u;
    }
}
