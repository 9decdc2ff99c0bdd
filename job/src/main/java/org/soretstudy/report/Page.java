package org.soretstudy.report;

import java.util.List;

/**
 * The HTML of the report as it is written: a head with the inline style sheet, then sections. Every text
 * argument is escaped here; only {@link #raw} (for SVG made by {@link Svg}) is not.
 */
final class Page {
    private static final String STYLE = """
            body{font-family:"DejaVu Sans",system-ui,"Helvetica Neue",Arial,sans-serif;color:#1b1b1b;margin:0;background:#fff}
            main{max-width:1240px;margin:0 auto;padding:12px 24px 48px}
            h1{font-size:24px;margin:18px 0 4px}
            h2{font-size:19px;margin:0 0 8px;padding-top:8px;border-top:2px solid #4c78a8}
            h3{font-size:15px;margin:16px 0 6px}
            section{margin:26px 0}
            p,li{font-size:14px;line-height:1.45;max-width:980px}
            .lead{color:#444;margin-top:2px}
            nav a{margin-right:14px;font-size:14px;color:#1f5f99}
            table{border-collapse:collapse;font-size:13px;margin:6px 0 10px}
            th,td{border-bottom:1px solid #ddd;padding:3px 10px 3px 0;text-align:left;vertical-align:top;overflow-wrap:anywhere}
            td:first-child{white-space:nowrap}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;padding-left:10px}
            th{color:#333;border-bottom:1px solid #999}
            code,pre{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12px}
            pre{background:#f6f6f6;padding:10px;overflow:auto;max-height:420px}
            .grid{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:flex-start}
            figure{margin:4px 0}
            figcaption{font-size:12px;color:#555;max-width:560px}
            .muted{color:#666}
            svg text{font-family:"DejaVu Sans",system-ui,Arial,sans-serif}
            svg .tl{font-size:11px;fill:#333}
            svg .at{font-size:12px;fill:#111}
            svg .cat{font-size:12px;fill:#111}
            svg .note{font-size:11px;fill:#333}
            svg .area{fill:#fafafa}
            svg .grid{stroke:#e4e4e4;stroke-width:1}
            svg .axis,svg .tick{stroke:#555;stroke-width:1}
            svg .bar{fill:#4c78a8}
            svg .q{stroke:#d62728;stroke-width:1.2;stroke-dasharray:4 3}
            svg .dots{stroke:#1f5f99;stroke-opacity:.4;stroke-width:3.4;stroke-linecap:round;fill:none}
            svg .first{fill:#4c78a8}
            svg .total{fill:#f2a541}
            svg .ci{stroke:#222;stroke-width:1.3}
            svg .ok{fill:#54a24b}
            svg .rejected{fill:#e45756}
            svg .failed{fill:#9d6bb8}
            svg .line{stroke:#4c78a8;stroke-width:2;fill:none}
            """;

    private final StringBuilder b = new StringBuilder(1 << 20);

    Page(String title, String subtitle, List<String[]> navigation) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(title)).append("</title><style>\n").append(STYLE)
                .append("</style></head>\n<body><main>\n<h1>").append(Html.escape(title)).append("</h1>\n");
        p(subtitle, "lead");
        b.append("<nav>");
        for (String[] link : navigation) {
            b.append("<a href=\"#").append(Html.escape(link[0])).append("\">").append(Html.escape(link[1])).append("</a>");
        }
        b.append("</nav>\n");
    }

    Page section(String id, String title) {
        b.append("<section id=\"").append(Html.escape(id)).append("\">\n<h2>").append(Html.escape(title)).append("</h2>\n");
        return this;
    }

    Page endSection() {
        b.append("</section>\n");
        return this;
    }

    Page h3(String text) {
        b.append("<h3>").append(Html.escape(text)).append("</h3>\n");
        return this;
    }

    Page p(String text) {
        return p(text, null);
    }

    Page p(String text, String cssClass) {
        b.append(cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">").append(Html.escape(text)).append("</p>\n");
        return this;
    }

    Page list(List<String> items) {
        b.append("<ul>");
        for (String item : items) {
            b.append("<li>").append(Html.escape(item)).append("</li>");
        }
        b.append("</ul>\n");
        return this;
    }

    /**
     * A table; a header starting with '#' is a numeric column (right-aligned, the '#' not shown); with
     * {@code headers} null, a key-value table without a header row.
     */
    Page table(List<String> headers, List<List<String>> rows) {
        boolean[] numeric = new boolean[headers == null ? 0 : headers.size()];
        b.append("<table>");
        if (headers != null) {
            b.append("<thead><tr>");
            for (int i = 0; i < headers.size(); i++) {
                String h = headers.get(i);
                numeric[i] = h.startsWith("#");
                b.append(numeric[i] ? "<th class=\"n\">" : "<th>").append(Html.escape(numeric[i] ? h.substring(1) : h)).append("</th>");
            }
            b.append("</tr></thead>");
        }
        b.append("<tbody>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                b.append(i < numeric.length && numeric[i] ? "<td class=\"n\">" : "<td>").append(Html.escape(row.get(i))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table>\n");
        return this;
    }

    Page figure(String svg, String caption) {
        b.append("<figure>").append(svg);
        if (caption != null) {
            b.append("<figcaption>").append(Html.escape(caption)).append("</figcaption>");
        }
        b.append("</figure>\n");
        return this;
    }

    Page openGrid() {
        b.append("<div class=\"grid\">\n");
        return this;
    }

    Page closeGrid() {
        b.append("</div>\n");
        return this;
    }

    /** Preformatted text (e.g. the spec), escaped, folded away under a summary line. */
    Page details(String summary, String text) {
        b.append("<details><summary>").append(Html.escape(summary)).append("</summary><pre>").append(Html.escape(text))
                .append("</pre></details>\n");
        return this;
    }

    String finish() {
        return b.append("</main></body></html>\n").toString();
    }
}
