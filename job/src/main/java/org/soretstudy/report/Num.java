package org.soretstudy.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number text for the page, independent of the default locale (the same study gives the same bytes anywhere):
 * SVG coordinates, values with a few significant digits, powers of ten with superscript exponents.
 */
final class Num {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Num() { }

    /**
     * An SVG coordinate or length, rounded to 0.1 px.
     *
     * @throws IllegalArgumentException for NaN or an infinity: a plot must never write one into the page
     */
    static String coord(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("non-finite SVG coordinate: " + v);
        }
        long tenths = Math.round(v * 10);
        long whole = Math.abs(tenths) / 10;
        long frac = Math.abs(tenths) % 10;
        String sign = tenths < 0 ? "-" : "";
        return frac == 0 ? sign + whole : sign + whole + "." + frac;
    }

    /** {@code 10^e} written with a superscript exponent: {@code 10⁻¹⁰}. */
    static String powerOfTen(int e) {
        return "10" + superscript(e);
    }

    static String superscript(int e) {
        StringBuilder b = new StringBuilder();
        if (e < 0) {
            b.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(e)).toCharArray()) {
            b.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return b.toString();
    }

    /**
     * A value with {@code digits} significant digits, plain between 0.001 and 99,999, else as
     * {@code 7.315×10⁻⁴}; trailing zeros dropped; "–" for NaN (a null in the summary).
     */
    static String value(double v, int digits) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        int exponent = d.precision() - d.scale() - 1; // floor(log10 |d|)
        if (exponent >= -3 && exponent <= 4) {
            return minus(d.stripTrailingZeros().toPlainString());
        }
        BigDecimal mantissa = d.movePointLeft(exponent).stripTrailingZeros();
        return minus(mantissa.toPlainString()) + "×" + powerOfTen(exponent);
    }

    /** A count with thousands separators: 5,242,880. */
    static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** A share as a percentage with up to one decimal: 12.5 %, 0.03 % for tiny shares. */
    static String percent(double share) {
        double p = 100 * share;
        if (p != 0 && Math.abs(p) < 0.1) {
            return value(p, 1) + " %";
        }
        return String.format(java.util.Locale.ROOT, "%.1f %%", p).replace(".0 %", " %");
    }

    /** The typographic minus sign, which lines up with digits. */
    private static String minus(String s) {
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }
}
