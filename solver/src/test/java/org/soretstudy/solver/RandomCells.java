package org.soretstudy.solver;

import java.util.SplittableRandom;

/**
 * Random admissible-looking transient cells of every kind (the calibration of error_estimate draws from them):
 * liquids (binary, constant or ideal Dufour), gases (He-Ar-like, ideal Dufour, S_T of either sign: helium goes to the
 * hot side in He-Ar), colloids and proteins (dilute, Piazza S_T(T)), with flux walls and uniform starts mixed in. The
 * solver rejects the few inadmissible ones.
 */
final class RandomCells {
    enum Kind { LIQUID, LIQUID_DUFOUR, GAS, COLLOID, FLUX_OR_UNIFORM }

    private RandomCells() { }

    static CellParameters draw(Kind kind, SplittableRandom r) {
        CellParameters.Builder b = switch (kind) {
            case LIQUID -> liquid(r);
            case LIQUID_DUFOUR -> dufour(liquid(r), r);
            case GAS -> gas(r);
            case COLLOID -> colloid(r);
            case FLUX_OR_UNIFORM -> otherStart(r);
        };
        return transientWithReportTimes(b, r);
    }

    /** The cell, transient, with three report times log-uniform over 0.02 .. 3 tau. */
    private static CellParameters transientWithReportTimes(CellParameters.Builder b, SplittableRandom r) {
        CellParameters p = b.mode(Mode.TRANSIENT).build();
        double tau = p.length() * p.length() / (Math.PI * Math.PI * p.diffusion());
        double[] times = new double[3];
        for (int i = 0; i < times.length; i++) {
            times[i] = tau * 0.02 * Math.pow(150, r.nextDouble());
        }
        return p.toBuilder().times(times).build();
    }

    private static double logUniform(SplittableRandom r, double low, double high) {
        return low * Math.pow(high / low, r.nextDouble());
    }

    /** Binary liquids: c0 0.05-0.95, |S_T| up to 2e-2 /K, 0.5-50 K across 0.5-5 mm. */
    static CellParameters.Builder liquid(SplittableRandom r) {
        double dT = logUniform(r, 0.5, 50), mean = 290 + 30 * r.nextDouble();
        double soret = (r.nextBoolean() ? 1 : -1) * logUniform(r, 1e-4, 2e-2);
        return CellParameters.builder().length(logUniform(r, 5e-4, 5e-3)).walls(mean + dT / 2, mean - dT / 2)
                .c0(0.05 + 0.9 * r.nextDouble()).diffusion(logUniform(r, 3e-10, 3e-9)).soret(soret)
                .thermal(700 + 600 * r.nextDouble(), 1500 + 2500 * r.nextDouble(), 0.1 + 0.5 * r.nextDouble());
    }

    /** Dufour on: ideal binary (molar masses 0.02-0.2 kg/mol) or constant dmu/dc. */
    static CellParameters.Builder dufour(CellParameters.Builder b, SplittableRandom r) {
        if (r.nextBoolean()) {
            return b.thermo(ThermoModel.IDEAL).set(NumericInput.MOLAR_MASS_1, logUniform(r, 0.02, 0.2))
                    .set(NumericInput.MOLAR_MASS_2, logUniform(r, 0.02, 0.2));
        }
        return b.thermo(ThermoModel.CONSTANT).set(NumericInput.DMU_DC, logUniform(r, 1e3, 1e5));
    }

    /** He-Ar-like gas pairs, Dufour on or off: D 1e-5 - 1e-4, c0 0.05-0.95, 5-50 K across 2-20 mm. */
    static CellParameters.Builder gas(SplittableRandom r) {
        double dT = logUniform(r, 5, 50), mean = 280 + 60 * r.nextDouble();
        CellParameters.Builder b = CellParameters.builder().length(logUniform(r, 2e-3, 2e-2))
                .walls(mean + dT / 2, mean - dT / 2).c0(0.05 + 0.9 * r.nextDouble())
                .diffusion(logUniform(r, 1e-5, 1e-4)).soret((r.nextBoolean() ? 1 : -1) * logUniform(r, 3e-4, 3e-3))
                .thermal(0.3 + 1.5 * r.nextDouble(), 500 + 1000 * r.nextDouble(), 0.02 + 0.13 * r.nextDouble());
        if (r.nextInt(4) > 0) {
            b.thermo(ThermoModel.IDEAL).set(NumericInput.MOLAR_MASS_1, 4.0026e-3)
                    .set(NumericInput.MOLAR_MASS_2, logUniform(r, 0.02, 0.13));
        }
        return b;
    }

    /**
     * Dufour gases whose heat diffuses slower than the composition (Le = kappa/D from 0.1 to 0.45: hydrogen- or
     * helium-rich mixtures): the Dufour bump relaxes on the thermal time, and t99 with it. Binary (or dilute, one in
     * four), ideal or constant thermodynamics, S_T of either sign within gases' range, 1-80 K across 1-50 mm.
     */
    static CellParameters slowHeatGas(SplittableRandom r) {
        double dT = logUniform(r, 1, 80), mean = 250 + 150 * r.nextDouble();
        double diff = logUniform(r, 1e-6, 1e-4), lewis = logUniform(r, 0.1, 0.45);
        double rho = 0.3 + 2 * r.nextDouble(), cp = 500 + 1500 * r.nextDouble();
        CellParameters.Builder b = CellParameters.builder().length(logUniform(r, 1e-3, 5e-2))
                .walls(mean + dT / 2, mean - dT / 2).diffusion(diff)
                .soret((r.nextBoolean() ? 1 : -1) * logUniform(r, 3e-4, 3e-3)).thermal(rho, cp, lewis * diff * rho * cp);
        if (r.nextInt(4) == 0) {
            b.closure(Closure.DILUTE).c0(logUniform(r, 1e-4, 1e-2));
        } else {
            b.c0(0.01 + 0.98 * r.nextDouble());
        }
        if (r.nextBoolean()) {
            b.thermo(ThermoModel.IDEAL).set(NumericInput.MOLAR_MASS_1, logUniform(r, 0.002, 0.2))
                    .set(NumericInput.MOLAR_MASS_2, logUniform(r, 0.002, 0.2));
        } else {
            b.thermo(ThermoModel.CONSTANT).set(NumericInput.DMU_DC, logUniform(r, 1e3, 1e6));
        }
        return transientWithReportTimes(b, r);
    }

    /** Dilute colloids and proteins, Piazza S_T(T): 0.3-50 K across 0.2-5 mm, the trap cells included. */
    static CellParameters.Builder colloid(SplittableRandom r) {
        double dT = logUniform(r, 0.3, 50), mean = 275 + 35 * r.nextDouble();
        return CellParameters.builder().length(logUniform(r, 2e-4, 5e-3)).walls(mean + dT / 2, mean - dT / 2)
                .closure(Closure.DILUTE).c0(logUniform(r, 1e-4, 1e-2)).diffusion(logUniform(r, 3e-12, 1e-10))
                .soretModel(SoretModel.PIAZZA).set(NumericInput.SORET_INF, logUniform(r, 0.01, 0.2))
                .set(NumericInput.T_STAR, 280 + 25 * r.nextDouble()).set(NumericInput.T_WIDTH, 10 + 30 * r.nextDouble())
                .thermal(1000, 4180, 0.6);
    }

    /** A liquid or a gas with flux walls (the temperature solved) or Dirichlet walls switched on at t = 0. */
    static CellParameters.Builder otherStart(SplittableRandom r) {
        CellParameters.Builder b = r.nextBoolean() ? liquid(r) : gas(r);
        CellParameters p = b.build();
        if (r.nextBoolean()) {
            double lambda = p.conductivity(), dT = p.tHot() - p.tCold();
            return b.thermalBc(ThermalBc.FLUX).set(NumericInput.HEAT_FLUX, dT * lambda / p.length())
                    .set(NumericInput.T_INITIAL, 0.5 * (p.tHot() + p.tCold()))
                    .set(NumericInput.T_HOT, Double.NaN).set(NumericInput.T_COLD, Double.NaN);
        }
        return b.initialTemperature(InitialTemperature.UNIFORM);
    }
}
