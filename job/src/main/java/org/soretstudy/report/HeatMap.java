package org.soretstudy.report;

/**
 * A table's error bound over two of its axes: one rectangle per cell between its grid values (so non-uniform
 * and log axes show their true cells), coloured by log10 of the bound on a perceptually uniform scale
 * (viridis), with a colour bar; a cell without a value (a point that was not ok) is grey.
 */
final class HeatMap {
    /** Viridis at nine equally spaced stops (matplotlib's table, rounded to 8 bits). */
    private static final int[] VIRIDIS = {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962, 0xaddc30, 0xfde725};
    /** Cells drawn along an axis at most; finer tables merge neighbouring cells. */
    static final int MAX_CELLS = 80;
    private static final double BAR_WIDTH = 14;
    private static final double RIGHT = 96;

    private HeatMap() { }

    /**
     * @param xValues grid values along x (n points), ascending
     * @param yValues grid values along y (m points), ascending
     * @param cells   {@code cells[i][j]}: the bound of the cell between x points i, i+1 and y points j, j+1 (NaN: none)
     */
    static String render(PlotFrame.AxisTitle xTitle, double[] xValues, boolean xLog, PlotFrame.AxisTitle yTitle,
                         double[] yValues, boolean yLog, double[][] cells, PlotFrame.AxisTitle valueTitle, double width,
                         double height) {
        // A fine table is drawn with merged cells (each the worst of its group), so the page stays small.
        int gx = (int) Math.ceil((xValues.length - 1) / (double) MAX_CELLS);
        int gy = (int) Math.ceil((yValues.length - 1) / (double) MAX_CELLS);
        if (gx > 1 || gy > 1) {
            cells = merge(cells, gx, gy);
            xValues = every(xValues, gx);
            yValues = every(yValues, gy);
        }
        Scale xs = axis(xValues, xLog);
        Scale ys = axis(yValues, yLog);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double[] row : cells) {
            for (double v : row) {
                if (v > 0 && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > 0)) {
            lo = 1e-16;
            hi = 1e-15;
        } else if (hi <= lo * 1.0001) {
            lo = hi / 10;
        }
        Scale colour = new Scale(lo, hi, true);
        PlotFrame f = new PlotFrame(width, height, RIGHT, xs, ys, xTitle, yTitle,
                valueTitle.name() + " over " + xTitle.name() + " and " + yTitle.name());
        Svg svg = f.svg();
        for (int i = 0; i + 1 < xValues.length; i++) {
            double x0 = f.x(xValues[i]);
            double x1 = f.x(xValues[i + 1]);
            for (int j = 0; j + 1 < yValues.length; j++) {
                double v = cells[i][j];
                double y0 = f.y(yValues[j + 1]);
                double y1 = f.y(yValues[j]);
                String fill = Double.isNaN(v) ? "#c8c8c8" : colour(colour.fraction(Math.max(lo, Math.min(hi, v))));
                String tip = xTitle.name() + " " + Num.value(xValues[i], 4) + " to " + Num.value(xValues[i + 1], 4) + ", "
                        + yTitle.name() + " " + Num.value(yValues[j], 4) + " to " + Num.value(yValues[j + 1], 4) + ": "
                        + (Double.isNaN(v) ? "no value" : Num.value(v, 3));
                // a hair wider than the cell so that anti-aliasing leaves no seams between cells
                svg.rect(x0, y0, x1 - x0 + 0.3, y1 - y0 + 0.3, null, fill, tip);
            }
        }
        colourBar(f, colour, valueTitle);
        return f.finish();
    }

    private static void colourBar(PlotFrame f, Scale colour, PlotFrame.AxisTitle title) {
        Svg svg = f.svg();
        double x = f.right() + 18;
        int steps = 48;
        double h = (f.bottom() - f.top()) / steps;
        for (int k = 0; k < steps; k++) {
            double y = f.bottom() - (k + 1) * h;
            svg.rect(x, y, BAR_WIDTH, h + 0.3, null, colour((k + 0.5) / steps), null);
        }
        Ticks t = colour.ticks(Math.max(2, (int) ((f.bottom() - f.top()) / 40)));
        for (int i = 0; i < t.values().length; i++) {
            double y = colour.pixel(t.values()[i], f.bottom(), f.top());
            svg.line(x + BAR_WIDTH, y, x + BAR_WIDTH + 4, y, "tick");
            svg.text(x + BAR_WIDTH + 6, y + 4, "start", "tl", t.labels()[i], 0);
        }
        String text = title.render(t.factor());
        svg.group(null, text).text(f.right() + RIGHT - 6, (f.top() + f.bottom()) / 2, "middle", "at",
                Svg.fit(text, f.bottom() - f.top(), PlotFrame.TITLE_FONT), -90).endGroup();
    }

    /** The worst bound of each group of {@code gx} x {@code gy} cells (NaN only where the whole group is). */
    static double[][] merge(double[][] cells, int gx, int gy) {
        int nx = (cells.length + gx - 1) / gx;
        int ny = (cells[0].length + gy - 1) / gy;
        double[][] out = new double[nx][ny];
        for (double[] row : out) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (int i = 0; i < cells.length; i++) {
            for (int j = 0; j < cells[i].length; j++) {
                double v = cells[i][j];
                if (!Double.isNaN(v) && !(out[i / gx][j / gy] >= v)) {
                    out[i / gx][j / gy] = v;
                }
            }
        }
        return out;
    }

    /** The grid values that bound groups of {@code g} cells: every g-th value and the last. */
    static double[] every(double[] values, int g) {
        int cells = values.length - 1;
        int groups = (cells + g - 1) / g;
        double[] out = new double[groups + 1];
        for (int k = 0; k < groups; k++) {
            out[k] = values[k * g];
        }
        out[groups] = values[cells];
        return out;
    }

    private static Scale axis(double[] values, boolean log) {
        double lo = values[0];
        double hi = values[values.length - 1];
        if (!(hi > lo)) {
            throw new IllegalArgumentException("a table axis needs ascending values, got " + lo + " .. " + hi);
        }
        return new Scale(lo, hi, log && lo > 0);
    }

    /** The viridis colour at {@code t} in [0, 1], as #rrggbb. */
    static String colour(double t) {
        double u = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int k = Math.min(VIRIDIS.length - 2, (int) Math.floor(u));
        double w = u - k;
        int a = VIRIDIS[k];
        int b = VIRIDIS[k + 1];
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int ca = (a >> shift) & 0xff;
            int cb = (b >> shift) & 0xff;
            rgb |= (int) Math.round(ca + w * (cb - ca)) << shift;
        }
        return String.format(java.util.Locale.ROOT, "#%06x", rgb);
    }
}
