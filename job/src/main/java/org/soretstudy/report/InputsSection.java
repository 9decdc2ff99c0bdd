package org.soretstudy.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.soretstudy.solver.OutputField;

/**
 * Section {@code inputs}: each chosen output against each varied input, over a sample of ok rows. The outputs
 * are {@code separation}, the Sobol outputs of the analysis, the table's outputs and, in transient mode,
 * {@code t99}, those that vary, at most {@link #MAX_OUTPUTS}; the inputs at most {@link #MAX_INPUTS}, the
 * most influential first when the study has Sobol indices.
 */
final class InputsSection {
    static final String ID = "inputs";
    static final int MAX_OUTPUTS = 4;
    static final int MAX_INPUTS = 6;
    static final int MAX_POINTS = 2000;
    static final double WIDTH = 284;
    static final double HEIGHT = 236;

    private InputsSection() { }

    static void write(Page page, StudyFolder f, RowSample rows) {
        JsonNode statistics = f.summary().path("statistics");
        List<String> outputs = chooseOutputs(f.spec(), statistics);
        List<String> inputs = chooseInputs(f, outputs);
        int[] subset = rows.okSubset(MAX_POINTS);
        page.section(ID, "Outputs against inputs");
        if (outputs.isEmpty() || subset.length == 0) {
            page.p("No output varies over the ok rows, or no ok row was read: nothing to plot.");
            page.endSection();
            return;
        }
        page.p("Each dot is one ok row: a sample of " + Num.count(subset.length) + " of the rows read (the same rows in every"
                + " plot). Outputs shown: " + String.join(", ", outputs) + "; inputs: " + String.join(", ", inputs)
                + (inputs.size() < rows.parameters().size() ? " (the " + MAX_INPUTS + " most influential of "
                + rows.parameters().size() + ")" : "") + ".");
        for (String output : outputs) {
            double[] all = rows.output(OutputField.fromKey(output));
            double[] y = pick(all, subset);
            page.h3(output);
            page.openGrid();
            for (String input : inputs) {
                double[] x = pick(rows.params()[rows.parameters().indexOf(input)], subset);
                page.figure(ScatterPlot.render(AxisTitles.of(input, f.dilute()), x, f.logParameter(input),
                        AxisTitles.of(output, f.dilute()), y, WIDTH, HEIGHT), null);
            }
            page.closeGrid();
        }
        page.endSection();
    }

    static List<String> chooseOutputs(JsonNode spec, JsonNode statistics) {
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(OutputField.SEPARATION.key());
        spec.path("analysis").path("outputs").forEach(o -> candidates.add(o.asText()));
        spec.path("table").path("outputs").forEach(o -> candidates.add(o.asText()));
        if ("transient".equals(spec.path("base").path("mode").asText())) {
            candidates.add(OutputField.T99.key());
        }
        List<String> out = new ArrayList<>();
        for (String c : candidates) {
            JsonNode s = statistics.path(c);
            if (out.size() < MAX_OUTPUTS && !s.isMissingNode() && OutputStats.of(c, s).varies()) {
                out.add(c);
            }
        }
        return out;
    }

    /** The inputs, by decreasing total Sobol index of the first output when there is one, else in spec order. */
    static List<String> chooseInputs(StudyFolder f, List<String> outputs) {
        List<String> params = new ArrayList<>(f.parameters());
        JsonNode sobol = outputs.isEmpty() ? null : f.summary().path("sobol").path(outputs.get(0));
        if (sobol != null && !sobol.isMissingNode()) {
            params.sort(Comparator.comparingDouble((String p) -> {
                double t = OutputStats.number(sobol.path(p).path("total"));
                return Double.isNaN(t) ? Double.NEGATIVE_INFINITY : t;
            }).reversed());
        }
        return params.subList(0, Math.min(MAX_INPUTS, params.size()));
    }

    private static double[] pick(double[] column, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = column[rows[i]];
        }
        return out;
    }
}
