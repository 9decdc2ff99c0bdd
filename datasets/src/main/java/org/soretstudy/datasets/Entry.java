package org.soretstudy.datasets;

import java.util.Map;

/**
 * One named mixture: contract inputs (section 2) ready for a spec's {@code base}, with the standard uncertainty
 * of those that have a stated one.
 *
 * @param inputs      contract keys to values: numbers, strings, or for a gas the {@code gas} object
 *                    ({@code pressure}, {@code x1}, {@code species}: a list of {@code molar_mass}, {@code sigma},
 *                    {@code epsilon_k} maps)
 * @param uncertainty contract keys to standard uncertainties (same unit); only keys with a stated uncertainty
 * @param verified    false when any number of the entry was not checked against its source
 */
public record Entry(String name, Kind kind, String description, Map<String, Object> inputs,
        Map<String, Double> uncertainty, Source source, Source uncertaintySource, boolean verified) {
    public Entry {
        inputs = Map.copyOf(inputs);
        uncertainty = Map.copyOf(uncertainty);
    }
}
