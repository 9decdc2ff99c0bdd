package org.soretstudy.report;

import java.util.ArrayList;
import java.util.List;
import org.soretstudy.io.Units;

/**
 * Section {@code table} (table studies): the axes, and per tabulated output its interpolation error bound per
 * cell as a heat map over the first two axes (the worst over the others), or as a step line for a one-axis table.
 */
final class TableSection {
    static final String ID = "table";
    static final int MAX_OUTPUTS = 6;

    private TableSection() { }

    static void write(Page page, StudyFolder f) {
        TableFolder t = f.table();
        page.section(ID, "Surrogate table");
        List<List<String>> axes = new ArrayList<>();
        for (TableFolder.Axis a : t.axes()) {
            String unit = Units.of(a.name(), f.dilute());
            double[] v = a.values();
            axes.add(List.of(a.name(), a.log() ? "log" : "linear", Num.count(v.length), Num.value(v[0], 4),
                    Num.value(v[v.length - 1], 4), unit == null ? "" : unit));
        }
        page.table(List.of("axis", "scale", "#points", "#from", "#to", "unit"), axes);
        List<List<String>> outputs = new ArrayList<>();
        for (TableFolder.Output o : t.outputs()) {
            double[] e = o.errors().clone();
            java.util.Arrays.sort(e); // NaN sorts last
            int finite = 0;
            while (finite < e.length && !Double.isNaN(e[finite])) {
                finite++;
            }
            outputs.add(List.of(o.name(), o.unit(), Num.value(finite == 0 ? Double.NaN : e[finite / 2], 3),
                    Num.value(finite == 0 ? Double.NaN : e[finite - 1], 3), Num.count(e.length - finite)));
        }
        page.table(List.of("output", "unit", "#median cell bound", "#largest cell bound", "#cells without a bound"), outputs);
        TableFolder.Axis ax = t.axes().get(0);
        TableFolder.Axis ay = t.axes().size() > 1 ? t.axes().get(1) : null;
        page.openGrid();
        int shown = 0;
        for (TableFolder.Output o : t.outputs()) {
            if (shown++ == MAX_OUTPUTS) {
                break;
            }
            PlotFrame.AxisTitle value = new PlotFrame.AxisTitle(o.name() + " error bound", o.unit());
            double[][] cells = t.worstOver(o, 0, ay == null ? -1 : 1);
            String svg = ay == null
                    ? steps(AxisTitles.of(ax.name(), f.dilute()), ax, cells, value)
                    : HeatMap.render(AxisTitles.of(ax.name(), f.dilute()), ax.values(), ax.log(), AxisTitles.of(ay.name(), f.dilute()),
                            ay.values(), ay.log(), cells, value, 600, 380);
            page.figure(svg, null);
        }
        page.closeGrid();
        page.p(t.axes().size() > 2
                ? "Each cell shows the largest bound over the other axes (" + others(t) + "): the worst a lookup at that "
                        + ax.name() + " and " + ay.name() + " can get. Grey: no bound (a grid point that was not ok)."
                : "The bound is the largest difference found between the solver and the table's interpolation in the cell"
                        + " (contract section 4). Grey: no bound (a grid point that was not ok).", "muted");
        page.endSection();
    }

    private static String others(TableFolder t) {
        List<String> names = new ArrayList<>();
        for (int k = 2; k < t.axes().size(); k++) {
            names.add(t.axes().get(k).name());
        }
        return String.join(", ", names);
    }

    /** A one-axis table: the bound of each cell as a horizontal step over the cell, on a log y axis. */
    private static String steps(PlotFrame.AxisTitle xTitle, TableFolder.Axis ax, double[][] cells, PlotFrame.AxisTitle value) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double[] c : cells) {
            if (c[0] > 0 && Double.isFinite(c[0])) {
                lo = Math.min(lo, c[0]);
                hi = Math.max(hi, c[0]);
            }
        }
        double[] xv = ax.values();
        Scale xs = new Scale(xv[0], xv[xv.length - 1], ax.log());
        Scale ys = hi > 0 ? Scale.of(lo, hi, Double.NaN, true, 0.05) : new Scale(0, 1, false);
        PlotFrame frame = new PlotFrame(600, 300, xs, ys, xTitle, value, value.name() + " over " + xTitle.name());
        Svg.PathData d = new Svg.PathData();
        for (int i = 0; i < cells.length; i++) {
            if (ys.accepts(cells[i][0])) {
                double y = frame.y(cells[i][0]);
                d.move(frame.x(xv[i]), y).lineTo(frame.x(xv[i + 1]), y);
            }
        }
        frame.svg().path(d, "line", null);
        return frame.finish();
    }
}
