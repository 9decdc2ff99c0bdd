package org.soretstudy.solver.properties;

import java.util.List;
import java.util.Objects;

/**
 * A binary gas mixture for kinetic-theory transport properties (contract section 2, key {@code gas}):
 * Lennard-Jones 12-6 species, Chapman-Enskog first approximations ({@link ChapmanEnskog}) with the
 * Neufeld-Janzen-Aziz collision integrals, evaluated at the cell's mean temperature (physics.md section 7):
 * D = [D12]_1 and S_T = [alpha_T]_1 / T.
 *
 * @param pressure Pa
 * @param x1       mole fraction of species 1
 * @param species  exactly two species
 */
public record GasMixture(double pressure, double x1, List<LennardJonesSpecies> species) implements TransportModel {
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
    public record LennardJonesSpecies(double molarMass, double sigma, double epsilonK) {
        String problem(int index) {
            String where = "gas.species[" + index + "].";
            if (!(molarMass > 0 && molarMass < Double.POSITIVE_INFINITY)) {
                return where + "molar_mass = " + molarMass + ": must be > 0 kg/mol and finite";
            }
            if (!(sigma > 0 && sigma < 1e-8)) {
                return where + "sigma = " + sigma + ": must be a collision diameter in metres, > 0 and < 1e-8 m (e.g. 3.4e-10 for argon)";
            }
            if (!(epsilonK > 0 && epsilonK < Double.POSITIVE_INFINITY)) {
                return where + "epsilon_k = " + epsilonK + ": must be > 0 K and finite";
            }
            return null;
        }
    }

    private LennardJonesSpecies first() { return species.get(0); }

    private LennardJonesSpecies second() { return species.get(1); }

    @Override
    public String key() { return "gas"; }

    @Override
    public String problemAt(double t) {
        if (species.size() != 2) {
            return "gas.species has " + species.size() + " entries: a binary mixture needs exactly 2";
        }
        if (!(pressure > 0 && pressure < Double.POSITIVE_INFINITY)) {
            return "gas.pressure = " + pressure + ": must be > 0 Pa and finite";
        }
        if (!(x1 > 0 && x1 < 1)) {
            return "gas.x1 = " + x1 + ": must be a mole fraction in (0, 1)";
        }
        for (int i = 0; i < 2; i++) {
            String p = species.get(i).problem(i);
            if (p != null) {
                return p;
            }
        }
        String r = outsideFits(ChapmanEnskog.pairReducedTemperature(first(), second(), t), "of the pair", t);
        if (r == null) {
            r = outsideFits(t / first().epsilonK(), "of species 1", t);
        }
        return r != null ? r : outsideFits(t / second().epsilonK(), "of species 2", t);
    }

    private static String outsideFits(double tStar, String which, double t) {
        CollisionIntegrals omega = NeufeldJanzenAziz.INSTANCE;
        return omega.covers(tStar) ? null : "gas: the reduced temperature " + which + " T* = kT/epsilon = " + tStar
                + " at the mean temperature " + t + " K is outside the Neufeld-Janzen-Aziz fits (" + omega.range() + ")";
    }

    @Override
    public double diffusion(double t) {
        return ChapmanEnskog.diffusion(first(), second(), t, pressure, NeufeldJanzenAziz.INSTANCE);
    }

    @Override
    public double soret(double t) { return thermalDiffusionFactor(t) / t; }

    /** [alpha_T]_1 at temperature t. */
    public double thermalDiffusionFactor(double t) {
        return ChapmanEnskog.thermalDiffusionFactor(first(), second(), x1, t, NeufeldJanzenAziz.INSTANCE);
    }

    /** The mass fraction of species 1: x1 M1 / (x1 M1 + (1 - x1) M2). */
    @Override
    public double massFraction1() {
        double a = x1 * first().molarMass();
        return a / (a + (1 - x1) * second().molarMass());
    }

    @Override
    public double molarMass(int component) { return species.get(component - 1).molarMass(); }
}
