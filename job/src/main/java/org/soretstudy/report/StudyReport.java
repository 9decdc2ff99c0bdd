package org.soretstudy.report;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The report engine: reads a study's output folder (any Hadoop FileSystem) and writes {@code OUT/report.html},
 * one self-contained page (contract section 5). It reads at most {@link #ROW_BUDGET} rows, so it takes seconds
 * for a study of any size, and it is deterministic: the same folder gives the same bytes.
 */
public final class StudyReport {
    /** Rows read for the histograms, the scatter sample and the reason tally. */
    public static final int ROW_BUDGET = 50_000;

    /**
     * What was written.
     *
     * @param rowsRead rows the report read (all of them when {@code complete})
     */
    public record Result(URI file, long bytes, long rowsRead, boolean complete, int chunksRead, int chunks, List<String> sections) { }

    private StudyReport() { }

    /** Writes {@code OUT/report.html} (replacing one that is there) and says what it holds. */
    public static Result write(String out, Configuration conf) throws IOException {
        StudyFolder folder = StudyFolder.read(out, conf);
        RowSample rows = RowSampler.read(conf, folder.uri(), folder.chunks(), folder.parameters(), ROW_BUDGET);
        List<String> sections = new ArrayList<>();
        String html = render(folder, rows, sections);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        Path target = new Path(new Path(folder.uri()), StudyFolder.REPORT);
        writeAtomically(target.getFileSystem(conf), target, bytes);
        return new Result(target.toUri(), bytes.length, rows.size(), rows.complete(), rows.chunksRead(), rows.chunksTotal(),
                List.copyOf(sections));
    }

    static String render(StudyFolder f, RowSample rows, List<String> sections) {
        List<String[]> nav = new ArrayList<>();
        nav.add(new String[] {ProvenanceSection.ID, "Provenance"});
        nav.add(new String[] {CountsSection.ID, "Counts"});
        nav.add(new String[] {StatisticsSection.ID, "Statistics"});
        nav.add(new String[] {InputsSection.ID, "Outputs against inputs"});
        boolean sobol = SobolSection.applies(f);
        if (sobol) {
            nav.add(new String[] {SobolSection.ID, "Sobol indices"});
        }
        if (f.table() != null) {
            nav.add(new String[] {TableSection.ID, "Table"});
        }
        String read = rows.complete()
                ? "all " + Num.count(rows.size()) + " rows read"
                : Num.count(rows.size()) + " rows read for the plots and the reasons: the first rows of " + rows.chunksRead()
                        + " of the " + rows.chunksTotal() + " chunks";
        Page page = new Page("soret-study report: " + f.spec().path("name").asText(),
                f.spec().path("design").path("type").asText() + " design over " + String.join(", ", f.parameters()) + "; "
                        + Num.count(f.summary().path("rows").asLong()) + " rows; " + read + ".", nav);
        page.list(Glance.sentences(f, rows));
        ProvenanceSection.write(page, f);
        CountsSection.write(page, f, rows);
        StatisticsSection.write(page, f, rows);
        InputsSection.write(page, f, rows);
        if (sobol) {
            SobolSection.write(page, f);
        }
        if (f.table() != null) {
            TableSection.write(page, f);
        }
        for (String[] n : nav) {
            sections.add(n[0]);
        }
        return page.finish();
    }

    private static void writeAtomically(FileSystem fs, Path target, byte[] bytes) throws IOException {
        Path temp = new Path(target.getParent(), "." + target.getName() + "." + java.util.UUID.randomUUID() + ".tmp");
        try (OutputStream o = fs.create(temp, true)) {
            o.write(bytes);
        }
        if (fs.exists(target)) {
            fs.delete(target, false);
        }
        if (!fs.rename(temp, target)) {
            fs.delete(temp, false);
            throw new IOException("could not rename " + temp + " to " + target);
        }
    }
}
