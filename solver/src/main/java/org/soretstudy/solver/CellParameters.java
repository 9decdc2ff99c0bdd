package org.soretstudy.solver;

import java.util.Arrays;
import org.soretstudy.solver.properties.GasMixture;

/**
 * The inputs of one cell solve (contract section 2), SI units. An absent numeric input is NaN; an absent
 * enumeration takes the contract's default. The record does not validate: {@link CellSolver} checks
 * admissibility and turns a bad point into a {@code rejected} result, so a study never stops on one point.
 *
 * @param times      report times for transient mode (the array is shared, do not modify it)
 * @param cells      finite-volume cells, 0 for the solver's default
 * @param gas        kinetic-theory input, or null
 * @param inputError a problem found while reading the input (unknown key, wrong type...), or null
 */
public record CellParameters(
        double length, double tHot, double tCold, ThermalBc thermalBc, double heatFlux, double tInitial,
        double c0, Closure closure, double diffusion, double soret, double thermalDiffusion,
        SoretModel soretModel, double soretInf, double tStar, double tWidth,
        double density, double heatCapacity, double conductivity,
        ThermoModel thermo, double dmuDc, double molarMass1, double molarMass2,
        InitialTemperature initialTemperature, Mode mode, double[] times, int cells,
        double gravity, double thermalExpansion, double solutalExpansion, double viscosity,
        GasMixture gas, Reason inputError) implements CellInputs {

    private static final double[] NO_TIMES = new double[0];

    public static Builder builder() { return new Builder(); }

    /** The value of a numeric input by key (NaN when absent). */
    @Override
    public double get(NumericInput input) {
        return switch (input) {
            case LENGTH -> length;
            case T_HOT -> tHot;
            case T_COLD -> tCold;
            case HEAT_FLUX -> heatFlux;
            case T_INITIAL -> tInitial;
            case C0 -> c0;
            case DIFFUSION -> diffusion;
            case SORET -> soret;
            case THERMAL_DIFFUSION -> thermalDiffusion;
            case SORET_INF -> soretInf;
            case T_STAR -> tStar;
            case T_WIDTH -> tWidth;
            case DENSITY -> density;
            case HEAT_CAPACITY -> heatCapacity;
            case CONDUCTIVITY -> conductivity;
            case DMU_DC -> dmuDc;
            case MOLAR_MASS_1 -> molarMass1;
            case MOLAR_MASS_2 -> molarMass2;
            case GRAVITY -> gravity;
            case THERMAL_EXPANSION -> thermalExpansion;
            case SOLUTAL_EXPANSION -> solutalExpansion;
            case VISCOSITY -> viscosity;
        };
    }

    /** A new builder holding this record's values. */
    @Override
    public Builder toBuilder() {
        Builder b = new Builder();
        for (NumericInput in : NumericInput.ALL) {
            b.numbers[in.ordinal()] = get(in);
        }
        b.thermalBc = thermalBc;
        b.closure = closure;
        b.soretModel = soretModel;
        b.thermo = thermo;
        b.initialTemperature = initialTemperature;
        b.mode = mode;
        b.times = times;
        b.cells = cells;
        b.gas = gas;
        b.inputError = inputError;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CellParameters p)) {
            return false;
        }
        for (NumericInput in : NumericInput.ALL) {
            if (Double.compare(get(in), p.get(in)) != 0) {
                return false;
            }
        }
        return thermalBc == p.thermalBc && closure == p.closure && soretModel == p.soretModel && thermo == p.thermo
                && initialTemperature == p.initialTemperature && mode == p.mode && Arrays.equals(times, p.times)
                && cells == p.cells && java.util.Objects.equals(gas, p.gas)
                && java.util.Objects.equals(inputError, p.inputError);
    }

    @Override
    public int hashCode() {
        int h = Arrays.hashCode(times);
        for (NumericInput in : NumericInput.ALL) {
            h = 31 * h + Double.hashCode(get(in));
        }
        return 31 * h + java.util.Objects.hash(thermalBc, closure, soretModel, thermo, initialTemperature, mode, cells,
                gas, inputError);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("CellParameters{");
        for (NumericInput in : NumericInput.ALL) {
            double v = get(in);
            if (!Double.isNaN(v)) {
                s.append(in.key()).append('=').append(v).append(", ");
            }
        }
        return s.append("thermal_bc=").append(thermalBc.key()).append(", closure=").append(closure.key())
                .append(", soret_model=").append(soretModel.key()).append(", thermo=").append(thermo.key())
                .append(", initial_temperature=").append(initialTemperature.key()).append(", mode=").append(mode.key())
                .append(", times=").append(Arrays.toString(times)).append(", cells=").append(cells)
                .append(gas == null ? "" : ", gas=" + gas)
                .append(inputError == null ? "" : ", input_error=" + inputError).append('}').toString();
    }

    /**
     * Mutable builder. A study keeps one per partition: {@link #reset(Builder)} to the fixed inputs, set
     * the varied ones, {@link #build()}.
     */
    public static final class Builder implements CellInputs {
        private final double[] numbers = new double[NumericInput.ALL.length];
        private ThermalBc thermalBc = ThermalBc.DIRICHLET;
        private Closure closure = Closure.BINARY;
        private SoretModel soretModel = SoretModel.CONSTANT;
        private ThermoModel thermo = ThermoModel.NONE;
        private InitialTemperature initialTemperature = InitialTemperature.LINEAR;
        private Mode mode = Mode.STEADY;
        private double[] times = NO_TIMES;
        private int cells;
        private GasMixture gas;
        private Reason inputError;

        private Builder() {
            Arrays.fill(numbers, Double.NaN);
        }

        /** Copies every value of {@code template} into this builder. */
        public Builder reset(Builder template) {
            System.arraycopy(template.numbers, 0, numbers, 0, numbers.length);
            thermalBc = template.thermalBc;
            closure = template.closure;
            soretModel = template.soretModel;
            thermo = template.thermo;
            initialTemperature = template.initialTemperature;
            mode = template.mode;
            times = template.times;
            cells = template.cells;
            gas = template.gas;
            inputError = template.inputError;
            return this;
        }

        public Builder set(NumericInput input, double value) {
            numbers[input.ordinal()] = value;
            return this;
        }

        @Override public double get(NumericInput input) { return numbers[input.ordinal()]; }

        public Builder thermalBc(ThermalBc v) { thermalBc = v; return this; }

        public Builder closure(Closure v) { closure = v; return this; }

        public Builder soretModel(SoretModel v) { soretModel = v; return this; }

        public Builder thermo(ThermoModel v) { thermo = v; return this; }

        public Builder initialTemperature(InitialTemperature v) { initialTemperature = v; return this; }

        public Builder mode(Mode v) { mode = v; return this; }

        public Builder times(double... v) { times = v.clone(); return this; }

        public Builder cells(int v) { cells = v; return this; }

        public Builder gas(GasMixture v) { gas = v; return this; }

        /** Records the first problem met while reading the input; later ones are ignored. */
        public Builder inputError(Reason v) {
            if (inputError == null) {
                inputError = v;
            }
            return this;
        }

        @Override public Reason inputError() { return inputError; }

        // Convenience setters for the common inputs, named like the JSON keys.
        public Builder length(double v) { return set(NumericInput.LENGTH, v); }

        public Builder walls(double tHot, double tCold) { return set(NumericInput.T_HOT, tHot).set(NumericInput.T_COLD, tCold); }

        public Builder c0(double v) { return set(NumericInput.C0, v); }

        public Builder diffusion(double v) { return set(NumericInput.DIFFUSION, v); }

        public Builder soret(double v) { return set(NumericInput.SORET, v); }

        /** density, heat_capacity, conductivity. */
        public Builder thermal(double density, double heatCapacity, double conductivity) {
            return set(NumericInput.DENSITY, density).set(NumericInput.HEAT_CAPACITY, heatCapacity)
                    .set(NumericInput.CONDUCTIVITY, conductivity);
        }

        // What the solver reads (CellInputs): the values set so far, read in place.
        @Override public double length() { return get(NumericInput.LENGTH); }

        @Override public double tHot() { return get(NumericInput.T_HOT); }

        @Override public double tCold() { return get(NumericInput.T_COLD); }

        @Override public ThermalBc thermalBc() { return thermalBc; }

        @Override public double heatFlux() { return get(NumericInput.HEAT_FLUX); }

        @Override public double tInitial() { return get(NumericInput.T_INITIAL); }

        @Override public double c0() { return get(NumericInput.C0); }

        @Override public Closure closure() { return closure; }

        @Override public double diffusion() { return get(NumericInput.DIFFUSION); }

        @Override public double soret() { return get(NumericInput.SORET); }

        @Override public double thermalDiffusion() { return get(NumericInput.THERMAL_DIFFUSION); }

        @Override public SoretModel soretModel() { return soretModel; }

        @Override public double soretInf() { return get(NumericInput.SORET_INF); }

        @Override public double tStar() { return get(NumericInput.T_STAR); }

        @Override public double tWidth() { return get(NumericInput.T_WIDTH); }

        @Override public double density() { return get(NumericInput.DENSITY); }

        @Override public double heatCapacity() { return get(NumericInput.HEAT_CAPACITY); }

        @Override public double conductivity() { return get(NumericInput.CONDUCTIVITY); }

        @Override public ThermoModel thermo() { return thermo; }

        @Override public double dmuDc() { return get(NumericInput.DMU_DC); }

        @Override public double molarMass1() { return get(NumericInput.MOLAR_MASS_1); }

        @Override public double molarMass2() { return get(NumericInput.MOLAR_MASS_2); }

        @Override public InitialTemperature initialTemperature() { return initialTemperature; }

        @Override public Mode mode() { return mode; }

        @Override public double[] times() { return times; }

        @Override public int cells() { return cells; }

        @Override public double gravity() { return get(NumericInput.GRAVITY); }

        @Override public double thermalExpansion() { return get(NumericInput.THERMAL_EXPANSION); }

        @Override public double solutalExpansion() { return get(NumericInput.SOLUTAL_EXPANSION); }

        @Override public double viscosity() { return get(NumericInput.VISCOSITY); }

        @Override public GasMixture gas() { return gas; }

        /** A new builder holding this one's values. */
        @Override public Builder toBuilder() { return new Builder().reset(this); }

        public CellParameters build() {
            double[] n = numbers;
            return new CellParameters(n[0], n[1], n[2], thermalBc, n[3], n[4], n[5], closure, n[6], n[7], n[8],
                    soretModel, n[9], n[10], n[11], n[12], n[13], n[14], thermo, n[15], n[16], n[17],
                    initialTemperature, mode, times, cells, n[18], n[19], n[20], n[21], gas, inputError);
        }
    }
}
