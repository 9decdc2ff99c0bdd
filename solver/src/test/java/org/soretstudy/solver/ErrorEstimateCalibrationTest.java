package org.soretstudy.solver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.soretstudy.solver.internal.TransientKernel;

/**
 * error_estimate is honest (issue 12): on seeded random admissible cells of every kind the true error of the
 * transient outputs at the defaults is at most the estimate in 95 % of the rows and never above 10 times it; the
 * rows meet the targets (separation_at 1e-4, t99 and dufour_dt_max 1e-3, relative) but for at most 0.5 %, each of
 * them flagged by an estimate above the target.
 *
 * <p>The reference ("much finer"): the same solver on 4 times the cells the default solve ended on, and at least
 * 512 (its space error 1/16 of the default grid's or less: the scheme is at least second order, see
 * observedSpatialOrder; 512 cells resolve the early wall layers that the default takes from the analytic start) at
 * the time tolerance 1e-7 (200 times tighter: its time error is negligible against the targets). A linear cell
 * (dilute, no Dufour, Dirichlet walls, linear start) that the kernel solved by its eigenmodes is compared with the
 * modes of 64 and 96 polynomials instead: they are exact in time and converge spectrally, and the march cannot
 * check them below its own ~1e-6 (CurvedCellsAccuracyTest and EigenmodeSolutionTest check the modes against the
 * march and against an exact solution).
 */
class ErrorEstimateCalibrationTest {
    private static final int ROWS = Integer.getInteger("calibration.rows", 2000);

    /** Per kind: rows, rows within target, worst errors, coverage, cost. */
    private static final class Tally {
        int rows;
        int covered;
        int withinTarget;
        double worstSeparation;
        double worstT99;
        double worstDufour;
        double worstRatio;
        int[] cells = new int[ROWS];
        int[] steps = new int[ROWS];
    }

    @Test
    void errorEstimateBoundsTheTrueErrorAndTheTargetsHold() {
        SplittableRandom rng = new SplittableRandom(20261204);
        TransientKernel kernel = new TransientKernel();
        CellWorkspace ws = new CellWorkspace(kernel);
        CellWorkspace reference = new CellWorkspace(new TransientKernel(1e-7));
        CellWorkspace modesReference = new CellWorkspace(new TransientKernel(1e-7, 64));
        Map<RandomCells.Kind, Tally> tallies = new EnumMap<>(RandomCells.Kind.class);
        RandomCells.Kind[] kinds = RandomCells.Kind.values();
        int solved = 0;
        int unflaggedMisses = 0;
        for (int attempt = 0; solved < ROWS && attempt < 4 * ROWS; attempt++) {
            RandomCells.Kind kind = kinds[attempt % kinds.length];
            CellParameters p = RandomCells.draw(kind, rng);
            ResultBuffer out = CellSolver.solve(p, ws);
            if (out.status() == Status.REJECTED) {
                continue;
            }
            String what = kind + " " + p;
            assertTrue(out.status() == Status.OK, () -> what + ": " + out.reason());
            CellResult got = out.snapshot();
            int cells = kernel.lastCells();
            int steps = kernel.lastSteps();
            // a linear cell solved by its modes: the modes of 64 and 96 polynomials (converged to ~1e-10, where the
            // march's finest grids are good to ~1e-6 and t99 to ~1e-4); any other: the march on 4x the cells
            CellResult ref = kernel.lastByModes() ? CellSolver.solve(p, modesReference).snapshot()
                    : CellSolver.solve(p.toBuilder().cells(Math.min(Math.max(4 * cells, 512), 16384)).build(), reference).snapshot();
            assertTrue(ref.isOk(), () -> what + ": reference " + ref.reason());
            double[] errors = trueErrors(p, got, ref);
            double trueError = Math.max(errors[0], errors[1]);
            double estimate = got.get(OutputField.ERROR_ESTIMATE);
            Tally t = tallies.computeIfAbsent(kind, k -> new Tally());
            t.cells[t.rows] = cells;
            t.steps[t.rows] = steps;
            t.rows++;
            solved++;
            if (trueError <= estimate) {
                t.covered++;
            }
            t.worstRatio = Math.max(t.worstRatio, trueError / estimate);
            if (errors[0] <= 1e-4 && errors[1] <= 1e-3 && errors[2] <= 1e-3) {
                t.withinTarget++;
            } else {
                // a miss is said when the estimate is above the target of each output it misses (t99's is 1e-3)
                if (!((errors[0] <= 1e-4 || estimate > 1e-4) && (errors[1] <= 1e-3 || estimate > 1e-3))) {
                    unflaggedMisses++;
                }
                System.out.printf("miss %s: sep %.2e t99 %.2e dufour %.2e estimate %.2e cells %d%n", what,
                        errors[0], errors[1], errors[2], estimate, cells);
            }
            t.worstSeparation = Math.max(t.worstSeparation, errors[0]);
            t.worstT99 = Math.max(t.worstT99, errors[1]);
            t.worstDufour = Math.max(t.worstDufour, errors[2]);
        }
        int rows = 0, covered = 0, within = 0;
        double worstRatio = 0;
        System.out.println("kind               rows  within-target  worst sep   worst t99   worst dufour  covered  "
                + "worst ratio  cells p50/p95/max  steps p50/p95/max");
        for (Map.Entry<RandomCells.Kind, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            rows += t.rows;
            covered += t.covered;
            within += t.withinTarget;
            worstRatio = Math.max(worstRatio, t.worstRatio);
            int[] c = Arrays.copyOf(t.cells, t.rows), s = Arrays.copyOf(t.steps, t.rows);
            Arrays.sort(c);
            Arrays.sort(s);
            System.out.printf("%-18s %5d  %6.2f %%      %.2e   %.2e   %.2e     %6.2f %%  %.2f        %d/%d/%d  %d/%d/%d%n",
                    e.getKey(), t.rows, 100.0 * t.withinTarget / t.rows, t.worstSeparation, t.worstT99, t.worstDufour,
                    100.0 * t.covered / t.rows, t.worstRatio, c[c.length / 2], c[(int) (0.95 * c.length)],
                    c[c.length - 1], s[s.length / 2], s[(int) (0.95 * s.length)], s[s.length - 1]);
        }
        assertTrue(rows >= ROWS, "admissible rows " + rows);
        assertTrue(covered >= 0.95 * rows, "covered " + covered + " of " + rows);
        assertTrue(worstRatio <= 10, "worst true error / estimate " + worstRatio);
        // the targets hold on all but a few trap cells whose steady separation is ~0 (t99, the first time the separation
        // reaches 99 % of ~0, is then ill-conditioned); those few are flagged: their estimate is above the target
        assertTrue(within >= 0.995 * rows, (rows - within) + " rows miss the targets");
        assertTrue(unflaggedMisses == 0, unflaggedMisses + " rows miss the targets with an estimate within them");
    }

    /**
     * Dufour gases whose heat diffuses slower than the composition ({@link RandomCells#slowHeatGas}): their t99 is
     * within target or its estimate says it is not. With t99's time part taken at the diffusion time, 6 of these
     * 1,000 rows missed t99's target (up to 3.3e-3) with estimates within it; the thermal time is the slower one here.
     */
    @Test
    void slowHeatGasesMeetT99OrSayTheyMiss() {
        SplittableRandom rng = new SplittableRandom(5);
        CellWorkspace ws = new CellWorkspace(), reference = new CellWorkspace(new TransientKernel(1e-7));
        TransientKernel kernel = ws.transient_;
        int rows = 0, covered = 0;
        double worstRatio = 0;
        for (int i = 0; i < 1000; i++) {
            CellParameters p = RandomCells.slowHeatGas(rng);
            ResultBuffer out = CellSolver.solve(p, ws);
            if (out.status() == Status.REJECTED) {
                continue;
            }
            assertTrue(out.status() == Status.OK, () -> p + ": " + out.reason());
            CellResult got = out.snapshot();
            int cells = kernel.lastCells();
            CellResult ref = CellSolver.solve(p.toBuilder().cells(Math.min(Math.max(4 * cells, 512), 16384)).build(),
                    reference).snapshot();
            assertTrue(ref.isOk(), () -> p + ": reference " + ref.reason());
            double[] errors = trueErrors(p, got, ref);
            double estimate = got.get(OutputField.ERROR_ESTIMATE), trueError = Math.max(errors[0], errors[1]);
            rows++;
            covered += trueError <= estimate ? 1 : 0;
            worstRatio = Math.max(worstRatio, trueError / estimate);
            // each output within its target, or the estimate above that target (dufour_dt_max has no estimate)
            boolean said = (errors[0] <= 1e-4 || estimate > 1e-4) && (errors[1] <= 1e-3 || estimate > 1e-3)
                    && errors[2] <= 1e-3;
            // seen: all 994 rows said (before: 6 missed t99's target, 1.0e-3 to 3.3e-3, with estimates of 3.7e-4 to
            // 5e-4); 98.3 % covered, worst ratio 3.2 (97.8 % and 7.9 before)
            assertTrue(said, () -> String.format("%s: sep %.2e t99 %.2e dufour %.2e estimate %.2e",
                    p, errors[0], errors[1], errors[2], estimate));
        }
        assertTrue(covered >= 0.95 * rows, "covered " + covered + " of " + rows);
        assertTrue(worstRatio <= 10, "worst true error / estimate " + worstRatio);
    }

    /**
     * {separation_at, t99, dufour_dt_max} relative errors against the reference: separation_at against its value,
     * or against the largest |separation| seen (report times and steady state) when the separation passes
     * through zero or comes back from a larger value (a trap cell).
     */
    static double[] trueErrors(CellParameters p, CellResult got, CellResult ref) {
        double[] times = p.times();
        double[] s = got.separationAt(), r = ref.separationAt();
        double sepInf = ref.get(OutputField.SEPARATION);
        double largest = Math.abs(sepInf), min = Math.min(0, sepInf), max = Math.max(0, sepInf);
        for (double v : r) {
            largest = Math.max(largest, Math.abs(v));
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        boolean trap = (min < 0 && max > 0) || Math.abs(sepInf) < 0.9 * largest;
        double sep = 0;
        for (int i = 0; i < times.length; i++) {
            if (times[i] > 0) {
                sep = Math.max(sep, Math.abs(s[i] - r[i]) / (trap ? largest : Math.abs(r[i])));
            }
        }
        double t99 = Math.abs(got.get(OutputField.T99) / ref.get(OutputField.T99) - 1);
        double dRef = ref.get(OutputField.DUFOUR_DT_MAX);
        // (a bump below 1e-8 K is T's round-off: ~1e-11 K bumps are seen; relative accuracy has no meaning there)
        double dufour = dRef > 0 ? Math.abs(got.get(OutputField.DUFOUR_DT_MAX) - dRef) / Math.max(dRef, 1e-8) : 0;
        return new double[] {sep, Double.isNaN(t99) ? 0 : t99, dufour};
    }
}
