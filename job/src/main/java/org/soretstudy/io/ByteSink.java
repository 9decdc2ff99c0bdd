package org.soretstudy.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte array that JSON text is appended to, ASCII by ASCII, so that writing a result line costs no
 * per-field object. Numbers are written in their shortest round-trip form (see {@link #appendDouble}).
 */
public final class ByteSink {
    private static final int MAX_DOUBLE_CHARS = 25; // -d.ddddddddddddddddE-324 is 24
    private byte[] bytes;
    private int size;

    public ByteSink(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    public int size() { return size; }

    /** Drops everything after the first {@code newSize} bytes (to undo a line that was not finished). */
    public void truncate(int newSize) {
        size = newSize;
    }

    public void clear() {
        size = 0;
    }

    public byte[] array() { return bytes; }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    public ByteSink append(byte b) {
        ensure(1);
        bytes[size++] = b;
        return this;
    }

    public ByteSink append(byte[] b) {
        return append(b, 0, b.length);
    }

    public ByteSink append(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
        return this;
    }

    /** Appends a string known to hold only ASCII characters. */
    public ByteSink appendAscii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[size++] = (byte) s.charAt(i);
        }
        return this;
    }

    /**
     * Appends a finite double in Java's {@code Double.toString} layout (plain from 1e-3 to 1e7, else
     * {@code d.dddE±n}) with the shortest digits that parse back to the same double ({@link ShortestDouble}, the
     * text Java 19+ prints): Java 17's own {@code Double.toString} is several times slower and sometimes prints a
     * digit or two more than needed.
     */
    public ByteSink appendDouble(double v) {
        ensure(MAX_DOUBLE_CHARS);
        size = ShortestDouble.write(v, bytes, size);
        return this;
    }

    public void writeTo(OutputStream out, int off, int len) throws IOException {
        out.write(bytes, off, len);
    }
}
