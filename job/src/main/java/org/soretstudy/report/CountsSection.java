package org.soretstudy.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.soretstudy.solver.Status;

/**
 * Section {@code counts}: rows by status (summary.json, every row), and the most frequent rejection and
 * failure reasons with their share, tallied over the rows the report read.
 */
final class CountsSection {
    static final String ID = "counts";
    /** Reasons listed per status. */
    static final int TOP = 6;

    private CountsSection() { }

    static void write(Page page, StudyFolder f, RowSample rows) {
        JsonNode counts = f.summary().path("counts");
        List<String> statuses = new ArrayList<>();
        double[] share = new double[Status.values().length];
        String[] notes = new String[share.length];
        long total = 0;
        for (Status s : Status.values()) {
            total += counts.path(s.key()).asLong(0);
        }
        for (Status s : Status.values()) {
            long n = counts.path(s.key()).asLong(0);
            statuses.add(s.key());
            share[s.ordinal()] = total == 0 ? 0 : 100.0 * n / total;
            notes[s.ordinal()] = Num.count(n) + " (" + Num.percent(total == 0 ? 0 : n / (double) total) + ")";
        }
        page.section(ID, "Counts");
        page.p(Num.count(total) + " rows: ok rows hold every output; a rejected row is an inadmissible input point and a failed"
                + " row a solve that missed its tolerance, each with a reason.");
        String[] classes = statuses.toArray(new String[0]);
        BarChart.Series bars = new BarChart.Series("share of rows", null, share, null, null, notes, classes);
        page.figure(BarChart.render(statuses, List.of(bars), new Scale(0, 100, false),
                new PlotFrame.AxisTitle("share of rows", "%"), 620, "rows by status"), null);
        JsonNode blocks = f.summary().path("sobol_blocks");
        if (!blocks.isMissingNode()) {
            page.p("Saltelli blocks: " + Num.count(blocks.path("used").asLong()) + " used for the Sobol indices, "
                    + Num.count(blocks.path("dropped").asLong()) + " dropped (a block with any row not ok is dropped whole).");
        }
        page.h3("Top rejection and failure reasons");
        List<List<String>> table = new ArrayList<>();
        java.util.Map<String, Long> notOkRead = new java.util.HashMap<>();
        for (RowSample.ReasonCount r : rows.reasons()) {
            notOkRead.merge(r.status(), r.count(), Long::sum);
        }
        for (String status : List.of(Status.REJECTED.key(), Status.FAILED.key())) {
            int listed = 0;
            for (RowSample.ReasonCount r : rows.reasons()) {
                if (r.status().equals(status) && listed++ < TOP) {
                    long of = notOkRead.get(status);
                    table.add(List.of(status, nullText(r.code()), nullText(r.field()), Num.count(r.count()),
                            Num.percent(r.count() / (double) of), nullText(r.example())));
                }
            }
        }
        String over = rows.complete() ? "over every row" : "over the " + Num.count(rows.size()) + " rows read (see the"
                + " statistics section), so shares are estimates";
        if (table.isEmpty()) {
            page.p("No rejected or failed row among the rows read (" + over + ").");
        } else {
            page.table(List.of("status", "code", "field", "#rows", "#share of status", "example message"), table);
            page.p("Tallied " + over + "; the share is of the rows with that status.", "muted");
        }
        page.endSection();
    }

    private static String nullText(String s) {
        return s == null ? "–" : s;
    }
}
