package org.soretstudy.solver;

import org.soretstudy.solver.internal.CellModel;

/**
 * The admissibility rules: the contract's input table and the second law (physics.md section 6). Each rule
 * yields a {@link Reason} naming the input key and the allowed range; null means admissible. Comparisons
 * are written NaN-safe ({@code !(x > 0)}) so that a NaN can never pass.
 */
final class Admissibility {
    /** Largest resolution accepted: beyond it a single cell costs more than a study should. */
    static final int MAX_CELLS = 100_000;

    private Admissibility() { }

    /** The input rules that need no solving; null when the point is admissible so far. */
    static Reason check(CellInputs p) {
        if (p.inputError() != null) {
            return p.inputError();
        }
        Reason r;
        if ((r = positive(p.length(), "length", "m")) != null) {
            return r;
        }
        boolean flux = p.thermalBc() == ThermalBc.FLUX;
        boolean temperatureSolved = flux || p.mode() == Mode.TRANSIENT || p.thermo() != ThermoModel.NONE;
        if (flux) {
            if ((r = finite(p.heatFlux(), "heat_flux", "W/m^2")) != null || (r = positive(p.tInitial(), "t_initial", "K")) != null) {
                return r;
            }
            if ((r = absentFor(p.tHot(), "t_hot", "thermal_bc \"flux\"")) != null
                    || (r = absentFor(p.tCold(), "t_cold", "thermal_bc \"flux\"")) != null) {
                return r;
            }
        } else {
            if ((r = positive(p.tHot(), "t_hot", "K")) != null || (r = positive(p.tCold(), "t_cold", "K")) != null) {
                return r;
            }
            if ((r = absentFor(p.heatFlux(), "heat_flux", "thermal_bc \"dirichlet\"")) != null
                    || (r = absentFor(p.tInitial(), "t_initial", "thermal_bc \"dirichlet\"")) != null) {
                return r;
            }
        }
        if ((r = composition(p)) != null || (r = positive(p.diffusion(), "diffusion", "m^2/s")) != null || (r = soret(p)) != null) {
            return r;
        }
        if ((r = thermalProperty(p.density(), "density", "kg/m^3", temperatureSolved)) != null
                || (r = thermalProperty(p.heatCapacity(), "heat_capacity", "J/(kg K)", temperatureSolved)) != null
                || (r = thermalProperty(p.conductivity(), "conductivity", "W/(m K)", temperatureSolved)) != null) {
            return r;
        }
        if ((r = thermo(p)) != null || (r = transientInputs(p)) != null || (r = convectionInputs(p)) != null) {
            return r;
        }
        return null;
    }

    private static Reason composition(CellInputs p) {
        double c0 = p.c0();
        if (Double.isNaN(c0)) {
            return missing("c0", "the initial composition is required");
        }
        if (!Double.isFinite(c0)) {
            return nonFinite("c0", c0);
        }
        boolean fraction = p.closure() == Closure.BINARY || p.thermo() != ThermoModel.NONE;
        if (fraction && !(c0 > 0 && c0 < 1)) {
            String why = p.closure() == Closure.BINARY ? "binary closure" : "dilute closure with the Dufour coupling on";
            return outOfRange("c0", c0, "must be a mass fraction in (0, 1) for the " + why);
        }
        if (!(c0 > 0)) {
            return outOfRange("c0", c0, "must be > 0 for the dilute closure");
        }
        return null;
    }

    private static Reason soret(CellInputs p) {
        boolean hasSoret = !Double.isNaN(p.soret());
        boolean hasDt = !Double.isNaN(p.thermalDiffusion());
        if (p.soretModel() == SoretModel.PIAZZA) {
            if (hasSoret || hasDt) {
                return new Reason(ReasonCode.CONFLICT, hasSoret ? "soret" : "thermal_diffusion",
                        (hasSoret ? "soret" : "thermal_diffusion") + " must be absent with soret_model \"piazza\" (S_T comes from soret_inf, t_star, t_width)");
            }
            Reason r;
            if ((r = finite(p.soretInf(), "soret_inf", "1/K")) != null || (r = finite(p.tStar(), "t_star", "K")) != null
                    || (r = positive(p.tWidth(), "t_width", "K")) != null) {
                return r;
            }
            return null;
        }
        if (!Double.isNaN(p.soretInf()) || !Double.isNaN(p.tStar()) || !Double.isNaN(p.tWidth())) {
            String key = !Double.isNaN(p.soretInf()) ? "soret_inf" : !Double.isNaN(p.tStar()) ? "t_star" : "t_width";
            return new Reason(ReasonCode.CONFLICT, key, key + " applies only to soret_model \"piazza\"");
        }
        if (hasSoret && hasDt) {
            return new Reason(ReasonCode.CONFLICT, "thermal_diffusion", "give exactly one of soret and thermal_diffusion, not both");
        }
        if (!hasSoret && !hasDt) {
            return missing("soret", "give exactly one of soret (S_T, 1/K) and thermal_diffusion (D_T, m^2/(s K))");
        }
        return hasSoret ? finite(p.soret(), "soret", "1/K") : finite(p.thermalDiffusion(), "thermal_diffusion", "m^2/(s K)");
    }

    private static Reason thermo(CellInputs p) {
        Reason r;
        switch (p.thermo()) {
            case NONE -> {
                if ((r = absentFor(p.dmuDc(), "dmu_dc", "thermo \"none\"")) != null) {
                    return r;
                }
            }
            case CONSTANT -> {
                double v = p.dmuDc();
                if (Double.isNaN(v)) {
                    return missing("dmu_dc", "thermo \"constant\" needs dmu_dc (J/kg)");
                }
                if (!Double.isFinite(v)) {
                    return nonFinite("dmu_dc", v);
                }
                if (!(v > 0)) {
                    return outOfRange("dmu_dc", v, "must be > 0 J/kg (dmu_dc <= 0 is an unstable mixture)");
                }
            }
            case IDEAL -> {
                if ((r = positive(p.molarMass1(), "molar_mass_1", "kg/mol")) != null
                        || (r = positive(p.molarMass2(), "molar_mass_2", "kg/mol")) != null) {
                    return r;
                }
            }
            case IDEAL_DILUTE -> {
                if ((r = positive(p.molarMass1(), "molar_mass_1", "kg/mol")) != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private static Reason transientInputs(CellInputs p) {
        double[] times = p.times();
        for (int i = 0; i < times.length; i++) {
            if (!Double.isFinite(times[i])) {
                return nonFinite("times", times[i]);
            }
            if (!(times[i] >= 0)) {
                return outOfRange("times", times[i], "every time must be >= 0 s");
            }
        }
        if (p.cells() != 0 && !(p.cells() >= 4 && p.cells() <= MAX_CELLS)) {
            return new Reason(ReasonCode.OUT_OF_RANGE, "cells", "cells = " + p.cells() + ": must be between 4 and " + MAX_CELLS);
        }
        return null;
    }

    private static Reason convectionInputs(CellInputs p) {
        Reason r;
        if ((r = optionalFinite(p.gravity(), "gravity")) != null || (r = optionalFinite(p.thermalExpansion(), "thermal_expansion")) != null
                || (r = optionalFinite(p.solutalExpansion(), "solutal_expansion")) != null) {
            return r;
        }
        if (!Double.isNaN(p.thermalExpansion()) && p.thermalExpansion() == 0) {
            return outOfRange("thermal_expansion", 0, "must be nonzero (the Rayleigh and separation-ratio scales divide by it)");
        }
        if (!Double.isNaN(p.viscosity())) {
            return positive(p.viscosity(), "viscosity", "m^2/s");
        }
        return null;
    }

    /**
     * The second law before solving: epsilon_D = K_D S_T g(c)/lambda < 1 at the initial composition over
     * the wall temperatures (physics.md section 6).
     */
    static Reason checkSecondLaw(CellModel m, CellInputs p) {
        if (!m.dufour()) {
            return null;
        }
        double tA = p.thermalBc() == ThermalBc.FLUX ? m.tInitial() - 0.5 * m.heatFlux() * m.length() / m.conductivity() : m.tHot();
        double tB = p.thermalBc() == ThermalBc.FLUX ? m.tInitial() + 0.5 * m.heatFlux() * m.length() / m.conductivity() : m.tCold();
        return secondLaw(m, m.c0(), m.c0(), tA, tB);
    }

    /** The second law over the states of the solved cell: compositions between the wall values and c0. */
    static Reason checkSecondLawSteady(CellModel m, ResultBuffer out) {
        if (!m.dufour()) {
            return null;
        }
        double cA = Math.min(m.c0(), Math.min(out.get(OutputField.C_HOT), out.get(OutputField.C_COLD)));
        double cB = Math.max(m.c0(), Math.max(out.get(OutputField.C_HOT), out.get(OutputField.C_COLD)));
        return secondLaw(m, cA, cB, m.tHot(), m.tCold());
    }

    /** Checks epsilon_D on a small grid of (c, T) states spanning [cA, cB] x [tA, tB]. */
    private static Reason secondLaw(CellModel m, double cA, double cB, double tA, double tB) {
        final int n = 4;
        for (int i = 0; i <= n; i++) {
            double c = cA + (cB - cA) * i / n;
            for (int j = 0; j <= n; j++) {
                double t = tA + (tB - tA) * j / n;
                double eps = m.dufourRatio(c, t);
                if (!(eps < 1)) {
                    return new Reason(ReasonCode.SECOND_LAW, "thermo", "second law violated: epsilon_D = K_D S_T g(c)/lambda = "
                            + eps + " at c = " + c + ", T = " + t + " K; the Onsager matrix is positive definite only for epsilon_D < 1");
                }
            }
        }
        return null;
    }

    // ---- NaN-safe rule helpers; NaN means "absent" in CellParameters ----

    private static Reason positive(double v, String key, String unit) {
        if (Double.isNaN(v)) {
            return missing(key, "required (" + unit + ")");
        }
        if (!Double.isFinite(v)) {
            return nonFinite(key, v);
        }
        return v > 0 ? null : outOfRange(key, v, "must be > 0 " + unit);
    }

    private static Reason finite(double v, String key, String unit) {
        if (Double.isNaN(v)) {
            return missing(key, "required (" + unit + ")");
        }
        return Double.isFinite(v) ? null : nonFinite(key, v);
    }

    private static Reason optionalFinite(double v, String key) {
        return Double.isNaN(v) || Double.isFinite(v) ? null : nonFinite(key, v);
    }

    private static Reason thermalProperty(double v, String key, String unit, boolean required) {
        if (Double.isNaN(v)) {
            return required ? missing(key, "required when the temperature is solved (transient, Dufour or flux) (" + unit + ")") : null;
        }
        return positive(v, key, unit);
    }

    private static Reason absentFor(double v, String key, String context) {
        return Double.isNaN(v) ? null : new Reason(ReasonCode.CONFLICT, key, key + " does not apply to " + context);
    }

    private static Reason missing(String key, String what) {
        return new Reason(ReasonCode.MISSING, key, key + " is missing: " + what);
    }

    private static Reason nonFinite(String key, double v) {
        return new Reason(ReasonCode.NON_FINITE, key, key + " = " + v + ": must be finite");
    }

    private static Reason outOfRange(String key, double v, String rule) {
        return new Reason(ReasonCode.OUT_OF_RANGE, key, key + " = " + v + ": " + rule);
    }
}
