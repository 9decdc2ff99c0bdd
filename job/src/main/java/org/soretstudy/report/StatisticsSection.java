package org.soretstudy.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.soretstudy.io.Units;
import org.soretstudy.solver.OutputField;

/**
 * Section {@code statistics}: per output, summary.json's count, mean, standard deviation, min, quantiles and
 * max (over every ok row), and a histogram of the rows read between the study's min and max.
 */
final class StatisticsSection {
    static final String ID = "statistics";
    static final double WIDTH = 284;
    static final double HEIGHT = 210;

    private StatisticsSection() { }

    static void write(Page page, StudyFolder f, RowSample rows) {
        JsonNode statistics = f.summary().path("statistics");
        List<OutputStats> stats = new ArrayList<>();
        statistics.fieldNames().forEachRemaining(name -> stats.add(OutputStats.of(name, statistics.path(name))));
        page.section(ID, "Statistics");
        List<String> headers = new ArrayList<>(List.of("output", "unit", "#count", "#mean", "#std"));
        headers.add("#min");
        List<String> probabilities = stats.isEmpty() ? List.of() : new ArrayList<>(stats.get(0).quantiles().keySet());
        for (String q : probabilities) {
            headers.add("#q " + q);
        }
        headers.add("#max");
        List<List<String>> table = new ArrayList<>();
        List<String> constant = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (OutputStats s : stats) {
            if (s.count() == 0) {
                absent.add(s.output());
                continue;
            }
            String unit = Units.of(s.output(), f.dilute());
            List<String> row = new ArrayList<>(List.of(s.output(), unit == null ? "" : unit, Num.count(s.count()),
                    Num.value(s.mean(), 4), Num.value(s.std(), 3), Num.value(s.min(), 4)));
            for (String q : probabilities) {
                row.add(Num.value(s.quantiles().getOrDefault(q, Double.NaN), 4));
            }
            row.add(Num.value(s.max(), 4));
            table.add(row);
            if (!s.varies()) {
                constant.add(s.output() + " = " + Num.value(s.min(), 6) + (unit == null || unit.isEmpty() || unit.equals("1") ? "" : " " + unit));
            }
        }
        page.table(headers, table);
        page.p("Over the ok rows of the whole study (summary.json); quantiles from a mergeable sketch with rank error at most "
                + Num.value(f.summary().path("quantile_rank_error").asDouble(Double.NaN), 2) + ".", "muted");
        if (!absent.isEmpty()) {
            page.p("Not computed in this study (null in every row): " + String.join(", ", absent) + ".");
        }
        if (!constant.isEmpty()) {
            page.p("The same in every ok row: " + String.join(", ", constant) + ".");
        }
        page.h3("Histograms");
        page.openGrid();
        for (OutputStats s : stats) {
            if (s.varies() && isOutput(s.output())) {
                double[] values = rows.output(OutputField.fromKey(s.output()));
                page.figure(HistogramPlot.render(AxisTitles.of(s.output(), f.dilute()), s.min(), s.max(), values, s.quantiles(),
                        WIDTH, HEIGHT), null);
            }
        }
        page.closeGrid();
        page.p("Bars: share of the " + Num.count(countOk(rows)) + " ok rows read in each of " + HistogramPlot.BINS
                + " equal bins (equal in log10 on a log axis) between the study's min and max; dashed red lines: the quantiles "
                + String.join(", ", probabilities) + " of the whole study.", "muted");
        page.endSection();
    }

    static long countOk(RowSample rows) {
        long n = 0;
        for (boolean b : rows.ok()) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private static boolean isOutput(String key) {
        for (OutputField o : OutputField.ALL) {
            if (o.key().equals(key)) {
                return true;
            }
        }
        return false;
    }
}
