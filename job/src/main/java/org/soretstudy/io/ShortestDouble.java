package org.soretstudy.io;

import java.math.BigInteger;

/**
 * Writes a double as the shortest decimal that reads back as the same double, in the layout of Java's
 * {@code Double.toString} (plain from 1e-3 up to 1e7, else {@code d.dddE±n}; at least one digit after the point),
 * straight into a byte array. The algorithm is Schubfach (R. Giulietti, "The Schubfach way to render doubles",
 * 2020; the one Java 19+ uses): the rounding interval of the double is scaled by a 126-bit approximation of a
 * power of ten, and the shortest decimal inside it is the one of s or s+1 (or their multiples of ten) that stays in
 * it. Where two decimals of the least length fit, the one closest to the double wins; a one-digit shortest is
 * written with two digits when that is closer (Java 19's rule, e.g. 9.9E-324).
 */
final class ShortestDouble {
    private static final int P = 53;
    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << (P - 1);
    private static final int BQ_MASK = 0x7ff;
    private static final long T_MASK = (1L << (P - 1)) - 1;
    private static final long C_TINY = 3; // below it a subnormal's significand is scaled by 10 (see toDecimal's dk)
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;
    private static final long MASK_63 = (1L << 63) - 1;
    private static final long[] G1 = new long[K_MAX - K_MIN + 1];
    private static final long[] G0 = new long[K_MAX - K_MIN + 1];

    static {
        // g(k) = floor(10^-k * 2^-r) + 1 with r = flog2pow10(-k) - 125, so that 2^125 <= g < 2^126; split 63 + 63 bits
        for (int k = K_MIN; k <= K_MAX; k++) {
            int r = flog2pow10(-k) - 125;
            BigInteger g;
            if (k <= 0) {
                BigInteger p = BigInteger.TEN.pow(-k);
                g = r >= 0 ? p.shiftRight(r) : p.shiftLeft(-r);
            } else {
                g = BigInteger.ONE.shiftLeft(-r).divide(BigInteger.TEN.pow(k));
            }
            g = g.add(BigInteger.ONE);
            G1[k - K_MIN] = g.shiftRight(63).longValueExact();
            G0[k - K_MIN] = g.longValue() & MASK_63;
        }
    }

    private ShortestDouble() { }

    /** floor(e log10 2), exact for |e| <= 5456721. */
    static int flog10pow2(int e) {
        return (int) (e * 661_971_961_083L >> 41);
    }

    /** floor(e log10 2 + log10 3/4), exact for |e| <= 5456721. */
    static int flog10threeQuartersPow2(int e) {
        return (int) (e * 661_971_961_083L - 274_743_187_321L >> 41);
    }

    /** floor(e log2 10), exact for |e| <= 1838394. */
    static int flog2pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    /**
     * Writes finite {@code v} into {@code out} from {@code at}; returns the end. {@code out} needs 25 bytes of room.
     */
    static int write(double v, byte[] out, int at) {
        long bits = Double.doubleToRawLongBits(v);
        long t = bits & T_MASK;
        int bq = (int) (bits >>> (P - 1)) & BQ_MASK;
        if (bits < 0) {
            out[at++] = '-';
        }
        if (bq != 0) {
            int mq = -Q_MIN + 1 - bq;
            long c = C_MIN | t;
            if (0 < mq && mq < P) { // an integer below 2^53: its own digits are the shortest
                long f = c >> mq;
                if (f << mq == c) {
                    return layout(f, 0, out, at);
                }
            }
            return toDecimal(-mq, c, 0, out, at);
        }
        if (t != 0) {
            return t < C_TINY ? toDecimal(Q_MIN, 10 * t, -1, out, at) : toDecimal(Q_MIN, t, 0, out, at);
        }
        out[at] = '0';
        out[at + 1] = '.';
        out[at + 2] = '0';
        return at + 3;
    }

    private static int toDecimal(int q, long c, int dk, byte[] out, int at) {
        int out1 = (int) c & 1; // an even significand's interval includes its ends
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else { // at a power of two the interval below is half as wide
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        long g1 = G1[k - K_MIN];
        long g0 = G0[k - K_MIN];
        long vb = rop(g1, g0, cb << h);
        long vbl = rop(g1, g0, cbl << h);
        long vbr = rop(g1, g0, cbr << h);
        long s = vb >> 2;
        if (s >= 100) {
            long sp10 = 10 * Math.multiplyHigh(s, 115_292_150_460_684_698L << 4); // 10 floor(s / 10)
            long tp10 = sp10 + 10;
            boolean upin = vbl + out1 <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out1 <= vbr;
            if (upin != wpin) {
                return layout(upin ? sp10 : tp10, k, out, at);
            }
        }
        long tt = s + 1;
        boolean uin = vbl + out1 <= s << 2;
        boolean win = (tt << 2) + out1 <= vbr;
        if (uin != win) {
            return layout(uin ? s : tt, k + dk, out, at);
        }
        long cmp = vb - (s + tt << 1);
        return layout(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : tt, k + dk, out, at);
    }

    /** Rounds (g1 2^63 + g0) cp / 2^127 to odd, in the last bit: a sticky bit for the comparisons above. */
    private static long rop(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (z & MASK_63) + MASK_63 >>> 63;
    }

    /** Writes f 10^e (f > 0) in Java's layout, trailing zeros of f dropped. */
    private static int layout(long f, int e, byte[] out, int at) {
        while (f % 10 == 0) {
            f /= 10;
            e++;
        }
        int len = digitCount(f);
        int exp = e + len - 1; // the scientific exponent
        if (exp >= -3 && exp < 0) { // 0.00ddd
            out[at++] = '0';
            out[at++] = '.';
            for (int i = -1; i > exp; i--) {
                out[at++] = '0';
            }
            return digits(f, len, out, at);
        }
        if (exp >= 0 && exp < 7) {
            if (len <= exp + 1) { // an integer: ddd00.0
                at = digits(f, len, out, at);
                for (int i = len; i <= exp; i++) {
                    out[at++] = '0';
                }
                out[at++] = '.';
                out[at++] = '0';
                return at;
            }
            int end = digits(f, len, out, at + 1); // ddd.dd: digits one place right, the integer part moved back
            System.arraycopy(out, at + 1, out, at, exp + 1);
            out[at + exp + 1] = '.';
            return end;
        }
        int end = digits(f, len, out, at + 1); // d.dddE±n
        out[at] = out[at + 1];
        out[at + 1] = '.';
        if (len == 1) {
            out[end++] = '0';
        }
        out[end++] = 'E';
        if (exp < 0) {
            out[end++] = '-';
            exp = -exp;
        }
        if (exp >= 100) {
            out[end++] = (byte) ('0' + exp / 100);
            exp %= 100;
            out[end++] = (byte) ('0' + exp / 10);
        } else if (exp >= 10) {
            out[end++] = (byte) ('0' + exp / 10);
        }
        out[end++] = (byte) ('0' + exp % 10);
        return end;
    }

    /** "00" to "99": two digits per division. */
    private static final byte[] PAIRS = pairs();

    private static byte[] pairs() {
        byte[] p = new byte[200];
        for (int i = 0; i < 100; i++) {
            p[2 * i] = (byte) ('0' + i / 10);
            p[2 * i + 1] = (byte) ('0' + i % 10);
        }
        return p;
    }

    /** Writes the {@code len} digits of f at {@code at}; returns the end. Eight at a time in int arithmetic, by pairs. */
    private static int digits(long f, int len, byte[] out, int at) {
        int end = at + len;
        int i = end;
        while (f >= 100_000_000L) {
            long q = f / 100_000_000L;
            int low = (int) (f - q * 100_000_000L);
            for (int j = 0; j < 4; j++) {
                int r = low % 100;
                low /= 100;
                out[--i] = PAIRS[2 * r + 1];
                out[--i] = PAIRS[2 * r];
            }
            f = q;
        }
        int x = (int) f;
        while (i - at >= 2) {
            int r = x % 100;
            x /= 100;
            out[--i] = PAIRS[2 * r + 1];
            out[--i] = PAIRS[2 * r];
        }
        if (i > at) {
            out[--i] = (byte) ('0' + x);
        }
        return end;
    }

    private static final long[] POW10 = powersOfTen();

    private static long[] powersOfTen() {
        long[] p = new long[19];
        p[0] = 1;
        for (int i = 1; i < p.length; i++) {
            p[i] = 10 * p[i - 1];
        }
        return p;
    }

    /** The number of decimal digits of f (0 < f < 10^18): log10 from the bit length, corrected by one comparison. */
    private static int digitCount(long f) {
        int t = (64 - Long.numberOfLeadingZeros(f)) * 1233 >>> 12;
        return t + (f >= POW10[t] ? 1 : 0);
    }
}
