package org.soretstudy.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.soretstudy.cli.Main;
import org.soretstudy.error.UserException;

/**
 * The report of a real study: its sections, escaping, self-containment and determinism; the reason tally
 * checked against DuckDB (an independent Parquet reader); the table section against the documented layout.
 */
class StudyReportTest {
    private static final Configuration CONF = new Configuration();

    @Test
    void sameFolderGivesTheSameBytesWithEverySection() throws Exception {
        Path out = ReportStudy.folder();
        StudyReport.Result first = StudyReport.write(out.toString(), CONF);
        byte[] a = Files.readAllBytes(out.resolve("report.html"));
        StudyReport.Result second = StudyReport.write(out.toString(), CONF);
        assertArrayEquals(a, Files.readAllBytes(out.resolve("report.html")));
        assertEquals(List.of("provenance", "counts", "statistics", "inputs", "sobol", "table"), first.sections());
        assertTrue(first.complete(), "a 5,120-row study is read whole");
        assertEquals(5120, second.rowsRead());
        String html = new String(a, java.nio.charset.StandardCharsets.UTF_8);
        for (String id : first.sections()) {
            int at = html.indexOf("<section id=\"" + id + "\">");
            assertTrue(at >= 0, id);
            int end = html.indexOf("</section>", at);
            assertTrue(id.equals("provenance") || html.substring(at, end).contains("<svg"), id + " holds a plot");
        }
    }

    @Test
    void everyStringFromTheSpecIsEscapedAndNothingIsFetched() throws Exception {
        Path out = ReportStudy.folder();
        StudyReport.write(out.toString(), CONF);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains(Html.escape(ReportStudy.DESCRIPTION)));
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), "the description's markup stays text");
        // self-contained: no external script, style, font or image; the only URL is the SVG namespace
        for (String forbidden : List.of("<link", "<img", "<iframe", " src=", "url(", "@import", "@font-face")) {
            assertFalse(html.contains(forbidden), forbidden);
        }
        Matcher urls = Pattern.compile("https?://[^\"'\\s<]+").matcher(html);
        while (urls.find()) {
            assertEquals("http://www.w3.org/2000/svg", urls.group());
        }
        assertFalse(html.contains("NaN") || html.contains("Infinity"));
        // every inline SVG is well-formed XML
        Matcher svg = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
        int count = 0;
        while (svg.find()) {
            GraphicsTest.parse(svg.group());
            count++;
        }
        assertTrue(count >= 10, "plots: " + count);
    }

    @Test
    void reasonTallyMatchesDuckDb() throws Exception {
        Path out = ReportStudy.folder();
        StudyFolder f = StudyFolder.read(out.toString(), CONF);
        RowSample rows = RowSampler.read(CONF, f.uri(), f.chunks(), f.parameters(), StudyReport.ROW_BUDGET);
        List<String> ours = new ArrayList<>();
        for (RowSample.ReasonCount r : rows.reasons()) {
            ours.add(r.status() + "/" + r.code() + "/" + r.field() + "=" + r.count());
        }
        List<String> duck = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select status, reason_code, reason_field, count(*) n from read_parquet('"
                     + out.resolve("samples").toAbsolutePath() + "/*.parquet') where status <> 'ok'"
                     + " group by all order by n desc, status, reason_code, reason_field")) {
            while (r.next()) {
                duck.add(r.getString(1) + "/" + r.getString(2) + "/" + r.getString(3) + "=" + r.getLong(4));
            }
        }
        assertFalse(duck.isEmpty(), "the study has rejected rows (c0 >= 1)");
        assertEquals(duck, ours);
        assertEquals(5120, rows.size());
        long ok = 0;
        for (boolean b : rows.ok()) {
            ok += b ? 1 : 0;
        }
        assertEquals(f.summary().path("counts").path("ok").asLong(), ok);
        int[] subset = rows.okSubset(300);
        assertEquals(300, subset.length);
        for (int i : subset) {
            assertTrue(rows.ok()[i]);
        }
        assertArrayEquals(subset, rows.okSubset(300), "the same subset every time");
    }

    @Test
    void tableBoundIsTheWorstOverTheOtherAxes() throws Exception {
        StudyFolder f = StudyFolder.read(ReportStudy.folder().toString(), CONF);
        TableFolder t = f.table();
        assertEquals(List.of("c0", "soret", "diffusion"), t.axes().stream().map(TableFolder.Axis::name).toList());
        double[][] worst = t.worstOver(t.outputs().get(0), 0, 1);
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 4; j++) {
                double expected = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < 3; k++) {
                    double e = ReportStudy.error(i, j, k);
                    if (!Double.isNaN(e)) {
                        expected = Math.max(expected, e);
                    }
                }
                assertEquals(expected, worst[i][j], 0, "cell " + i + ", " + j);
            }
        }
        double[][] overDiffusion = t.worstOver(t.outputs().get(0), 2, -1);
        assertEquals(ReportStudy.error(5, 3, 2), overDiffusion[2][0], 0);
    }

    @Test
    void aTableFileOfTheWrongSizeIsAUserError(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("copy");
        copy(ReportStudy.folder(), out);
        Files.write(out.resolve("table/separation.err.f64"), new byte[16]);
        UserException e = assertThrows(UserException.class, () -> StudyReport.write(out.toString(), CONF));
        assertTrue(e.getMessage().contains("separation.err.f64"), e.getMessage());
    }

    @Test
    void aFolderThatIsNoStudyIsRefusedWithExitCode2(@TempDir Path dir) {
        UserException e = assertThrows(UserException.class, () -> StudyReport.write(dir.toString(), CONF));
        assertEquals("OUT", e.field());
        assertEquals(2, Main.execute("report", dir.toString()));
        assertFalse(Files.exists(dir.resolve("report.html")));
    }

    @Test
    void aMissingOrBrokenSummaryIsAUserErrorNamingIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("copy");
        copy(ReportStudy.folder(), out);
        Files.write(out.resolve("summary.json"), "{\"rows\": ".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        UserException broken = assertThrows(UserException.class, () -> StudyReport.write(out.toString(), CONF));
        assertTrue(broken.getMessage().contains("well-formed summary.json"), broken.getMessage());
        Files.delete(out.resolve("summary.json"));
        UserException missing = assertThrows(UserException.class, () -> StudyReport.write(out.toString(), CONF));
        assertTrue(missing.getMessage().contains("summarize"), missing.getMessage());
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
