package org.soretstudy.report;

import java.util.List;

/**
 * Horizontal bars, one band per category (e.g. a parameter), one bar per series in each band (e.g. first and
 * total Sobol index), with optional interval whiskers and a text at each bar's end. Category names sit left of
 * the bands (shortened with "…" past {@link #MAX_CATEGORY_WIDTH} px), so long names never overlap the bars.
 */
final class BarChart {
    static final double MAX_CATEGORY_WIDTH = 170;
    private static final double BAR = 14;
    private static final double GAP = 10;
    private static final double LEGEND = 22;

    /**
     * One series.
     *
     * @param values one per category; NaN draws no bar
     * @param lo     interval lower ends (null for none)
     * @param hi     interval upper ends (null for none)
     * @param notes   text written right of each bar (null for the value itself)
     * @param classes a CSS class per category (null: {@code cssClass} for every bar)
     */
    record Series(String name, String cssClass, double[] values, double[] lo, double[] hi, String[] notes, String[] classes) {
        Series(String name, String cssClass, double[] values, double[] lo, double[] hi) {
            this(name, cssClass, values, lo, hi, null, null);
        }

        String cssClass(int category) { return classes == null ? cssClass : classes[category]; }
    }

    private BarChart() { }

    static String render(List<String> categories, List<Series> series, Scale xs, PlotFrame.AxisTitle xTitle, double width,
                         String label) {
        double labelWidth = 0;
        for (String c : categories) {
            labelWidth = Math.max(labelWidth, Math.min(MAX_CATEGORY_WIDTH, Svg.textWidth(c, PlotFrame.TICK_FONT + 1)));
        }
        double left = labelWidth + 16;
        double right = width - 120; // room for the value notes
        double band = series.size() * BAR + GAP;
        double top = series.size() > 1 ? LEGEND + 6 : 6;
        double bottom = top + categories.size() * band;
        double height = bottom + 42;
        Svg svg = new Svg(width, height, label);
        Ticks t = xs.ticks(Math.max(2, (int) ((right - left) / 80)));
        for (int i = 0; i < t.values().length; i++) {
            double px = xs.pixel(t.values()[i], left, right);
            svg.line(px, top, px, bottom, "grid");
            svg.line(px, bottom, px, bottom + 4, "tick");
            svg.text(px, bottom + 17, "middle", "tl", t.labels()[i], 0);
        }
        if (xs.lo() < 0 && xs.hi() > 0) {
            double zero = xs.pixel(0, left, right);
            svg.line(zero, top, zero, bottom, "axis");
        }
        svg.line(left, bottom, right, bottom, "axis");
        String xText = xTitle.render(t.factor());
        svg.text((left + right) / 2, height - 6, "middle", "at", Svg.fit(xText, right - left, PlotFrame.TITLE_FONT), 0);
        double base = xs.pixel(Math.max(xs.lo(), Math.min(xs.hi(), 0)), left, right);
        for (int c = 0; c < categories.size(); c++) {
            double y0 = top + c * band + GAP / 2;
            String name = categories.get(c);
            svg.group(null, name).text(left - 8, y0 + series.size() * BAR / 2 + 4, "end", "cat",
                    Svg.fit(name, MAX_CATEGORY_WIDTH, PlotFrame.TICK_FONT + 1), 0).endGroup();
            for (int s = 0; s < series.size(); s++) {
                Series ser = series.get(s);
                double v = ser.values()[c];
                double y = y0 + s * BAR;
                if (!Double.isFinite(v)) {
                    svg.text(left + 4, y + BAR - 3, "start", "note", "no value", 0);
                    continue;
                }
                double px = xs.pixel(clamp(v, xs), left, right);
                String note = ser.notes() == null ? Num.value(v, 3) : ser.notes()[c];
                String tip = ser.name() + " of " + name + ": " + note;
                if (ser.lo() != null && Double.isFinite(ser.lo()[c]) && Double.isFinite(ser.hi()[c])) {
                    tip += " (interval " + Num.value(ser.lo()[c], 3) + " to " + Num.value(ser.hi()[c], 3) + ")";
                }
                svg.rect(Math.min(base, px), y + 1, Math.abs(px - base), BAR - 2, ser.cssClass(c), null, tip);
                double end = px;
                if (ser.lo() != null && Double.isFinite(ser.lo()[c]) && Double.isFinite(ser.hi()[c])) {
                    double a = xs.pixel(clamp(ser.lo()[c], xs), left, right);
                    double b = xs.pixel(clamp(ser.hi()[c], xs), left, right);
                    double mid = y + BAR / 2;
                    svg.line(a, mid, b, mid, "ci").line(a, mid - 4, a, mid + 4, "ci").line(b, mid - 4, b, mid + 4, "ci");
                    end = Math.max(end, b);
                }
                svg.text(Math.max(end, base) + 6, y + BAR - 3, "start", "note", note, 0);
            }
        }
        if (series.size() > 1) {
            double x = left;
            for (Series s : series) {
                svg.rect(x, 6, 12, 12, s.cssClass(), null, null);
                svg.text(x + 17, 16, "start", "tl", s.name(), 0);
                x += 17 + Svg.textWidth(s.name(), PlotFrame.TICK_FONT) + 22;
            }
        }
        return svg.finish();
    }

    private static double clamp(double v, Scale xs) {
        return Math.max(xs.lo(), Math.min(xs.hi(), v));
    }
}
