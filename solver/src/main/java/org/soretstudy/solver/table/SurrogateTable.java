package org.soretstudy.solver.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.soretstudy.solver.json.StrictJson;

/**
 * A surrogate table (contract section 4): outputs of the cell tabulated on a grid of inputs, read back and
 * interpolated multilinearly (in ln x along log axes), with the error bound stored for each cell.
 *
 * <p>A lookup writes into caller-supplied arrays and a {@link TableWorkspace}, so it allocates nothing; it costs
 * one binary search per axis and 2^d corner reads per output. A point outside the table (or a NaN or, on a log
 * axis, a non-positive coordinate) is reported by the return value, never thrown, so the caller can reject it.
 * A value is NaN when a corner of its cell holds NaN (the solver's row there was not ok); a bound is NaN when the
 * cell has none. Immutable and thread-safe; one workspace per thread.
 */
public final class SurrogateTable implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** {@link #lookup} returns this for a point inside the table. */
    public static final int INSIDE = -1;

    private final List<TableAxis> axes;
    private final List<TableOutput> outputs;
    private final AxisScale[] scales;
    /** Per axis, the grid in interpolation coordinates (ln x on log axes). */
    private final double[][] coordinates;
    private final int[] pointStride;
    private final int[] cellStride;
    private final double[][] values;
    private final double[][] errors;

    private SurrogateTable(List<TableAxis> axes, List<TableOutput> outputs, double[][] values, double[][] errors) {
        this.axes = List.copyOf(axes);
        this.outputs = List.copyOf(outputs);
        int d = this.axes.size();
        if (d == 0) {
            throw new IllegalArgumentException("a table needs at least one axis");
        }
        scales = new AxisScale[d];
        coordinates = new double[d][];
        pointStride = new int[d];
        cellStride = new int[d];
        long points = 1;
        long cells = 1;
        for (int j = d - 1; j >= 0; j--) {
            TableAxis a = this.axes.get(j);
            scales[j] = a.scale();
            coordinates[j] = new double[a.size()];
            for (int k = 0; k < a.size(); k++) {
                coordinates[j][k] = a.scale().coordinate(a.value(k));
            }
            pointStride[j] = Math.toIntExact(points);
            cellStride[j] = Math.toIntExact(cells);
            points = Math.multiplyExact(points, a.size());
            cells = Math.multiplyExact(cells, a.size() - 1);
        }
        Math.toIntExact(points); // values are int-indexed: a table holds at most 2^31 - 1 points
        if (values.length != this.outputs.size() || (errors != null && errors.length != this.outputs.size())) {
            throw new IllegalArgumentException("one value array (and one error array) per output");
        }
        this.values = new double[values.length][];
        this.errors = new double[values.length][];
        for (int o = 0; o < values.length; o++) {
            if (values[o].length != points) {
                throw new IllegalArgumentException("output " + this.outputs.get(o).name() + ": " + values[o].length
                        + " values for " + points + " grid points");
            }
            this.values[o] = values[o].clone();
            if (errors == null) {
                this.errors[o] = new double[(int) cells];
                java.util.Arrays.fill(this.errors[o], Double.NaN);
            } else if (errors[o].length != cells) {
                throw new IllegalArgumentException("output " + this.outputs.get(o).name() + ": " + errors[o].length
                        + " error bounds for " + cells + " cells");
            } else {
                this.errors[o] = errors[o].clone();
            }
        }
    }

    /**
     * A table from its parts.
     *
     * @param values per output, the value at every grid point in C order (first axis slowest)
     * @param errors per output, the bound of every cell in C order, or null when there are none yet (NaN bounds)
     */
    public static SurrogateTable of(List<TableAxis> axes, List<TableOutput> outputs, double[][] values, double[][] errors) {
        return new SurrogateTable(axes, outputs, values, errors);
    }

    /**
     * Loads a table folder: {@code table.json} and the {@code .f64} files it names.
     *
     * @throws IOException a missing file, malformed JSON, or a file whose size does not match the axes (the
     *                     message names the file)
     */
    public static SurrogateTable load(Path dir) throws IOException {
        Path json = dir.resolve(TableFiles.TABLE_JSON);
        Map<?, ?> root;
        try {
            root = asMap(StrictJson.parse(Files.readString(json, StandardCharsets.UTF_8)), "the document");
        } catch (IllegalArgumentException e) {
            throw new IOException(json + ": " + e.getMessage(), e);
        }
        try {
            List<TableAxis> axes = new ArrayList<>();
            for (Object a : asList(root.get("axes"), "axes")) {
                Map<?, ?> m = asMap(a, "an axis");
                String name = asString(m.get("name"), "axes[].name");
                AxisScale scale = AxisScale.fromKey(asString(m.get("scale"), "axes[].scale"));
                if (scale == null) {
                    throw new IllegalArgumentException("axis " + name + ": scale must be linear or log, is " + m.get("scale"));
                }
                List<?> v = asList(m.get("values"), "axes[].values");
                double[] values = new double[v.size()];
                for (int k = 0; k < values.length; k++) {
                    if (!(v.get(k) instanceof Double x)) {
                        throw new IllegalArgumentException("axis " + name + ": value " + k + " is not a number");
                    }
                    values[k] = x;
                }
                axes.add(new TableAxis(name, scale, values));
            }
            List<TableOutput> outputs = new ArrayList<>();
            List<?> declared = asList(root.get("outputs"), "outputs");
            double[][] values = new double[declared.size()][];
            double[][] errors = new double[declared.size()][];
            for (int o = 0; o < declared.size(); o++) {
                Map<?, ?> m = asMap(declared.get(o), "an output");
                outputs.add(new TableOutput(asString(m.get("name"), "outputs[].name"), asString(m.get("unit"), "outputs[].unit")));
                values[o] = TableFiles.decode(Files.readAllBytes(dir.resolve(asString(m.get("file"), "outputs[].file"))));
                errors[o] = TableFiles.decode(Files.readAllBytes(dir.resolve(asString(m.get("error_file"), "outputs[].error_file"))));
            }
            return new SurrogateTable(axes, outputs, values, errors);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IOException(dir + ": not a valid table: " + e.getMessage(), e);
        }
    }

    public List<TableAxis> axes() { return axes; }

    public List<TableOutput> outputs() { return outputs; }

    public int dimension() { return axes.size(); }

    /** Grid points (per output). */
    public int points() { return values.length == 0 ? pointCount() : values[0].length; }

    /** Cells: the product of (points - 1) over the axes. */
    public int cells() {
        int n = 1;
        for (TableAxis a : axes) {
            n *= a.size() - 1;
        }
        return n;
    }

    /** Index of an output by name, or -1. */
    public int outputIndex(String name) {
        for (int o = 0; o < outputs.size(); o++) {
            if (outputs.get(o).name().equals(name)) {
                return o;
            }
        }
        return -1;
    }

    /** Value of output {@code o} at the grid point of flat C-order index {@code point}. */
    public double value(int o, int point) { return values[o][point]; }

    /** Error bound of output {@code o} in the cell of flat C-order index {@code cell}. */
    public double errorBound(int o, int cell) { return errors[o][cell]; }

    /** A workspace for this table's lookups (one per thread). */
    public TableWorkspace workspace() { return new TableWorkspace(axes.size()); }

    /**
     * Interpolates every output at a point.
     *
     * @param point  one coordinate per axis, in the order of {@link #axes()}
     * @param ws     this table's workspace (from {@link #workspace()})
     * @param values receives one interpolated value per output, in the order of {@link #outputs()}
     * @param errors receives the bound of the point's cell per output (may be null when not wanted)
     * @return {@link #INSIDE}, or the index of the first axis on which the point lies outside the table (the
     *         coordinate is then below the first or above the last value, NaN, or not positive on a log axis);
     *         nothing is written in that case
     */
    public int lookup(double[] point, TableWorkspace ws, double[] values, double[] errors) {
        int d = coordinates.length;
        int base = 0;
        int cell = 0;
        for (int j = 0; j < d; j++) {
            double x = point[j];
            double u = scales[j] == AxisScale.LOG ? (x > 0 ? Math.log(x) : Double.NaN) : x;
            double[] c = coordinates[j];
            int last = c.length - 1;
            if (!(u >= c[0] && u <= c[last])) {
                return j;
            }
            int k = locate(c, u);
            ws.cell[j] = k;
            ws.weight[j] = Math.min(1.0, (u - c[k]) / (c[k + 1] - c[k]));
            base += k * pointStride[j];
            cell += k * cellStride[j];
        }
        int outs = this.values.length;
        for (int o = 0; o < outs; o++) {
            values[o] = 0;
        }
        for (int corner = 0, corners = 1 << d; corner < corners; corner++) {
            double w = 1;
            int offset = base;
            for (int j = 0; j < d; j++) {
                if ((corner >> (d - 1 - j) & 1) == 0) {
                    w *= 1 - ws.weight[j];
                } else {
                    w *= ws.weight[j];
                    offset += pointStride[j];
                }
            }
            if (w == 0) {
                continue; // a point on a face does not read (possibly NaN) values across it
            }
            for (int o = 0; o < outs; o++) {
                values[o] += w * this.values[o][offset];
            }
        }
        if (errors != null) {
            for (int o = 0; o < outs; o++) {
                errors[o] = this.errors[o][cell];
            }
        }
        return INSIDE;
    }

    /** Cell of the last successful lookup with {@code ws}, as a flat C-order cell index. */
    public int cellOf(TableWorkspace ws) {
        int cell = 0;
        for (int j = 0; j < cellStride.length; j++) {
            cell += ws.cell[j] * cellStride[j];
        }
        return cell;
    }

    /** Largest k in [0, n-2] with c[k] <= u, for c[0] <= u <= c[n-1]. */
    private static int locate(double[] c, double u) {
        int lo = 0;
        int hi = c.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (c[mid] <= u) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int pointCount() {
        int n = 1;
        for (TableAxis a : axes) {
            n *= a.size();
        }
        return n;
    }

    private static Map<?, ?> asMap(Object v, String what) {
        if (v instanceof Map<?, ?> m) {
            return m;
        }
        throw new IllegalArgumentException(what + " must be a JSON object");
    }

    private static List<?> asList(Object v, String what) {
        if (v instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException(what + " must be a JSON array");
    }

    private static String asString(Object v, String what) {
        if (v instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(what + " must be a string");
    }
}
