package org.soretstudy.io;

import java.nio.charset.StandardCharsets;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.Reason;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.Status;

/**
 * The fast writer of one {@code solve} result line: the same JSON text as {@link CellJson#write} (same keys, same
 * order, no spaces), appended as bytes with no object per field. It writes only what it can write exactly: a
 * reason whose strings are printable ASCII, and finite numbers; otherwise it leaves the sink as it was and returns
 * false, and the caller writes the line with {@link CellJson#write}.
 */
public final class ResultLineWriter {
    private static final byte[] ID = ascii("{\"id\":");
    private static final byte[] NULL = ascii("null");
    private static final byte[] STATUS = ascii(",\"status\":\"");
    private static final byte[] REASON_NULL = ascii("\",\"reason\":null");
    private static final byte[] REASON_CODE = ascii("\",\"reason\":{\"code\":\"");
    private static final byte[] REASON_FIELD = ascii("\",\"field\":");
    private static final byte[] REASON_MESSAGE = ascii(",\"message\":");
    private static final byte[][] FIELDS = fields();
    private static final byte[] SEPARATION_AT = ascii(",\"separation_at\":");
    private static final byte[] CONVECTION = ascii(",\"convection\":");
    private static final byte[] END = ascii("}\n");

    private ResultLineWriter() { }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[][] fields() {
        byte[][] f = new byte[OutputField.ALL.length][];
        for (OutputField o : OutputField.ALL) {
            f[o.ordinal()] = ascii(",\"" + o.key() + "\":");
        }
        return f;
    }

    /**
     * Appends one result line (with its {@code \n}) to {@code out}.
     *
     * @param idBytes the raw JSON of the id (plain: an integer, a string without escape, true or false), or null
     * @return false, with {@code out} unchanged, when the line needs the full writer
     */
    public static boolean write(ResultBuffer r, byte[] idBytes, int idStart, int idEnd, ByteSink out) {
        int mark = out.size();
        out.append(ID);
        if (idBytes == null || idStart < 0) {
            out.append(NULL);
        } else {
            out.append(idBytes, idStart, idEnd - idStart);
        }
        out.append(STATUS).appendAscii(r.status().key());
        Reason why = r.reason();
        if (why == null) {
            out.append(REASON_NULL);
        } else {
            out.append(REASON_CODE).appendAscii(why.code().key()).append(REASON_FIELD);
            if (!string(why.field(), out)) {
                out.truncate(mark);
                return false;
            }
            out.append(REASON_MESSAGE);
            if (!string(why.message(), out)) {
                out.truncate(mark);
                return false;
            }
            out.append((byte) '}');
        }
        for (OutputField f : OutputField.ALL) {
            out.append(FIELDS[f.ordinal()]);
            if (!number(r.get(f), out)) {
                out.truncate(mark);
                return false;
            }
        }
        out.append(SEPARATION_AT);
        int n = r.separationAtCount();
        if (n < 0) {
            out.append(NULL);
        } else {
            out.append((byte) '[');
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    out.append((byte) ',');
                }
                double v = r.separationAt(i);
                if (!Double.isFinite(v)) {
                    out.truncate(mark);
                    return false; // the full writer quotes NaN and infinities inside an array
                }
                out.appendDouble(v);
            }
            out.append((byte) ']');
        }
        out.append(CONVECTION);
        if (r.status() == Status.OK) {
            out.append((byte) '"').appendAscii(r.convection().key()).append((byte) '"');
        } else {
            out.append(NULL);
        }
        out.append(END);
        return true;
    }

    /** NaN is "does not apply": null; an infinity is left to the full writer. */
    private static boolean number(double v, ByteSink out) {
        if (Double.isNaN(v)) {
            out.append(NULL);
            return true;
        }
        if (Double.isInfinite(v)) {
            return false;
        }
        out.appendDouble(v);
        return true;
    }

    /** A JSON string of printable ASCII, escaping quote and backslash as Jackson does; false for anything else. */
    private static boolean string(String s, ByteSink out) {
        out.append((byte) '"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
            if (c == '"' || c == '\\') {
                out.append((byte) '\\');
            }
            out.append((byte) c);
        }
        out.append((byte) '"');
        return true;
    }
}
