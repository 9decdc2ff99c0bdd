package org.soretstudy.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each inadmissible input is rejected with its code and field (asserted as codes, not message text). */
class AdmissibilityTest {

    private static CellParameters.Builder valid() {
        return CellParameters.builder().length(0.01).walls(305, 295).c0(0.5).diffusion(1e-9).soret(3e-3)
                .thermal(850, 1800, 0.13);
    }

    static Stream<Arguments> inadmissible() {
        return Stream.of(
                bad("length", ReasonCode.MISSING, b -> b.length(Double.NaN)),
                bad("length", ReasonCode.OUT_OF_RANGE, b -> b.length(0)),
                bad("length", ReasonCode.NON_FINITE, b -> b.length(Double.POSITIVE_INFINITY)),
                bad("t_hot", ReasonCode.OUT_OF_RANGE, b -> b.walls(-1, 295)),
                bad("t_cold", ReasonCode.MISSING, b -> b.walls(305, Double.NaN)),
                bad("c0", ReasonCode.OUT_OF_RANGE, b -> b.c0(1.0)),
                bad("c0", ReasonCode.OUT_OF_RANGE, b -> b.c0(0.0)),
                bad("c0", ReasonCode.OUT_OF_RANGE, b -> b.closure(Closure.DILUTE).c0(-2)),
                bad("c0", ReasonCode.OUT_OF_RANGE, b -> b.closure(Closure.DILUTE).c0(2).thermo(ThermoModel.IDEAL_DILUTE)
                        .set(NumericInput.MOLAR_MASS_1, 0.1)),
                bad("c0", ReasonCode.NON_FINITE, b -> b.c0(Double.NEGATIVE_INFINITY)),
                bad("diffusion", ReasonCode.OUT_OF_RANGE, b -> b.diffusion(-1e-9)),
                bad("soret", ReasonCode.MISSING, b -> b.soret(Double.NaN)),
                bad("thermal_diffusion", ReasonCode.CONFLICT, b -> b.set(NumericInput.THERMAL_DIFFUSION, 1e-12)),
                bad("soret", ReasonCode.CONFLICT, b -> b.soretModel(SoretModel.PIAZZA)),
                bad("t_width", ReasonCode.MISSING, b -> b.soret(Double.NaN).soretModel(SoretModel.PIAZZA)
                        .set(NumericInput.SORET_INF, 0.01).set(NumericInput.T_STAR, 280)),
                bad("soret_inf", ReasonCode.CONFLICT, b -> b.set(NumericInput.SORET_INF, 0.01)),
                bad("density", ReasonCode.OUT_OF_RANGE, b -> b.set(NumericInput.DENSITY, 0)),
                bad("heat_capacity", ReasonCode.MISSING, b -> b.set(NumericInput.HEAT_CAPACITY, Double.NaN).mode(Mode.TRANSIENT)),
                bad("dmu_dc", ReasonCode.OUT_OF_RANGE, b -> b.thermo(ThermoModel.CONSTANT).set(NumericInput.DMU_DC, -5)),
                bad("dmu_dc", ReasonCode.MISSING, b -> b.thermo(ThermoModel.CONSTANT)),
                bad("molar_mass_2", ReasonCode.MISSING, b -> b.thermo(ThermoModel.IDEAL).set(NumericInput.MOLAR_MASS_1, 0.1)),
                bad("heat_flux", ReasonCode.CONFLICT, b -> b.set(NumericInput.HEAT_FLUX, 10)),
                bad("t_initial", ReasonCode.MISSING, b -> b.walls(Double.NaN, Double.NaN).thermalBc(ThermalBc.FLUX)
                        .set(NumericInput.HEAT_FLUX, 10)),
                bad("heat_flux", ReasonCode.OUT_OF_RANGE, b -> b.walls(Double.NaN, Double.NaN).thermalBc(ThermalBc.FLUX)
                        .set(NumericInput.HEAT_FLUX, 1e5).set(NumericInput.T_INITIAL, 300)),
                bad("times", ReasonCode.OUT_OF_RANGE, b -> b.mode(Mode.TRANSIENT).times(1, -1)),
                bad("cells", ReasonCode.OUT_OF_RANGE, b -> b.mode(Mode.TRANSIENT).cells(2)),
                bad("viscosity", ReasonCode.OUT_OF_RANGE, b -> b.set(NumericInput.VISCOSITY, -1)),
                bad("thermal_expansion", ReasonCode.OUT_OF_RANGE, b -> b.set(NumericInput.THERMAL_EXPANSION, 0)),
                bad("gravity", ReasonCode.NON_FINITE, b -> b.set(NumericInput.GRAVITY, Double.NEGATIVE_INFINITY)),
                bad("closure", ReasonCode.UNKNOWN_VALUE, b -> b.inputError(new Reason(ReasonCode.UNKNOWN_VALUE, "closure", "x"))),
                // the second law: a Dufour coupling so strong that lambda_eff = lambda - K_D S_T g(c) < 0
                bad("thermo", ReasonCode.SECOND_LAW, b -> b.soret(0.5).diffusion(1e-5).thermo(ThermoModel.CONSTANT)
                        .set(NumericInput.DMU_DC, 1e6)));
    }

    private static Arguments bad(String field, ReasonCode code, UnaryOperator<CellParameters.Builder> edit) {
        return Arguments.of(field, code, edit);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("inadmissible")
    void rejectedWithCodeAndField(String field, ReasonCode code, UnaryOperator<CellParameters.Builder> edit) {
        assertTrue(CellSolver.solve(valid().build()).isOk(), "the base point is admissible");
        CellResult r = CellSolver.solve(edit.apply(valid()).build());
        assertEquals(Status.REJECTED, r.status());
        assertEquals(code, r.reason().code(), r.reason()::message);
        assertEquals(field, r.reason().field(), r.reason()::message);
        for (OutputField f : OutputField.ALL) {
            assertTrue(Double.isNaN(r.get(f)), "a rejected result carries no output");
        }
        assertNull(r.separationAt());
    }
}
