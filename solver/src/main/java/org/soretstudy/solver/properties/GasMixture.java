package org.soretstudy.solver.properties;

import java.util.List;
import java.util.Objects;

/**
 * A binary gas mixture for kinetic-theory transport properties (contract section 2, key {@code gas}):
 * Lennard-Jones 12-6 species, evaluated at the mean wall temperature.
 *
 * @param pressure Pa
 * @param x1       mole fraction of species 1
 * @param species  exactly two species
 */
public record GasMixture(double pressure, double x1, List<LennardJonesSpecies> species) {
    public GasMixture {
        species = List.copyOf(Objects.requireNonNull(species, "species"));
    }

    /**
     * One Lennard-Jones species.
     *
     * @param molarMass kg/mol
     * @param sigma     collision diameter, m
     * @param epsilonK  well depth over Boltzmann's constant, K
     */
    public record LennardJonesSpecies(double molarMass, double sigma, double epsilonK) { }
}
