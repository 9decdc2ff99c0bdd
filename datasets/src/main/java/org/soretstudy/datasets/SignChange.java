package org.soretstudy.datasets;

/**
 * A published composition at which a liquid binary's Soret (or thermal diffusion) coefficient changes sign: the
 * S_T(c) = 0 point that a set of entries across composition must bracket.
 *
 * @param system       the binary, component 1 first (e.g. "water/ethanol")
 * @param quantity     "soret" (S_T) or "thermal_diffusion" (D_T); both vanish together since D > 0
 * @param massFraction mass fraction of component 1 at the sign change
 * @param temperature  K, NaN when the source does not state it
 * @param source       where the composition is published
 * @param note         caveats (sign convention, conditions)
 */
public record SignChange(String system, String quantity, double massFraction, double temperature, Source source,
        String note) { }
