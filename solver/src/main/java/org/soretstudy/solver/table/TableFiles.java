package org.soretstudy.solver.table;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The documented file layout of a table folder (contract section 4): {@code table.json}, and per output
 * {@code NAME.f64} (a value per grid point) and {@code NAME.err.f64} (an error bound per cell), both raw
 * little-endian IEEE float64 in C order over the axes as listed (the first axis varies slowest), no header.
 */
public final class TableFiles {
    public static final String TABLE_JSON = "table.json";

    private TableFiles() { }

    public static String valueFile(String output) { return output + ".f64"; }

    public static String errorFile(String output) { return output + ".err.f64"; }

    /** The bytes of a {@code .f64} file. */
    public static byte[] encode(double[] values) {
        ByteBuffer b = ByteBuffer.allocate(Math.multiplyExact(values.length, Double.BYTES)).order(ByteOrder.LITTLE_ENDIAN);
        b.asDoubleBuffer().put(values);
        return b.array();
    }

    /** The values of a {@code .f64} file's bytes (a length not a multiple of 8 is an error). */
    public static double[] decode(byte[] bytes) {
        if (bytes.length % Double.BYTES != 0) {
            throw new IllegalArgumentException(bytes.length + " bytes is not a whole number of float64 values");
        }
        double[] v = new double[bytes.length / Double.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(v);
        return v;
    }
}
