package org.soretstudy.report;

/**
 * The frame of an x-y plot: plot area, grid, ticks and tick labels, and axis titles with their units. Margins
 * are sized from the labels actually drawn; x labels that would collide are thinned (every second, third…
 * tick keeps its label), and titles longer than their axis are shortened with "…" (the full text stays in a
 * tooltip). The plot's content is drawn between {@link #begin} and {@link #finish} through {@link #x}, {@link #y}.
 */
final class PlotFrame {
    static final double TICK_FONT = 11;
    static final double TITLE_FONT = 12;
    private static final double TOP = 10;
    private static final double BOTTOM = 42;

    /** What an axis shows: a quantity's name and its unit ("" for dimensionless, null for none). */
    record AxisTitle(String name, String unit) {
        String render(String factor) {
            if (unit == null && factor.isEmpty()) {
                return name;
            }
            String u = unit == null ? "" : unit;
            String inside = factor.isEmpty() ? (u.isEmpty() ? "–" : u) : (u.isEmpty() ? factor : factor + " " + u);
            return name + " [" + inside + "]";
        }
    }

    private final Svg svg;
    private final Scale xs;
    private final Scale ys;
    private final double left;
    private final double right;
    private final double top;
    private final double bottom;

    PlotFrame(double width, double height, Scale xs, Scale ys, AxisTitle xTitle, AxisTitle yTitle, String label) {
        this(width, height, 14, xs, ys, xTitle, yTitle, label);
    }

    /** As above, keeping {@code rightMargin} px free right of the plot area (e.g. for a colour bar). */
    PlotFrame(double width, double height, double rightMargin, Scale xs, Scale ys, AxisTitle xTitle, AxisTitle yTitle,
              String label) {
        this.xs = xs;
        this.ys = ys;
        this.top = TOP;
        this.bottom = height - BOTTOM;
        Ticks yt = ys.ticks(Math.max(2, (int) ((bottom - top) / 45)));
        double yLabelWidth = 0;
        for (String l : yt.labels()) {
            yLabelWidth = Math.max(yLabelWidth, Svg.textWidth(l, TICK_FONT));
        }
        this.left = 24 + yLabelWidth + 8;
        this.right = width - rightMargin;
        this.svg = new Svg(width, height, label);
        Ticks xt = xs.ticks(Math.max(2, (int) ((right - left) / 75)));

        svg.rect(left, top, right - left, bottom - top, "area", null, null);
        for (int i = 0; i < yt.values().length; i++) {
            double py = y(yt.values()[i]);
            svg.line(left, py, right, py, "grid");
            svg.line(left - 4, py, left, py, "tick");
            svg.text(left - 6, py + 4, "end", "tl", yt.labels()[i], 0);
        }
        int every = labelStride(xt);
        for (int i = 0; i < xt.values().length; i++) {
            double px = x(xt.values()[i]);
            svg.line(px, top, px, bottom, "grid");
            svg.line(px, bottom, px, bottom + 4, "tick");
            if (i % every == 0) {
                svg.text(px, bottom + 17, "middle", "tl", xt.labels()[i], 0);
            }
        }
        svg.line(left, bottom, right, bottom, "axis");
        svg.line(left, top, left, bottom, "axis");
        String xText = xTitle.render(xt.factor());
        String yText = yTitle.render(yt.factor());
        svg.group(null, xText).text((left + right) / 2, height - 6, "middle", "at",
                Svg.fit(xText, right - left + 40, TITLE_FONT), 0).endGroup();
        svg.group(null, yText).text(13, height / 2, "middle", "at",
                Svg.fit(yText, height - 8, TITLE_FONT), -90).endGroup();
    }

    /** Every how many ticks an x label is drawn so that neighbouring labels keep 8 px apart. */
    private int labelStride(Ticks t) {
        double[] v = t.values();
        for (int every = 1; every < Math.max(2, v.length); every++) {
            boolean fits = true;
            for (int i = every; i < v.length && fits; i += every) {
                double gap = x(v[i]) - x(v[i - every]);
                double need = (Svg.textWidth(t.labels()[i], TICK_FONT) + Svg.textWidth(t.labels()[i - every], TICK_FONT)) / 2 + 8;
                fits = gap >= need;
            }
            if (fits) {
                return every;
            }
        }
        return Math.max(1, v.length);
    }

    double x(double v) { return xs.pixel(v, left, right); }

    double y(double v) { return ys.pixel(v, bottom, top); }

    double left() { return left; }

    double right() { return right; }

    double top() { return top; }

    double bottom() { return bottom; }

    Scale xScale() { return xs; }

    Scale yScale() { return ys; }

    /** The SVG under construction, for the plot's own marks. */
    Svg svg() { return svg; }

    String finish() { return svg.finish(); }
}
