package org.soretstudy.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.soretstudy.io.Units;

/** Section {@code provenance}: what was run (spec, seed, design, inputs), by which versions, and when. */
final class ProvenanceSection {
    static final String ID = "provenance";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final String SPEC_KEY = "soret_study.spec";
    private static final int LISTED = 8;

    private ProvenanceSection() { }

    static void write(Page page, StudyFolder f) {
        JsonNode spec = f.spec();
        page.section(ID, "Provenance");
        List<List<String>> study = new ArrayList<>();
        study.add(List.of("study", spec.path("name").asText()));
        if (spec.hasNonNull("description")) {
            study.add(List.of("description", spec.path("description").asText()));
        }
        study.add(List.of("seed", spec.path("seed").asText()));
        JsonNode design = spec.path("design");
        study.add(List.of("design", design.path("type").asText()
                + (design.has("samples") ? ", " + Num.count(design.path("samples").asLong()) + " samples" : "")));
        study.add(List.of("rows", Num.count(f.summary().path("rows").asLong()) + " in " + Num.count(f.chunks().length)
                + " committed chunk(s)"));
        study.add(List.of("output folder", f.uri().toString()));
        Duration took = Duration.between(f.manifestWritten(), f.summaryWritten());
        study.add(List.of("run", "started " + TIME.format(f.manifestWritten()) + ", summary written "
                + TIME.format(f.summaryWritten()) + " (" + duration(took) + ", from the files' times; a resumed run counts"
                + " from its first start)"));
        page.table(null, study);

        page.h3("Versions and sampler (from the Parquet footer)");
        List<List<String>> versions = new ArrayList<>();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(f.footer()).entrySet()) {
            if (!e.getKey().equals(SPEC_KEY)) {
                versions.add(List.of(e.getKey(), e.getValue()));
            }
        }
        if (versions.isEmpty()) {
            page.p("No chunk is committed, so no footer could be read.");
        } else {
            page.table(List.of("key", "value"), versions);
        }

        page.h3("Varied inputs");
        List<List<String>> params = new ArrayList<>();
        for (String name : f.parameters()) {
            String unit = Units.of(name, f.dilute());
            params.add(List.of(name, describe(spec.path("parameters").path(name)), unit == null ? "" : unit));
        }
        page.table(List.of("parameter", "distribution", "unit"), params);

        page.h3("Fixed inputs");
        List<List<String>> base = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = spec.path("base").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String unit = Units.of(e.getKey(), f.dilute());
            JsonNode v = e.getValue();
            base.add(List.of(e.getKey(), v.isTextual() ? v.asText() : v.toString(), unit == null ? "" : unit));
        }
        page.table(List.of("input", "value", "unit"), base);
        page.details("The spec as run (canonical JSON, from " + StudyFolder.MANIFEST + ")", spec.toPrettyString());
        page.endSection();
    }

    /** {@code lognormal: median 9.5E-10, gsd 1.05}. */
    static String describe(JsonNode p) {
        StringBuilder s = new StringBuilder(p.path("dist").asText(p.has("points") ? "grid" : "?"));
        String sep = ": ";
        Iterator<Map.Entry<String, JsonNode>> it = p.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("dist")) {
                s.append(sep).append(e.getKey()).append(' ').append(shortJson(e.getValue()));
                sep = ", ";
            }
        }
        return s.toString();
    }

    /** A JSON value as text; an array of more than {@link #LISTED} numbers shows its first ones and its length. */
    static String shortJson(JsonNode v) {
        if (v.isTextual()) {
            return v.asText();
        }
        if (!v.isArray()) {
            return v.toString();
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < Math.min(v.size(), LISTED); i++) {
            items.add(v.get(i).isNumber() ? Num.value(v.get(i).asDouble(), 4) : v.get(i).toString());
        }
        return "[" + String.join(", ", items) + (v.size() > LISTED ? ", … (" + v.size() + " values)" : "") + "]";
    }

    static String duration(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
