package org.soretstudy.solver.properties;

/**
 * A model that predicts a cell's transport coefficients from what the mixture is made of, instead of D and S_T
 * given as numbers. The solver resolves it once per solve, at the cell's mean temperature, into a constant D
 * and S_T (and the composition it implies), checks the result like any given input and then solves as usual:
 * a model joins here without touching the kernels. Kinetic theory of gases ({@link GasMixture}) is the first.
 */
public interface TransportModel {
    /** The input key the model comes from, named as the field at fault in a rejection. */
    String key();

    /** Why the model cannot be used at temperature t (K), or null when it can (inputs and range). */
    String problemAt(double t);

    /** D at temperature t, m^2/s. */
    double diffusion(double t);

    /** S_T = D_T / D at temperature t, 1/K; positive when component 1 goes to the cold side. */
    double soret(double t);

    /** The initial mass fraction of component 1 the model implies, or NaN when it implies none. */
    double massFraction1();

    /** Molar masses of components 1 and 2 (kg/mol) the model knows, or NaN. */
    double molarMass(int component);
}
