package org.soretstudy.report;

import java.util.Map;

/**
 * One output's histogram: equal bins (equal in log10 on a log axis) between the study's min and max from
 * summary.json, filled from the rows read, as a share of them; the summary's quantiles as dashed lines.
 */
final class HistogramPlot {
    static final int BINS = 24;

    private HistogramPlot() { }

    /**
     * @param values    the output over the rows read (NaN entries skipped)
     * @param quantiles probability label ("0.05") to value, from the summary (NaN entries skipped)
     */
    static String render(PlotFrame.AxisTitle title, double min, double max, double[] values, Map<String, Double> quantiles,
                         double width, double height) {
        Scale xs = Scale.of(min, max, quantiles.getOrDefault("0.5", Double.NaN), false, 0);
        int[] counts = new int[BINS];
        int n = 0;
        for (double v : values) {
            if (!xs.accepts(v)) {
                continue;
            }
            int bin = (int) Math.floor(xs.fraction(v) * BINS);
            counts[Math.min(BINS - 1, Math.max(0, bin))]++;
            n++;
        }
        double top = 0;
        for (int c : counts) {
            top = Math.max(top, n == 0 ? 0 : 100.0 * c / n);
        }
        Scale ys = new Scale(0, top > 0 ? top * 1.08 : 1, false);
        PlotFrame f = new PlotFrame(width, height, xs, ys, title, new PlotFrame.AxisTitle("rows", "%"),
                "histogram of " + title.name());
        Svg svg = f.svg();
        for (int i = 0; i < BINS && n > 0; i++) {
            double share = 100.0 * counts[i] / n;
            double x0 = f.left() + (f.right() - f.left()) * i / BINS;
            double x1 = f.left() + (f.right() - f.left()) * (i + 1) / BINS;
            double y = f.y(share);
            svg.rect(x0 + 0.5, y, x1 - x0 - 1, f.bottom() - y, "bar", null, Num.percent(share / 100) + " of the rows read");
        }
        for (Map.Entry<String, Double> q : quantiles.entrySet()) {
            double v = q.getValue();
            if (xs.accepts(v) && v >= xs.lo() && v <= xs.hi()) {
                double px = f.x(v);
                svg.group("q", "quantile " + q.getKey() + ": " + Num.value(v, 4)).line(px, f.top(), px, f.bottom(), "q").endGroup();
            }
        }
        return f.finish();
    }
}
