package org.soretstudy.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a person sees it: rendered by headless Chromium (Debian's {@code chromium}) with every host name
 * unresolvable, so anything the page tried to fetch would fail and be logged. Asserts no console error, each
 * section with its plot, no two labels of a plot overlapping and no label outside its plot (measured by the
 * browser's layout, not by the estimate the page was built with), and takes a full-page screenshot.
 *
 * <p>Set {@code -Dreport.screenshot=FILE} to keep the screenshot.
 */
@Tag("browser")
class ReportBrowserTest {
    private static final long TIMEOUT_SECONDS = 180;
    /** Counts text boxes that overlap (by more than 1 px both ways) or leave their SVG; runs in a test copy only. */
    private static final String CHECK = """
            <script>
            (function () {
              var out = {problems: [], sections: {}};
              document.querySelectorAll('svg').forEach(function (svg) {
                var box = svg.getBoundingClientRect();
                var texts = Array.prototype.map.call(svg.querySelectorAll('text'), function (t) {
                  return [t.textContent, t.getBoundingClientRect()];
                });
                for (var i = 0; i < texts.length; i++) {
                  var a = texts[i][1];
                  if (a.left < box.left - 1 || a.right > box.right + 1 || a.top < box.top - 1 || a.bottom > box.bottom + 1) {
                    out.problems.push('outside its plot: ' + texts[i][0]);
                  }
                  for (var j = i + 1; j < texts.length; j++) {
                    var b = texts[j][1];
                    var ox = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                    var oy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                    if (ox > 1 && oy > 1) { out.problems.push('overlap: ' + texts[i][0] + ' | ' + texts[j][0]); }
                  }
                }
              });
              document.querySelectorAll('section').forEach(function (s) {
                out.sections[s.id] = s.querySelectorAll('svg').length;
              });
              document.body.setAttribute('data-check', JSON.stringify(out));
            })();
            </script>""";

    @Test
    void rendersInChromiumWithEverySectionAndNoOverlappingLabels(@TempDir Path tmp) throws Exception {
        Path out = ReportStudy.folder();
        StudyReport.write(out.toString(), new Configuration());
        Path page = out.resolve("report.html");

        // 1. the page as written: loads with no console error, screenshot
        Path shot = Path.of(System.getProperty("report.screenshot", tmp.resolve("report.png").toString()));
        Result loaded = chromium(tmp, page, "--screenshot=" + shot.toAbsolutePath(), "--window-size=1280,4000",
                "--enable-logging=stderr", "--v=0");
        List<String> consoleErrors = new ArrayList<>();
        for (String line : loaded.stderr().split("\n")) {
            // Chromium logs page console messages as "...:INFO:CONSOLE(...)" and load failures as "CONSOLE" errors
            if (line.contains("CONSOLE") || line.contains("Failed to load resource") || line.contains("net::ERR_")) {
                consoleErrors.add(line);
            }
        }
        assertEquals(List.of(), consoleErrors);
        assertTrue(Files.size(shot) > 10_000, "screenshot written: " + shot);

        // 2. a copy with a measuring script: the browser's own text boxes
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Path probe = tmp.resolve("probe.html");
        Files.writeString(probe, html.replace("</main></body>", "</main>" + CHECK + "</body>"), StandardCharsets.UTF_8);
        Result dom = chromium(tmp, probe, "--dump-dom", "--window-size=1280,4000");
        int at = dom.stdout().indexOf("data-check=\"");
        assertTrue(at > 0, "the check ran: " + dom.stdout().substring(0, Math.min(400, dom.stdout().length())));
        String json = dom.stdout().substring(at + "data-check=\"".length(), dom.stdout().indexOf('"', at + "data-check=\"".length()))
                .replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        JsonNode check = new ObjectMapper().readTree(json);
        for (String id : List.of("counts", "statistics", "inputs", "sobol", "table")) {
            assertTrue(check.path("sections").path(id).asInt() >= 1, "section " + id + " holds a plot: " + check.path("sections"));
        }
        assertTrue(check.path("sections").has("provenance"));
        assertEquals("[]", check.path("problems").toString());
    }

    private record Result(String stdout, String stderr) { }

    /** Runs headless Chromium on a file with a fresh profile, offline, and waits for it (killed on timeout). */
    private static Result chromium(Path tmp, Path file, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "chromium-profile");
        List<String> cmd = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile));
        cmd.addAll(List.of(extra));
        cmd.add(file.toUri().toString());
        Path stdout = tmp.resolve("chromium.out");
        Path stderr = tmp.resolve("chromium.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s");
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(stderr));
        return new Result(read(stdout), read(stderr));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
