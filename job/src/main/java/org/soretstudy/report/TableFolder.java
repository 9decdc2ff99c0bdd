package org.soretstudy.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.soretstudy.error.UserException;

/**
 * The {@code table/} folder of a table study (contract section 4): the axes from {@code table.json} and, per
 * output, its error bound per cell read from {@code NAME.err.f64} (little-endian float64, C order, one fewer
 * point per axis than the grid).
 */
record TableFolder(List<Axis> axes, List<Output> outputs) {
    static final String DIR = "table";
    static final String INDEX = "table.json";

    /** One axis: a parameter's grid values, ascending. */
    record Axis(String name, boolean log, double[] values) { }

    /** One tabulated output and its error bound per cell, flat in C order over the cells. */
    record Output(String name, String unit, double[] errors) { }

    /** Reads {@code OUT/table/} when {@code table.json} is there, else null. */
    static TableFolder readIfPresent(FileSystem fs, Path root, String out) throws IOException {
        Path dir = new Path(root, DIR);
        Path index = new Path(dir, INDEX);
        if (!fs.exists(index)) {
            return null;
        }
        JsonNode t = StudyFolder.json(fs, index, out);
        List<Axis> axes = new ArrayList<>();
        long cells = 1;
        for (JsonNode a : t.path("axes")) {
            JsonNode v = a.path("values");
            double[] values = new double[v.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = v.get(i).asDouble(Double.NaN);
                if (!Double.isFinite(values[i]) || (i > 0 && !(values[i] > values[i - 1]))) {
                    throw bad("axes[" + axes.size() + "].values", v.toString(), "finite values in ascending order");
                }
            }
            if (values.length < 2) {
                throw bad("axes[" + axes.size() + "].values", v.toString(), "at least two points per axis");
            }
            axes.add(new Axis(a.path("name").asText(), "log".equals(a.path("scale").asText()), values));
            cells *= values.length - 1;
        }
        if (axes.isEmpty()) {
            throw bad("axes", t.path("axes").toString(), "at least one axis");
        }
        List<Output> outputs = new ArrayList<>();
        for (JsonNode o : t.path("outputs")) {
            String file = o.path("error_file").asText();
            if (file.isEmpty() || file.contains("/")) {
                throw bad("outputs[" + outputs.size() + "].error_file", file, "a file name inside table/");
            }
            outputs.add(new Output(o.path("name").asText(), o.path("unit").asText(""), readFloat64(fs, new Path(dir, file), cells)));
        }
        return new TableFolder(List.copyOf(axes), List.copyOf(outputs));
    }

    private static double[] readFloat64(FileSystem fs, Path file, long cells) throws IOException {
        long size = fs.getFileStatus(file).getLen();
        if (size != cells * Double.BYTES || cells > Integer.MAX_VALUE) {
            throw bad(file.getName(), size + " bytes", (cells * Double.BYTES) + " bytes: one float64 per cell of the axes in table.json");
        }
        byte[] bytes;
        try (InputStream in = fs.open(file)) {
            bytes = in.readAllBytes();
        }
        double[] v = new double[(int) cells];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(v);
        return v;
    }

    private static UserException bad(String field, String value, String allowed) {
        return new UserException(DIR + "/" + INDEX + ": " + field, value, allowed);
    }

    /**
     * The bound over the cells of axes {@code ax} and {@code ay}, the largest over every other axis (the worst
     * cell a lookup at that (x, y) could fall in): {@code [cell along ax][cell along ay]}. NaN only where every
     * cell is NaN.
     */
    double[][] worstOver(Output output, int ax, int ay) {
        int d = axes.size();
        int[] n = new int[d];
        for (int k = 0; k < d; k++) {
            n[k] = axes.get(k).values().length - 1;
        }
        double[][] grid = new double[n[ax]][ay < 0 ? 1 : n[ay]];
        for (double[] row : grid) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        int[] index = new int[d];
        double[] e = output.errors();
        for (int flat = 0; flat < e.length; flat++) {
            // C order: the last axis varies fastest
            int rest = flat;
            for (int k = d - 1; k >= 0; k--) {
                index[k] = rest % n[k];
                rest /= n[k];
            }
            int j = ay < 0 ? 0 : index[ay];
            double v = e[flat];
            if (!Double.isNaN(v) && !(grid[index[ax]][j] >= v)) {
                grid[index[ax]][j] = v;
            }
        }
        return grid;
    }
}
