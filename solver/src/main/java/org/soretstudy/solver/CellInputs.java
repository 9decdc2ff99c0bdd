package org.soretstudy.solver;

import org.soretstudy.solver.properties.GasMixture;

/**
 * What the solver reads of one cell's inputs (contract section 2, SI units; an absent number is NaN, an absent
 * enumeration the contract's default). {@link CellParameters} is the immutable form, for callers that keep a
 * point. A {@link CellParameters.Builder} is read in place: a study task sets the varied inputs of each sample on
 * one builder and solves it, so that its millions of points do not each allocate a 230-byte record. The solver
 * keeps no reference to its input past the call, so the builder may change between solves.
 */
public interface CellInputs {
    double length();

    double tHot();

    double tCold();

    ThermalBc thermalBc();

    double heatFlux();

    double tInitial();

    double c0();

    Closure closure();

    double diffusion();

    double soret();

    double thermalDiffusion();

    SoretModel soretModel();

    double soretInf();

    double tStar();

    double tWidth();

    double density();

    double heatCapacity();

    double conductivity();

    ThermoModel thermo();

    double dmuDc();

    double molarMass1();

    double molarMass2();

    InitialTemperature initialTemperature();

    Mode mode();

    /** Report times for transient mode (shared: do not modify). */
    double[] times();

    /** Finite-volume cells, 0 for the solver's default. */
    int cells();

    double gravity();

    double thermalExpansion();

    double solutalExpansion();

    double viscosity();

    /** Kinetic-theory input, or null. */
    GasMixture gas();

    /** A problem found while reading the input, or null. */
    Reason inputError();

    /** The value of a numeric input (NaN when absent). */
    double get(NumericInput input);

    /** A new builder holding these values. */
    CellParameters.Builder toBuilder();
}
