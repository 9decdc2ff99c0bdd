package org.soretstudy.io;

import com.fasterxml.jackson.core.io.NumberInput;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.Closure;
import org.soretstudy.solver.InitialTemperature;
import org.soretstudy.solver.Mode;
import org.soretstudy.solver.NumericInput;
import org.soretstudy.solver.SoretModel;
import org.soretstudy.solver.ThermalBc;
import org.soretstudy.solver.ThermoModel;

/**
 * The fast reader of one {@code solve} line: straight from the UTF-8 bytes into a {@link CellParameters.Builder},
 * with no tree and no object per field. It reads only the common, well-formed case: one JSON object of known,
 * distinct keys whose values are numbers, plain ASCII strings (no escape), {@code times} arrays and nulls, with an
 * {@code id} that is null, true, false, an integer of at most 18 digits or a plain ASCII string. Anything else (a
 * syntax error, an unknown or repeated key, a wrong type, {@code gas}, an escaped string, a big or odd number)
 * returns false, and the caller reads the line again with the full JSON reader ({@link CellJson}), which gives the
 * rejected result with its exact reason. When it returns true the builder holds exactly what {@link CellJson}
 * would have put there: the keys in the same order, integers converted as Jackson's int/long nodes do, other
 * numbers correctly rounded as {@code Double.parseDouble} does (Jackson's bundled FastDoubleParser).
 */
public final class CellLineParser {
    private static final int ID = NumericInput.ALL.length;
    private static final int THERMAL_BC = ID + 1;
    private static final int CLOSURE = ID + 2;
    private static final int SORET_MODEL = ID + 3;
    private static final int THERMO = ID + 4;
    private static final int INITIAL_TEMPERATURE = ID + 5;
    private static final int MODE = ID + 6;
    private static final int TIMES = ID + 7;
    private static final int CELLS = ID + 8;
    private static final int GAS = ID + 9;
    private static final byte[][] KEYS = keys();
    /** The enumerations of keys THERMAL_BC..MODE, in that order, and their JSON values as bytes. */
    private static final Enum<?>[][] ENUMS = {ThermalBc.values(), Closure.values(), SoretModel.values(), ThermoModel.values(),
        InitialTemperature.values(), Mode.values()};
    private static final byte[][][] ENUM_KEYS = enumKeys();
    private static final int TABLE_BITS = 7;
    private static final int[] TABLE = table(); // open addressing: key hash -> key code + 1 (0 = empty)
    private static final int MAX_INTEGER_DIGITS = 18; // fits a long with room: Jackson's int/long node range
    private static final int MAX_NUMBER_CHARS = 500; // longer ones go to the full reader (Jackson refuses past 1000)

    private byte[] b;
    private int p;
    private int end;
    private int idStart;
    private int idEnd;
    private long seen;
    private double number;
    private final char[] chars = new char[MAX_NUMBER_CHARS];
    private double[] times = new double[8];

    private static byte[][] keys() {
        byte[][] k = new byte[GAS + 1][];
        for (NumericInput in : NumericInput.ALL) {
            k[in.ordinal()] = ascii(in.key());
        }
        k[ID] = ascii(CellJson.ID);
        k[THERMAL_BC] = ascii("thermal_bc");
        k[CLOSURE] = ascii("closure");
        k[SORET_MODEL] = ascii("soret_model");
        k[THERMO] = ascii("thermo");
        k[INITIAL_TEMPERATURE] = ascii("initial_temperature");
        k[MODE] = ascii("mode");
        k[TIMES] = ascii("times");
        k[CELLS] = ascii("cells");
        k[GAS] = ascii("gas");
        return k;
    }

    private static byte[][][] enumKeys() {
        byte[][][] k = new byte[ENUMS.length][][];
        for (int e = 0; e < ENUMS.length; e++) {
            k[e] = new byte[ENUMS[e].length][];
            for (int i = 0; i < ENUMS[e].length; i++) {
                Enum<?> c = ENUMS[e][i];
                String key = c instanceof ThermalBc x ? x.key() : c instanceof Closure x ? x.key() : c instanceof SoretModel x ? x.key()
                        : c instanceof ThermoModel x ? x.key() : c instanceof InitialTemperature x ? x.key() : ((Mode) c).key();
                k[e][i] = ascii(key);
            }
        }
        return k;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static int hash(byte[] a, int off, int len) {
        int h = len;
        for (int i = 0; i < len; i++) {
            h = h * 31 + a[off + i];
        }
        return (h ^ (h >>> 7) ^ (h >>> 14)) & ((1 << TABLE_BITS) - 1);
    }

    private static int[] table() {
        int[] t = new int[1 << TABLE_BITS];
        for (int code = 0; code < KEYS.length; code++) {
            int slot = hash(KEYS[code], 0, KEYS[code].length);
            while (t[slot] != 0) {
                slot = (slot + 1) & (t.length - 1);
            }
            t[slot] = code + 1;
        }
        return t;
    }

    /** Start of the raw {@code id} value on the last line read, or -1 when it was absent or null. */
    public int idStart() { return idStart; }

    /** End (exclusive) of the raw {@code id} value: plain JSON that is echoed byte for byte. */
    public int idEnd() { return idEnd; }

    /**
     * Reads {@code len} bytes of {@code buf} from {@code off} (one line, without its end) into {@code out}.
     *
     * @return true when the line was read completely; false when it needs the full reader (then {@code out} holds
     *     some of the line's values and must be reset before that)
     */
    public boolean parse(byte[] buf, int off, int len, CellParameters.Builder out) {
        b = buf;
        p = off;
        end = off + len;
        idStart = -1;
        idEnd = -1;
        seen = 0;
        skipSpace();
        if (!take('{')) {
            return false;
        }
        skipSpace();
        if (!take('}')) {
            do {
                skipSpace();
                int code = key();
                if (code < 0 || (seen & (1L << code)) != 0) {
                    return false; // unknown or repeated key: the full reader keeps the last value, and names the error
                }
                seen |= 1L << code;
                skipSpace();
                if (!take(':')) {
                    return false;
                }
                skipSpace();
                if (!value(code, out)) {
                    return false;
                }
                skipSpace();
            } while (take(','));
            if (!take('}')) {
                return false;
            }
        }
        skipSpace();
        return p == end;
    }

    private void skipSpace() {
        while (p < end && (b[p] == ' ' || b[p] == '\t' || b[p] == '\r' || b[p] == '\n')) {
            p++;
        }
    }

    private boolean take(char c) {
        if (p < end && b[p] == c) {
            p++;
            return true;
        }
        return false;
    }

    /** A plain string (printable ASCII, no escape): leaves p after its closing quote; -1 if not one. */
    private int plainStringEnd() {
        if (p >= end || b[p] != '"') {
            return -1;
        }
        for (int i = p + 1; i < end; i++) {
            byte c = b[i];
            if (c == '"') {
                return i;
            }
            if (c < 0x20 || c > 0x7e || c == '\\') {
                return -1;
            }
        }
        return -1;
    }

    private int key() {
        int close = plainStringEnd();
        if (close < 0) {
            return -1;
        }
        int from = p + 1;
        int len = close - from;
        p = close + 1;
        for (int slot = hash(b, from, len); TABLE[slot] != 0; slot = (slot + 1) & (TABLE.length - 1)) {
            if (matches(KEYS[TABLE[slot] - 1], from, len)) {
                return TABLE[slot] - 1;
            }
        }
        return -1;
    }

    /** The bytes from {@code from} spell {@code word} (keys are short: a plain loop beats a vectorised compare). */
    private boolean matches(byte[] word, int from, int len) {
        if (word.length != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (word[i] != b[from + i]) {
                return false;
            }
        }
        return true;
    }

    private boolean literal(String word) {
        int n = word.length();
        if (end - p < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b[p + i] != word.charAt(i)) {
                return false;
            }
        }
        if (p + n < end && !delimiter(b[p + n])) {
            return false;
        }
        p += n;
        return true;
    }

    private static boolean delimiter(byte c) {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private boolean value(int code, CellParameters.Builder out) {
        if (literal("null")) {
            return true; // "not given", as in CellJson; a null id is echoed as null
        }
        if (code < ID) {
            if (!number()) {
                return false;
            }
            out.set(NumericInput.ALL[code], this.number);
            return true;
        }
        if (code == ID) {
            return id();
        }
        if (code == TIMES) {
            return times(out);
        }
        if (code == CELLS) {
            return cells(out);
        }
        return code != GAS && enumValue(code, out); // gas: the full reader
    }

    private boolean id() {
        int start = p;
        int close = plainStringEnd();
        if (close >= 0) {
            p = close + 1;
        } else if (!literal("true") && !literal("false")) {
            boolean negative = take('-');
            int digits = digits();
            // an integer token only (Jackson prints -0 as 0, and reformats fractions: the full reader does those)
            if (digits < 1 || digits > MAX_INTEGER_DIGITS || (digits > 1 && b[p - digits] == '0')
                    || (negative && digits == 1 && b[p - 1] == '0') || (p < end && !delimiter(b[p]))) {
                return false;
            }
        }
        idStart = start;
        idEnd = p;
        return true;
    }

    private int digits() {
        int from = p;
        while (p < end && b[p] >= '0' && b[p] <= '9') {
            p++;
        }
        return p - from;
    }

    /** A JSON number into {@link #number}: integers as Jackson's long nodes convert them, others correctly rounded. */
    private boolean number() {
        int start = p;
        boolean negative = take('-');
        int intStart = p;
        int intDigits = digits();
        if (intDigits < 1 || (intDigits > 1 && b[intStart] == '0')) {
            return false;
        }
        boolean integer = true;
        if (take('.')) {
            integer = false;
            if (digits() < 1) {
                return false;
            }
        }
        if (p < end && (b[p] == 'e' || b[p] == 'E')) {
            integer = false;
            p++;
            if (!take('+')) {
                take('-');
            }
            if (digits() < 1) {
                return false;
            }
        }
        if (p < end && !delimiter(b[p])) {
            return false;
        }
        if (integer) {
            if (intDigits > MAX_INTEGER_DIGITS) {
                return false;
            }
            long v = 0;
            for (int i = intStart; i < p; i++) {
                v = v * 10 + (b[i] - '0');
            }
            number = negative ? -(double) v : (double) v;
            if (negative && v == 0) {
                number = 0.0; // Jackson reads -0 as the int 0
            }
            return true;
        }
        int len = p - start;
        if (len > MAX_NUMBER_CHARS) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            chars[i] = (char) b[start + i];
        }
        number = NumberInput.parseDouble(chars, 0, len, true);
        return Double.isFinite(number);
    }

    private boolean enumValue(int code, CellParameters.Builder out) {
        int close = plainStringEnd();
        if (close < 0) {
            return false;
        }
        int from = p + 1;
        p = close + 1;
        Enum<?>[] constants = ENUMS[code - THERMAL_BC];
        byte[][] keys = ENUM_KEYS[code - THERMAL_BC];
        for (int i = 0; i < keys.length; i++) {
            if (matches(keys[i], from, close - from)) {
                set(constants[i], out);
                return true;
            }
        }
        return false; // an unknown value: the full reader names the allowed ones
    }

    private static void set(Enum<?> e, CellParameters.Builder out) {
        if (e instanceof ThermalBc x) {
            out.thermalBc(x);
        } else if (e instanceof Closure x) {
            out.closure(x);
        } else if (e instanceof SoretModel x) {
            out.soretModel(x);
        } else if (e instanceof ThermoModel x) {
            out.thermo(x);
        } else if (e instanceof InitialTemperature x) {
            out.initialTemperature(x);
        } else {
            out.mode((Mode) e);
        }
    }

    private boolean times(CellParameters.Builder out) {
        if (!take('[')) {
            return false;
        }
        int n = 0;
        skipSpace();
        if (!take(']')) {
            do {
                skipSpace();
                if (!number()) {
                    return false;
                }
                if (n == times.length) {
                    times = Arrays.copyOf(times, 2 * n);
                }
                times[n++] = number;
                skipSpace();
            } while (take(','));
            if (!take(']')) {
                return false;
            }
        }
        out.times(Arrays.copyOf(times, n));
        return true;
    }

    private boolean cells(CellParameters.Builder out) {
        int start = p;
        if (!number() || p - start > 10 || number != Math.rint(number) || number == 0
                || Math.abs(number) > Integer.MAX_VALUE) {
            return false; // 0 and the out-of-int cases carry their own reasons in the full reader
        }
        for (int i = start; i < p; i++) {
            if (b[i] == '.' || b[i] == 'e' || b[i] == 'E') {
                return false; // 64.0 is not an integer node: the full reader rejects it
            }
        }
        out.cells((int) number);
        return true;
    }
}
