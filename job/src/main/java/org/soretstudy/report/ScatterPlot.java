package org.soretstudy.report;

/**
 * An output against an input over a sample of ok rows: one dot per row (a single path, so thousands of
 * points stay a few kilobytes), axes linear or log as the data's span asks.
 */
final class ScatterPlot {
    private ScatterPlot() { }

    /** Points whose x or y cannot be placed (NaN, or not positive on a log axis) are left out. */
    static String render(PlotFrame.AxisTitle xTitle, double[] x, boolean xPreferLog, PlotFrame.AxisTitle yTitle, double[] y,
                         double width, double height) {
        Scale xs = Scale.of(min(x), max(x), median(x), xPreferLog, 0.03);
        Scale ys = Scale.of(min(y), max(y), median(y), false, 0.05);
        PlotFrame f = new PlotFrame(width, height, xs, ys, xTitle, yTitle, yTitle.name() + " against " + xTitle.name());
        Svg.PathData dots = new Svg.PathData();
        for (int i = 0; i < x.length; i++) {
            if (xs.accepts(x[i]) && ys.accepts(y[i])) {
                dots.dot(f.x(x[i]), f.y(y[i]));
            }
        }
        f.svg().path(dots, "dots", null);
        return f.finish();
    }

    /** The median of the finite values (NaN when there is none). */
    static double median(double[] v) {
        double[] finite = java.util.Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
        return finite.length == 0 ? Double.NaN : finite[finite.length / 2];
    }

    static double min(double[] v) {
        double m = Double.NaN;
        for (double d : v) {
            if (Double.isFinite(d) && !(d >= m)) {
                m = d;
            }
        }
        return m;
    }

    static double max(double[] v) {
        double m = Double.NaN;
        for (double d : v) {
            if (Double.isFinite(d) && !(d <= m)) {
                m = d;
            }
        }
        return m;
    }
}
