package org.soretstudy.solver.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader against functions whose interpolation is known: multilinear functions are reproduced exactly (also
 * on uneven and log axes), a saddle's exact cell bound holds everywhere and is reached, points outside are
 * reported, files round-trip, and a lookup allocates nothing.
 */
class SurrogateTableTest {
    private static final TableAxis X = new TableAxis("x", AxisScale.LINEAR, new double[] {-1, -0.5, 0.25, 0.5, 2});
    private static final TableAxis Y = new TableAxis("y", AxisScale.LINEAR, new double[] {0, 1, 3});
    private static final TableAxis Z = new TableAxis("z", AxisScale.LOG, new double[] {1e-3, 1e-2, 3e-2, 1});

    /** Tabulates f on the grid of the axes, C order (first axis slowest). */
    static double[] tabulate(List<TableAxis> axes, ToDoubleFunction<double[]> f) {
        int n = 1;
        for (TableAxis a : axes) {
            n *= a.size();
        }
        double[] v = new double[n];
        double[] p = new double[axes.size()];
        for (int i = 0; i < n; i++) {
            int rest = i;
            for (int j = axes.size() - 1; j >= 0; j--) {
                p[j] = axes.get(j).value(rest % axes.get(j).size());
                rest /= axes.get(j).size();
            }
            v[i] = f.applyAsDouble(p);
        }
        return v;
    }

    private static double multilinear(double[] p) {
        double x = p[0];
        double y = p[1];
        double lz = Math.log(p[2]); // linear in ln z on the log axis
        return 1.5 - 2 * x + 0.5 * y + 3 * lz + 0.25 * x * y - x * lz + 0.7 * y * lz - 0.3 * x * y * lz;
    }

    @Test
    void multilinearFunctionsAreReproducedExactlyOnUnevenAndLogAxes() {
        List<TableAxis> axes = List.of(X, Y, Z);
        SurrogateTable t = SurrogateTable.of(axes, List.of(new TableOutput("f", "1"), new TableOutput("g", "K")),
                new double[][] {tabulate(axes, SurrogateTableTest::multilinear), tabulate(axes, p -> 4 - p[1])}, null);
        TableWorkspace ws = t.workspace();
        double[] v = new double[2];
        double[] e = new double[2];
        SplittableRandom r = new SplittableRandom(7);
        double[] p = new double[3];
        for (int i = 0; i < 10_000; i++) {
            p[0] = r.nextDouble(-1, 2);
            p[1] = r.nextDouble(0, 3);
            p[2] = Math.exp(r.nextDouble(Math.log(1e-3), 0));
            assertEquals(SurrogateTable.INSIDE, t.lookup(p, ws, v, e));
            assertEquals(multilinear(p), v[0], 1e-12 * 20);
            assertEquals(4 - p[1], v[1], 1e-13);
            assertTrue(Double.isNaN(e[0]), "no bounds were given");
        }
        // grid points and the table's far corner are exact
        assertEquals(SurrogateTable.INSIDE, t.lookup(new double[] {2, 3, 1}, ws, v, null));
        assertEquals(multilinear(new double[] {2, 3, 1}), v[0], 1e-14);
    }

    @Test
    void aSaddlesExactBoundHoldsEverywhereAndIsReached() {
        // f = x^2 - y^2: linear interpolation along x errs by (x-a)(b-x) <= hx^2/4, along y the opposite sign;
        // at a cell's centre the two cancel when hx = hy, the largest error |f - I f| is max(hx, hy)^2 / 4
        TableAxis x = new TableAxis("x", AxisScale.LINEAR, new double[] {0, 0.5, 1, 2});
        TableAxis y = new TableAxis("y", AxisScale.LINEAR, new double[] {0, 0.5, 1.5, 2});
        List<TableAxis> axes = List.of(x, y);
        double[] bound = new double[3 * 3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                double hx = x.value(i + 1) - x.value(i);
                double hy = y.value(k + 1) - y.value(k);
                bound[i * 3 + k] = Math.max(hx * hx, hy * hy) / 4;
            }
        }
        SurrogateTable t = SurrogateTable.of(axes, List.of(new TableOutput("f", "1")),
                new double[][] {tabulate(axes, p -> p[0] * p[0] - p[1] * p[1])}, new double[][] {bound});
        TableWorkspace ws = t.workspace();
        double[] v = new double[1];
        double[] e = new double[1];
        SplittableRandom r = new SplittableRandom(11);
        double[] p = new double[2];
        for (int i = 0; i < 20_000; i++) {
            p[0] = r.nextDouble(0, 2);
            p[1] = r.nextDouble(0, 2);
            t.lookup(p, ws, v, e);
            double exact = p[0] * p[0] - p[1] * p[1];
            assertTrue(Math.abs(v[0] - exact) <= e[0] * (1 + 1e-12), "bound broken at " + p[0] + ", " + p[1]);
        }
        // the bound is reached at the midpoint of the cell's longer edges: cell (2, 0) has hx = 1, hy = 0.5
        t.lookup(new double[] {1.5, 0}, ws, v, e);
        assertEquals(0.25, e[0], 0);
        assertEquals(0.25, Math.abs(v[0] - 1.5 * 1.5), 1e-14);
        assertEquals(2 * 3 + 0, t.cellOf(ws));
    }

    @Test
    void pointsOutsideAreReportedByAxis() {
        List<TableAxis> axes = List.of(X, Y, Z);
        SurrogateTable t = SurrogateTable.of(axes, List.of(new TableOutput("f", "1")),
                new double[][] {tabulate(axes, SurrogateTableTest::multilinear)}, null);
        TableWorkspace ws = t.workspace();
        double[] v = {42};
        assertEquals(0, t.lookup(new double[] {-1.0001, 1, 0.1}, ws, v, null));
        assertEquals(0, t.lookup(new double[] {Math.nextUp(2.0), 1, 0.1}, ws, v, null));
        assertEquals(1, t.lookup(new double[] {0, -1e-300, 0.1}, ws, v, null));
        assertEquals(1, t.lookup(new double[] {0, Double.NaN, 0.1}, ws, v, null));
        assertEquals(2, t.lookup(new double[] {0, 1, 0}, ws, v, null));
        assertEquals(2, t.lookup(new double[] {0, 1, -0.5}, ws, v, null));
        assertEquals(2, t.lookup(new double[] {0, 1, Double.POSITIVE_INFINITY}, ws, v, null));
        assertEquals(42, v[0], "nothing is written for a point outside");
        assertEquals(SurrogateTable.INSIDE, t.lookup(new double[] {-1, 0, 1e-3}, ws, v, null));
    }

    @Test
    void aCornerWithoutValueMakesItsCellsNaNButNotItsNeighbours() {
        TableAxis a = new TableAxis("a", AxisScale.LINEAR, new double[] {0, 1, 2});
        SurrogateTable t = SurrogateTable.of(List.of(a), List.of(new TableOutput("f", "1")),
                new double[][] {{0, 1, Double.NaN}}, new double[][] {{0.1, 0.2}});
        double[] v = new double[1];
        double[] e = new double[1];
        t.lookup(new double[] {1.5}, t.workspace(), v, e);
        assertTrue(Double.isNaN(v[0]));
        t.lookup(new double[] {1}, t.workspace(), v, e);
        assertEquals(1, v[0], 0, "a grid point reads no value across its face");
        assertEquals(0.2, e[0], 0, "the upper cell is chosen on a shared face");
    }

    @Test
    void aFolderWrittenByItsDocumentedLayoutLoads(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("table.json"), """
                {"axes": [{"name": "c0", "scale": "linear", "values": [0.1, 0.5, 0.9]},
                          {"name": "soret", "scale": "log", "values": [1e-3, 1e-2]}],
                 "outputs": [{"name": "separation", "unit": "as c", "file": "separation.f64",
                              "error_file": "separation.err.f64"}],
                 "spec": {"name": "t\\u00e9st \\"q\\"", "nested": [true, false, null, -0.5E-3]},
                 "versions": {"soret_study": "x"}}
                """);
        Files.write(dir.resolve("separation.f64"), TableFiles.encode(new double[] {1, 2, 3, 4, 5, 6}));
        Files.write(dir.resolve("separation.err.f64"), TableFiles.encode(new double[] {0.01, 0.02}));
        SurrogateTable t = SurrogateTable.load(dir);
        assertEquals(List.of("c0", "soret"), t.axes().stream().map(TableAxis::name).toList());
        assertEquals(AxisScale.LOG, t.axes().get(1).scale());
        assertEquals("as c", t.outputs().get(0).unit());
        double[] v = new double[1];
        double[] e = new double[1];
        // c0 = 0.7 is halfway in cell 1; soret = sqrt(1e-3 * 1e-2) is halfway in ln soret
        assertEquals(SurrogateTable.INSIDE, t.lookup(new double[] {0.7, Math.sqrt(1e-5)}, t.workspace(), v, e));
        assertEquals((3 + 4 + 5 + 6) / 4.0, v[0], 1e-12);
        assertEquals(0.02, e[0], 0);

        Files.write(dir.resolve("separation.err.f64"), TableFiles.encode(new double[] {0.01}));
        IOException wrong = assertThrows(IOException.class, () -> SurrogateTable.load(dir));
        assertTrue(wrong.getMessage().contains("1 error bounds for 2 cells"), wrong.getMessage());
        Files.writeString(dir.resolve("table.json"), "{\"axes\": [}");
        assertTrue(assertThrows(IOException.class, () -> SurrogateTable.load(dir)).getMessage().contains("offset 10"));
    }

    @Test
    void aLookupAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<TableAxis> axes = List.of(X, Y, Z);
        SurrogateTable t = SurrogateTable.of(axes, List.of(new TableOutput("f", "1")),
                new double[][] {tabulate(axes, SurrogateTableTest::multilinear)}, null);
        TableWorkspace ws = t.workspace();
        double[] p = {0.3, 1.2, 0.05};
        double[] v = new double[1];
        double[] e = new double[1];
        double sink = 0;
        for (int i = 0; i < 20_000; i++) {
            p[0] = -1 + (i % 300) * 0.01;
            t.lookup(p, ws, v, e);
            sink += v[0];
        }
        long tid = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(tid);
        for (int i = 0; i < 100_000; i++) {
            p[0] = -1 + (i % 300) * 0.01;
            t.lookup(p, ws, v, e);
            sink += v[0];
        }
        long after = threads.getThreadAllocatedBytes(tid);
        assertTrue(sink != 0);
        assertEquals(0, (after - before) / 100_000);
    }
}
