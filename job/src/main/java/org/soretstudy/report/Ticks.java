package org.soretstudy.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Tick positions and their labels for one axis. Linear ticks step by 1, 2 or 5 times a power of ten; when the
 * values are very large or small the labels drop a common factor that the axis title shows ({@code ×10⁻¹⁰}), so
 * every label stays a few characters long. Log ticks are whole decades ({@code 10⁻⁹}), or 1-2-5 multiples over
 * a short range. Labels are made from exact decimals, so {@code 0.30000000000000004} never appears.
 *
 * @param values  tick values in data units, ascending, inside the range asked for
 * @param labels  one label per value
 * @param factor  the common factor the labels omit ({@code ×10⁻¹⁰}), or "" when none
 */
record Ticks(double[] values, String[] labels, String factor) {

    static Ticks linear(double lo, double hi, int target) {
        BigDecimal step = niceStep((hi - lo) / Math.max(1, target));
        // at least three ticks (two at the very least) on any axis: step down 5 -> 2 -> 1 -> 0.5 ...
        while (count(lo, hi, step) < Math.min(3, Math.max(2, target + 1))) {
            step = smaller(step);
        }
        double s = step.doubleValue();
        long first = (long) Math.ceil(lo / s - 1e-9);
        long last = (long) Math.floor(hi / s + 1e-9);
        List<BigDecimal> ticks = new ArrayList<>();
        for (long k = first; k <= last; k++) {
            ticks.add(step.multiply(BigDecimal.valueOf(k)));
        }
        double largest = 0;
        for (BigDecimal t : ticks) {
            largest = Math.max(largest, Math.abs(t.doubleValue()));
        }
        int exponent = largest == 0 ? 0 : (int) Math.floor(Math.log10(largest) + 1e-12);
        if (exponent >= -2 && exponent <= 4) {
            exponent = 0; // 0.01 to 99,999 read fine as they are
        }
        int decimals = Math.max(0, step.movePointLeft(exponent).stripTrailingZeros().scale());
        double[] values = new double[ticks.size()];
        String[] labels = new String[ticks.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = ticks.get(i).doubleValue();
            String text = ticks.get(i).movePointLeft(exponent).setScale(decimals, java.math.RoundingMode.HALF_EVEN).toPlainString();
            labels[i] = text.startsWith("-") ? "−" + text.substring(1) : text;
        }
        return new Ticks(values, labels, exponent == 0 ? "" : "×" + Num.powerOfTen(exponent));
    }

    static Ticks log(double lo, double hi, int target) {
        double a = Math.log10(lo);
        double b = Math.log10(hi);
        int firstDecade = (int) Math.ceil(a - 1e-9);
        int lastDecade = (int) Math.floor(b + 1e-9);
        int decades = lastDecade - firstDecade + 1;
        List<double[]> ticks = new ArrayList<>(); // {mantissa, exponent}
        if (decades >= 3) {
            int every = Math.max(1, (int) Math.ceil((decades - 1) / (double) Math.max(2, target)));
            for (int e = firstDecade; e <= lastDecade; e++) {
                if ((e - firstDecade) % every == 0) {
                    ticks.add(new double[] {1, e});
                }
            }
        } else {
            for (int e = (int) Math.floor(a) ; e <= lastDecade; e++) {
                for (int m : new int[] {1, 2, 5}) {
                    double v = m * Math.pow(10, e);
                    if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) {
                        ticks.add(new double[] {m, e});
                    }
                }
            }
            if (ticks.size() < 3) {
                return linear(lo, hi, target); // less than a factor of 5: linear steps read better
            }
        }
        double[] values = new double[ticks.size()];
        String[] labels = new String[ticks.size()];
        boolean plain = true; // one style per axis: all plain (0.001 to 50000, as Num.value) or all powers of ten
        for (double[] t : ticks) {
            plain &= t[1] >= -3 && t[1] <= 4;
        }
        for (int i = 0; i < values.length; i++) {
            int m = (int) ticks.get(i)[0];
            int e = (int) ticks.get(i)[1];
            values[i] = m * Math.pow(10, e);
            if (plain) {
                labels[i] = BigDecimal.valueOf(m).movePointRight(e).stripTrailingZeros().toPlainString();
            } else {
                labels[i] = (m == 1 ? "" : m + "·") + Num.powerOfTen(e);
            }
        }
        return new Ticks(values, labels, "");
    }

    /** 1, 2 or 5 times a power of ten, the one nearest {@code raw} (on a log scale), as an exact decimal. */
    static BigDecimal niceStep(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            throw new IllegalArgumentException("step must be positive and finite: " + raw);
        }
        int e = (int) Math.floor(Math.log10(raw));
        double m = raw / Math.pow(10, e);
        // boundaries at the geometric means: sqrt(2), sqrt(10), sqrt(50)
        int nice = m < 1.414 ? 1 : m < 3.162 ? 2 : m < 7.071 ? 5 : 10;
        return BigDecimal.valueOf(nice).scaleByPowerOfTen(e);
    }

    /** The next smaller step of the 1-2-5 series. */
    private static BigDecimal smaller(BigDecimal step) {
        BigDecimal m = step.stripTrailingZeros();
        int lead = m.unscaledValue().intValueExact();
        return switch (lead) {
            case 5 -> m.multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(5));
            case 2 -> m.divide(BigDecimal.valueOf(2));
            default -> m.divide(BigDecimal.valueOf(2)); // 1 -> 0.5
        };
    }

    private static long count(double lo, double hi, BigDecimal step) {
        double s = step.doubleValue();
        return (long) Math.floor(hi / s + 1e-9) - (long) Math.ceil(lo / s - 1e-9) + 1;
    }
}
