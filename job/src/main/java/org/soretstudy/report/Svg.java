package org.soretstudy.report;

/**
 * Writes one inline SVG element. Every coordinate goes through {@link Num#coord} (which refuses NaN and
 * infinities) and every text through {@link Html#escape}, so no caller can put either into the page.
 */
final class Svg {
    /** Approximate advance of one character of the page's sans-serif at 1 px font size (DejaVu Sans digits). */
    static final double CHAR_WIDTH = 0.62;

    private final StringBuilder b = new StringBuilder(4096);

    Svg(double width, double height, String label) {
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Num.coord(width))
                .append("\" height=\"").append(Num.coord(height)).append("\" viewBox=\"0 0 ").append(Num.coord(width))
                .append(' ').append(Num.coord(height)).append("\" role=\"img\" aria-label=\"").append(Html.escape(label))
                .append("\">");
    }

    /** Width in px of {@code text} at {@code fontSize}, estimated (no font metrics without a browser). */
    static double textWidth(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * CHAR_WIDTH * fontSize;
    }

    /** {@code text} cut to at most {@code maxWidth} px at {@code fontSize}, ending in "…" when cut. */
    static String fit(String text, double maxWidth, double fontSize) {
        int maxChars = (int) Math.floor(maxWidth / (CHAR_WIDTH * fontSize));
        if (text.codePointCount(0, text.length()) <= maxChars) {
            return text;
        }
        if (maxChars <= 1) {
            return "…";
        }
        return text.substring(0, text.offsetByCodePoints(0, maxChars - 1)) + "…";
    }

    Svg rect(double x, double y, double w, double h, String cssClass, String fill, String title) {
        b.append("<rect x=\"").append(Num.coord(x)).append("\" y=\"").append(Num.coord(y)).append("\" width=\"")
                .append(Num.coord(Math.max(0, w))).append("\" height=\"").append(Num.coord(Math.max(0, h))).append('"');
        attr("class", cssClass);
        attr("fill", fill);
        if (title == null) {
            b.append("/>");
        } else {
            b.append("><title>").append(Html.escape(title)).append("</title></rect>");
        }
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        b.append("<line x1=\"").append(Num.coord(x1)).append("\" y1=\"").append(Num.coord(y1)).append("\" x2=\"")
                .append(Num.coord(x2)).append("\" y2=\"").append(Num.coord(y2)).append('"');
        attr("class", cssClass);
        b.append("/>");
        return this;
    }

    /** Text anchored at (x, y); {@code anchor} start|middle|end; rotated by {@code degrees} about (x, y). */
    Svg text(double x, double y, String anchor, String cssClass, String text, double degrees) {
        b.append("<text x=\"").append(Num.coord(x)).append("\" y=\"").append(Num.coord(y)).append("\" text-anchor=\"")
                .append(anchor).append('"');
        attr("class", cssClass);
        if (degrees != 0) {
            b.append(" transform=\"rotate(").append(Num.coord(degrees)).append(' ').append(Num.coord(x)).append(' ')
                    .append(Num.coord(y)).append(")\"");
        }
        b.append('>').append(Html.escape(text)).append("</text>");
        return this;
    }

    /** A path; {@code d} must be built with {@link Num#coord} (see {@link PathData}). */
    Svg path(PathData d, String cssClass, String stroke) {
        if (d.isEmpty()) {
            return this;
        }
        b.append("<path d=\"").append(d).append('"');
        attr("class", cssClass);
        attr("stroke", stroke);
        b.append("/>");
        return this;
    }

    /** Opens a group, e.g. with a tooltip for everything in it. */
    Svg group(String cssClass, String title) {
        b.append("<g");
        attr("class", cssClass);
        b.append('>');
        if (title != null) {
            b.append("<title>").append(Html.escape(title)).append("</title>");
        }
        return this;
    }

    Svg endGroup() {
        b.append("</g>");
        return this;
    }

    String finish() {
        return b.append("</svg>").toString();
    }

    private void attr(String name, String value) {
        if (value != null) {
            b.append(' ').append(name).append("=\"").append(Html.escape(value)).append('"');
        }
    }

    /** Path data built from checked coordinates only. */
    static final class PathData {
        private final StringBuilder d = new StringBuilder();

        PathData move(double x, double y) {
            d.append('M').append(Num.coord(x)).append(' ').append(Num.coord(y));
            return this;
        }

        PathData lineTo(double x, double y) {
            d.append('L').append(Num.coord(x)).append(' ').append(Num.coord(y));
            return this;
        }

        /** A dot: a zero-length segment drawn with a round line cap (one short command per point). */
        PathData dot(double x, double y) {
            return move(x, y).zeroLength();
        }

        private PathData zeroLength() {
            d.append("h0");
            return this;
        }

        boolean isEmpty() { return d.length() == 0; }

        @Override
        public String toString() { return d.toString(); }
    }
}
