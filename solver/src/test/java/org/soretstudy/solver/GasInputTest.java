package org.soretstudy.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.soretstudy.solver.properties.ChapmanEnskog;
import org.soretstudy.solver.properties.GasMixture;
import org.soretstudy.solver.properties.GasMixture.LennardJonesSpecies;
import org.soretstudy.solver.properties.NeufeldJanzenAziz;

/** The contract's {@code gas} input: D and S_T from kinetic theory at the mean wall temperature, c0 from x1. */
class GasInputTest {
    // Poling, Prausnitz & O'Connell, Properties of Gases and Liquids, 5th ed., Appendix B (Svehla 1962)
    private static final LennardJonesSpecies HE = new LennardJonesSpecies(4.0026e-3, 2.551e-10, 10.22);
    private static final LennardJonesSpecies AR = new LennardJonesSpecies(39.948e-3, 3.542e-10, 93.3);

    private static CellParameters.Builder heliumArgon(double x1) {
        return CellParameters.builder().length(0.01).walls(310, 290)
                .gas(new GasMixture(101325, x1, List.of(HE, AR)));
    }

    @Test
    void gasCellSolvesWithKineticTheoryCoefficients() {
        CellResult r = CellSolver.solve(heliumArgon(0.5).build());
        assertTrue(r.isOk(), () -> String.valueOf(r.reason()));
        double d = ChapmanEnskog.diffusion(HE, AR, 300, 101325, NeufeldJanzenAziz.INSTANCE);
        double alpha = ChapmanEnskog.thermalDiffusionFactor(HE, AR, 0.5, 300, NeufeldJanzenAziz.INSTANCE);
        assertEquals(d, r.get(OutputField.DIFFUSION_USED), 1e-15 * d);
        assertEquals(alpha / 300, r.get(OutputField.SORET_USED), 1e-15);
        // helium is light: alpha_T < 0, it goes to the hot wall, so the separation (cold minus hot) is negative
        assertTrue(r.get(OutputField.SEPARATION) < 0);
        // c0 is the mass fraction of x1 = 0.5: M_He / (M_He + M_Ar)
        double c0 = 4.0026 / (4.0026 + 39.948);
        // small-separation limit: separation ~ S_T c0 (1 - c0) dT
        assertEquals(alpha / 300 * c0 * (1 - c0) * 20, r.get(OutputField.SEPARATION), 0.01 * Math.abs(r.get(OutputField.SEPARATION)));
    }

    @Test
    void givenC0MustMatchTheMassFractionOfX1() {
        double c0 = 4.0026 / (4.0026 + 39.948);
        assertTrue(CellSolver.solve(heliumArgon(0.5).c0(c0 * (1 + 1e-7)).build()).isOk());
        CellResult r = CellSolver.solve(heliumArgon(0.5).c0(0.5).build());
        assertEquals(Status.REJECTED, r.status());
        assertEquals("c0", r.reason().field());
        assertEquals(ReasonCode.CONFLICT, r.reason().code());
    }

    @Test
    void outsideTheFitsRangeIsRejectedOnGas() {
        // 2000 K over helium's 10.22 K well is T* = 196 > 100
        CellResult r = CellSolver.solve(heliumArgon(0.5).walls(2010, 1990).build());
        assertEquals(Status.REJECTED, r.status());
        assertEquals("gas", r.reason().field());
        assertEquals(ReasonCode.OUT_OF_RANGE, r.reason().code());
    }

    @Test
    void badGasAndConflictsAreRejectedWithTheirField() {
        assertEquals("gas", CellSolver.solve(heliumArgon(1.5).build()).reason().field());
        assertEquals("gas", CellSolver.solve(CellParameters.builder().length(0.01).walls(310, 290)
                .gas(new GasMixture(101325, 0.5, List.of(HE))).build()).reason().field());
        assertEquals("diffusion", CellSolver.solve(heliumArgon(0.5).diffusion(1e-5).build()).reason().field());
        assertEquals("closure", CellSolver.solve(heliumArgon(0.5).closure(Closure.DILUTE).build()).reason().field());
    }

    @Test
    void idealThermoTakesTheSpeciesMolarMasses() {
        CellResult r = CellSolver.solve(heliumArgon(0.5).thermal(0.893, 945.6, 0.0545).thermo(ThermoModel.IDEAL).build());
        assertTrue(r.isOk(), () -> String.valueOf(r.reason()));
        assertTrue(r.get(OutputField.WALL_HEAT_FLUX) > 0);
    }
}
