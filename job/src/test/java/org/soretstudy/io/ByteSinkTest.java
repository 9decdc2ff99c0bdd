package org.soretstudy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The number text of result lines ({@link ShortestDouble}): parses back to the same double, never longer than Java
 * 17's {@code Double.toString}, in its layout, and the very text of an independent Schubfach implementation
 * (Jackson's, the text Java 19+ prints).
 */
class ByteSinkTest {
    private static String text(double v) {
        ByteSink s = new ByteSink(32);
        s.appendDouble(v);
        return new String(s.array(), 0, s.size(), StandardCharsets.US_ASCII);
    }

    private static int digits(String javaText) {
        String mantissa = javaText.replace("-", "").split("E")[0].replace(".", "");
        mantissa = mantissa.replaceFirst("^0+", "");
        mantissa = mantissa.replaceFirst("0+$", "");
        return Math.max(1, mantissa.length());
    }

    private static void check(double v) {
        String t = text(v);
        String java = Double.toString(v);
        assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(Double.parseDouble(t)), t + " for " + java);
        // shortest, except that a one-digit shortest may be given two digits when that is closer (Java 19+'s rule)
        assertTrue(digits(t) <= Math.max(2, digits(java)), t + " longer than " + java);
        assertEquals(java.contains("E"), t.contains("E"), "layout of " + t + " vs " + java);
        assertEquals(java.startsWith("-"), t.startsWith("-"), t);
        assertEquals(NumberOutput.toString(v, true), t);
    }

    @Test
    void threeMillionRandomDoublesRoundTripShortestInJavasLayout() {
        SplittableRandom rng = new SplittableRandom(2024);
        for (int i = 0; i < 2_000_000; i++) {
            double v = Double.longBitsToDouble(rng.nextLong());
            if (Double.isFinite(v)) {
                check(v);
            }
        }
        for (int i = 0; i < 1_000_000; i++) { // the magnitudes of physical results, where the layout switches
            check(Math.scalb(rng.nextDouble(), rng.nextInt(-60, 60)));
        }
        for (int i = 0; i < 200_000; i++) { // integers, subnormals, short decimals
            check((double) rng.nextLong(1L << 60));
            check(Double.longBitsToDouble(rng.nextLong(1L << 52)));
            check(rng.nextInt(1_000_000) / 1000.0);
        }
    }

    @Test
    void edgeCases() {
        double[] edges = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL),
            Double.MAX_VALUE, 1.0, -1.0, 0.1, 0.2, 0.3, 1e-3, Math.nextDown(1e-3), 1e7, Math.nextDown(1e7), 1e22, 1e23, 2e23,
            9.999999999999999e22, 5e-324, 1.0E-5, 123456789.0, 4.35, 2.82879384806159E17, 1.9400994884341945E25, 8.41E21,
            5.0E-324, 1.7976931348623157E308, Math.PI, Math.E, 1 / 3.0, 2 / 3.0, 100, 1000, 1e16, 1e17, Math.ulp(1.0)};
        for (double v : edges) {
            check(v);
        }
        for (int e = -1074; e <= 1023; e++) {
            check(Math.scalb(1.0, e));
        }
        for (int e = -323; e <= 308; e++) {
            check(Double.parseDouble("1e" + e));
        }
        assertEquals("1.0E-5", text(1e-5));
        assertEquals("0.001", text(1e-3));
        assertEquals("1.0E7", text(1e7));
        assertEquals("9999999.0", text(9999999.0));
        assertEquals("-0.0", text(-0.0));
        assertEquals("4.9E-324", text(Double.MIN_VALUE));
    }
}
