package org.soretstudy.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Section {@code sobol} (studies with Sobol indices): per analysed output, the first-order and total indices of
 * every parameter with their bootstrap confidence intervals, as bars with whiskers and as a table.
 */
final class SobolSection {
    static final String ID = "sobol";

    private SobolSection() { }

    static boolean applies(StudyFolder f) {
        return f.summary().path("sobol").size() > 0;
    }

    static void write(Page page, StudyFolder f) {
        JsonNode sobol = f.summary().path("sobol");
        JsonNode analysis = f.spec().path("analysis");
        double confidence = analysis.path("confidence").asDouble(0.95);
        page.section(ID, "Sobol indices");
        page.p("First order (Saltelli 2010): the share of the output's variance due to the parameter alone; total (Jansen):"
                + " including all its interactions. Whiskers: " + Num.percent(confidence) + " bootstrap confidence intervals ("
                + analysis.path("bootstrap").asInt(200) + " resamples). Estimates may fall slightly outside [0, 1].");
        sobol.fieldNames().forEachRemaining(output -> {
            JsonNode perParameter = sobol.path(output);
            List<String> params = new ArrayList<>();
            perParameter.fieldNames().forEachRemaining(params::add);
            int n = params.size();
            double[][] v = new double[6][n];
            List<List<String>> table = new ArrayList<>();
            double lo = 0;
            double hi = 1;
            for (int i = 0; i < n; i++) {
                JsonNode e = perParameter.path(params.get(i));
                v[0][i] = OutputStats.number(e.path("first"));
                v[1][i] = OutputStats.number(e.path("first_ci").path(0));
                v[2][i] = OutputStats.number(e.path("first_ci").path(1));
                v[3][i] = OutputStats.number(e.path("total"));
                v[4][i] = OutputStats.number(e.path("total_ci").path(0));
                v[5][i] = OutputStats.number(e.path("total_ci").path(1));
                for (double[] column : v) {
                    if (Double.isFinite(column[i])) {
                        lo = Math.min(lo, column[i]);
                        hi = Math.max(hi, column[i]);
                    }
                }
                table.add(List.of(params.get(i), Num.value(v[0][i], 3), interval(v[1][i], v[2][i]), Num.value(v[3][i], 3),
                        interval(v[4][i], v[5][i])));
            }
            page.h3(output);
            List<BarChart.Series> series = List.of(
                    new BarChart.Series("first order", "first", v[0], v[1], v[2]),
                    new BarChart.Series("total", "total", v[3], v[4], v[5]));
            page.openGrid();
            page.figure(BarChart.render(params, series, new Scale(lo, hi, false), new PlotFrame.AxisTitle("Sobol index of "
                    + output, ""), 700, "Sobol indices of " + output), null);
            page.table(List.of("parameter", "#first", "#interval", "#total", "#interval"), table);
            page.closeGrid();
        });
        JsonNode blocks = f.summary().path("sobol_blocks");
        page.p("From " + Num.count(blocks.path("used").asLong()) + " Saltelli blocks (" + Num.count(blocks.path("dropped").asLong())
                + " dropped for a row not ok).", "muted");
        page.endSection();
    }

    private static String interval(double a, double b) {
        return "[" + Num.value(a, 3) + ", " + Num.value(b, 3) + "]";
    }
}
