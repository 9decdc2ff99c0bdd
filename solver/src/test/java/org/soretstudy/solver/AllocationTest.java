package org.soretstudy.solver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The executor path allocates nothing: one workspace per thread, parameters in, the buffer out. */
class AllocationTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static long allocatedBytesPerSolve(CellParameters p, int solves) {
        CellWorkspace ws = new CellWorkspace();
        for (int i = 0; i < Math.max(2000, solves / 10); i++) {
            CellSolver.solve(p, ws);
        }
        long tid = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(tid);
        double sink = 0;
        for (int i = 0; i < solves; i++) {
            sink += CellSolver.solve(p, ws).get(OutputField.SEPARATION);
        }
        long after = THREADS.getThreadAllocatedBytes(tid);
        assertTrue(sink != 0);
        return (after - before) / solves;
    }

    @Test
    void steadySolvesAllocateNothing() {
        CellParameters.Builder base = CellParameters.builder().length(0.01).walls(305, 295).c0(0.5).diffusion(1e-9).soret(3e-3)
                .thermal(850, 1800, 0.13);
        CellParameters plain = base.build();
        CellParameters dufour = base.thermo(ThermoModel.IDEAL).set(NumericInput.MOLAR_MASS_1, 0.132)
                .set(NumericInput.MOLAR_MASS_2, 0.134).build();
        // The counter itself is read at 8-byte granularity; 100k solves make any per-solve object visible.
        assertTrue(allocatedBytesPerSolve(plain, 100_000) == 0, "closed-form steady path allocates");
        assertTrue(allocatedBytesPerSolve(dufour, 100_000) == 0, "Dufour steady path allocates");
    }

    @Test
    void transientSolvesAllocateNothing() {
        CellParameters colloid = CellParameters.builder().length(5e-4).walls(313.15, 273.65).closure(Closure.DILUTE)
                .c0(1e-3).diffusion(1.1e-10).soretModel(SoretModel.PIAZZA).set(NumericInput.SORET_INF, 0.03)
                .set(NumericInput.T_STAR, 288).set(NumericInput.T_WIDTH, 25).thermal(1000, 4180, 0.6)
                .mode(Mode.TRANSIENT).times(100, 1000).build();
        CellParameters liquid = CellParameters.builder().length(1e-3).walls(305, 295).c0(0.5).diffusion(1e-9)
                .soret(3e-3).thermal(850, 1800, 0.13).thermo(ThermoModel.IDEAL).set(NumericInput.MOLAR_MASS_1, 0.132)
                .set(NumericInput.MOLAR_MASS_2, 0.134).mode(Mode.TRANSIENT).times(100, 1000).build();
        assertTrue(allocatedBytesPerSolve(colloid, 20_000) == 0, "the eigenmode path allocates");
        assertTrue(allocatedBytesPerSolve(liquid, 5_000) == 0, "the march allocates");
    }
}
