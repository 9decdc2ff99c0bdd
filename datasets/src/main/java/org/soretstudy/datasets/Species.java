package org.soretstudy.datasets;

import org.soretstudy.solver.properties.GasMixture.LennardJonesSpecies;

/**
 * A Lennard-Jones 12-6 species: the inputs of the contract's {@code gas.species}.
 *
 * @param name       chemical symbol (isotopes prefixed by their mass number)
 * @param molarMass  kg/mol
 * @param sigma      m
 * @param epsilonK   K
 * @param source     of sigma and epsilon/k
 * @param massSource of the molar mass
 */
public record Species(String name, double molarMass, double sigma, double epsilonK, Source source, Source massSource) {
    /** The solver's form. */
    public LennardJonesSpecies lennardJones() { return new LennardJonesSpecies(molarMass, sigma, epsilonK); }
}
