package org.soretstudy.datasets;

import java.util.List;

/**
 * A measured transport coefficient of a gas pair, kept to validate the kinetic theory.
 *
 * @param quantity    "diffusion" (D12, m^2/s) or "thermal_diffusion_factor" (alpha_T of the first species)
 * @param species     the pair, species 1 first
 * @param x1          mole fraction of species 1, NaN when the source does not state it
 * @param temperature K
 * @param pressure    Pa, NaN when it does not matter (alpha_T)
 * @param uncertainty stated standard uncertainty, NaN when none is stated
 */
public record Measurement(String quantity, List<Species> species, double x1, double temperature, double pressure,
        double value, double uncertainty, Source source, String note) {
    public Measurement {
        species = List.copyOf(species);
    }
}
