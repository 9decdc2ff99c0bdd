package org.soretstudy.solver;

import org.soretstudy.solver.properties.TransportModel;

/**
 * Turns a cell whose coefficients come from a {@link TransportModel} (today the {@code gas} input) into a cell
 * with given D, S_T and c0, evaluated at the mean temperature (the mean wall temperature, or t_initial for the
 * flux condition, which is the steady mean there), before the admissibility rules and the kernels see it. Costs
 * one parameter record per such solve; cells without a model pass through untouched.
 */
final class TransportResolution {
    /** Relative tolerance between a given c0 and the one the model implies (contract section 2). */
    static final double C0_TOLERANCE = 1e-6;

    private TransportResolution() { }

    /** Why the model's cell is inadmissible before solving, or null (also null when there is no model). */
    static Reason problem(CellInputs p) {
        TransportModel model = p.gas();
        if (model == null || p.inputError() != null) {
            return null;
        }
        String key = model.key();
        if (!Double.isNaN(p.diffusion()) || !Double.isNaN(p.soret()) || !Double.isNaN(p.thermalDiffusion())) {
            String given = !Double.isNaN(p.diffusion()) ? "diffusion" : !Double.isNaN(p.soret()) ? "soret" : "thermal_diffusion";
            return new Reason(ReasonCode.CONFLICT, given, given + " must be absent with " + key + " (D and S_T come from the kinetic theory)");
        }
        if (p.soretModel() != SoretModel.CONSTANT) {
            return new Reason(ReasonCode.CONFLICT, "soret_model", "soret_model \"" + p.soretModel().key() + "\" does not apply with " + key);
        }
        if (p.closure() != Closure.BINARY) {
            return new Reason(ReasonCode.CONFLICT, "closure", "closure \"" + p.closure().key() + "\" does not apply with " + key
                    + ": kinetic theory gives the binary flux (x1 x2, physics.md section 7); use closure \"binary\"");
        }
        double t = meanTemperature(p);
        if (!(t > 0 && t < Double.POSITIVE_INFINITY)) {
            return null; // the temperature rules name the field at fault
        }
        String why = model.problemAt(t);
        if (why != null) {
            return new Reason(ReasonCode.OUT_OF_RANGE, key, why);
        }
        double implied = model.massFraction1();
        double c0 = p.c0();
        if (!Double.isNaN(c0) && !(Math.abs(c0 - implied) <= C0_TOLERANCE * implied)) {
            return new Reason(ReasonCode.CONFLICT, "c0", "c0 = " + c0 + " does not match the mass fraction of " + key + ".x1, "
                    + implied + " (1e-6 relative): omit c0 or give that value");
        }
        return null;
    }

    /** The cell with D, S_T and c0 from the model (and the molar masses for thermo "ideal" when absent). */
    static CellInputs resolve(CellInputs p) {
        TransportModel model = p.gas();
        double t = meanTemperature(p);
        if (model == null || p.inputError() != null || !(t > 0 && t < Double.POSITIVE_INFINITY)) {
            return p;
        }
        CellParameters.Builder b = p.toBuilder().gas(null).diffusion(model.diffusion(t)).soret(model.soret(t))
                .c0(model.massFraction1());
        if (p.thermo() == ThermoModel.IDEAL) {
            fillIfAbsent(b, NumericInput.MOLAR_MASS_1, model.molarMass(1));
            fillIfAbsent(b, NumericInput.MOLAR_MASS_2, model.molarMass(2));
        }
        return b.build();
    }

    private static void fillIfAbsent(CellParameters.Builder b, NumericInput input, double value) {
        if (Double.isNaN(b.get(input))) {
            b.set(input, value);
        }
    }

    private static double meanTemperature(CellInputs p) {
        return p.thermalBc() == ThermalBc.FLUX ? p.tInitial() : 0.5 * (p.tHot() + p.tCold());
    }
}
