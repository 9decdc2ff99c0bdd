package org.soretstudy.report;

/** HTML/XML text escaping: every string from a spec, a footer or a file passes through here before the page. */
final class Html {
    private Html() { }

    /** Escapes {@code & < > " '}, valid both in element text and in quoted attributes (HTML and inline SVG). */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r == null && (c < 0x20 && c != '\n' && c != '\t' && c != '\r')) {
                r = "\uFFFD"; // control characters are not allowed in HTML text
            }
            if (r != null) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                b.append(r);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
