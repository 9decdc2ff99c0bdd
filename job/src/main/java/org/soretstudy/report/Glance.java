package org.soretstudy.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.soretstudy.io.Units;
import org.soretstudy.solver.Status;

/**
 * The few sentences at the top of the page that say what the study found: the rows by status and the main
 * reason, each shown output's median and 90 % range, which inputs drive it (Sobol), and the table's worst bound.
 */
final class Glance {
    private Glance() { }

    static List<String> sentences(StudyFolder f, RowSample rows) {
        List<String> out = new ArrayList<>();
        JsonNode counts = f.summary().path("counts");
        long total = 0;
        for (Status s : Status.values()) {
            total += counts.path(s.key()).asLong(0);
        }
        StringBuilder status = new StringBuilder();
        for (Status s : Status.values()) {
            long n = counts.path(s.key()).asLong(0);
            status.append(status.length() == 0 ? "" : ", ").append(s.key()).append(' ')
                    .append(Num.percent(total == 0 ? 0 : n / (double) total));
        }
        if (!rows.reasons().isEmpty()) {
            RowSample.ReasonCount top = rows.reasons().get(0);
            status.append("; the most frequent reason: ").append(top.code()).append(" on ").append(top.field());
        }
        out.add("Rows: " + status + ".");
        JsonNode statistics = f.summary().path("statistics");
        for (String output : InputsSection.chooseOutputs(f.spec(), statistics)) {
            OutputStats s = OutputStats.of(output, statistics.path(output));
            String unit = Units.of(output, f.dilute());
            String u = unit == null || unit.isEmpty() || unit.equals("1") || unit.equals("mass fraction") || unit.equals("as c0") ? "" : " " + unit;
            Double lo = s.quantiles().get("0.05");
            Double hi = s.quantiles().get("0.95");
            Double median = s.quantiles().get("0.5");
            StringBuilder line = new StringBuilder(output).append(": ");
            if (median != null) {
                line.append("median ").append(Num.value(median, 3)).append(u);
            } else {
                line.append("mean ").append(Num.value(s.mean(), 3)).append(u);
            }
            if (lo != null && hi != null) {
                line.append(", 90 % of ok rows between ").append(Num.value(lo, 3)).append(" and ").append(Num.value(hi, 3)).append(u);
            }
            String drivers = drivers(f.summary().path("sobol").path(output));
            if (drivers != null) {
                line.append("; its variance comes from ").append(drivers);
            }
            out.add(line.append('.').toString());
        }
        if (f.table() != null) {
            for (TableFolder.Output o : f.table().outputs()) {
                double worst = Double.NaN;
                for (double e : o.errors()) {
                    if (!Double.isNaN(e) && !(worst >= e)) {
                        worst = e;
                    }
                }
                out.add("Table of " + o.name() + ": largest interpolation error bound of a cell "
                        + Num.value(worst, 3) + (o.unit().isEmpty() || o.unit().equals("1") ? "" : " " + o.unit()) + ".");
            }
        }
        return out;
    }

    /** "c0 (88 % alone, 89 % with interactions), then soret (...)": the parameter of largest total index, and the next one when its total index reaches 5 %. */
    private static String drivers(JsonNode sobol) {
        if (sobol.isMissingNode() || sobol.size() == 0) {
            return null;
        }
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = sobol.fields();
        it.forEachRemaining(entries::add);
        entries.sort((a, b) -> Double.compare(total(b.getValue()), total(a.getValue())));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(2, entries.size()); i++) {
            JsonNode e = entries.get(i).getValue();
            if (i > 0 && !(total(e) >= 0.05)) {
                break; // a minor second driver is noise here; the section lists every parameter
            }
            parts.add(entries.get(i).getKey() + " (" + Num.percent(OutputStats.number(e.path("first"))) + " alone, "
                    + Num.percent(OutputStats.number(e.path("total"))) + " with interactions)");
        }
        return String.join(", then ", parts);
    }

    private static double total(JsonNode e) {
        double t = OutputStats.number(e.path("total"));
        return Double.isNaN(t) ? Double.NEGATIVE_INFINITY : t;
    }
}
