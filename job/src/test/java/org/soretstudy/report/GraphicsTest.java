package org.soretstudy.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The page's building blocks: escaping, number text, tick choice, and that no plot writes NaN or an infinity
 * into an attribute, whatever its data holds. SVG is checked by an XML parser (an independent reader).
 */
class GraphicsTest {
    private static final PlotFrame.AxisTitle X = new PlotFrame.AxisTitle("diffusion", "m²/s");
    private static final PlotFrame.AxisTitle Y = new PlotFrame.AxisTitle("separation", "");

    @Test
    void escapingLeavesNoMarkupAndKeepsText() {
        String nasty = "<script>alert(\"x\")</script> & 'q'\u0001";
        String e = Html.escape(nasty);
        assertFalse(e.contains("<") || e.contains(">") || e.contains("\"") || e.contains("'") || e.contains("\u0001"), e);
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;\uFFFD", e);
        assertEquals("plain text", Html.escape("plain text"));
        assertEquals("", Html.escape(null));
        // inside SVG too: a title and a label with markup come out as text, and the SVG still parses
        Svg svg = new Svg(100, 50, nasty);
        svg.text(10, 10, "start", "tl", nasty, 0).rect(0, 0, 10, 10, null, null, nasty);
        Document d = parse(svg.finish());
        assertEquals(nasty.replace('\u0001', '\uFFFD'), d.getElementsByTagName("text").item(0).getTextContent());
        assertEquals(0, d.getElementsByTagName("script").getLength());
    }

    @Test
    void coordinatesRefuseNaNAndInfinities() {
        assertThrows(IllegalArgumentException.class, () -> Num.coord(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Num.coord(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new Svg(10, 10, "x").line(0, 0, Double.NaN, 1, null));
        assertEquals("12.3", Num.coord(12.34));
        assertEquals("-0.5", Num.coord(-0.46));
        assertEquals("7", Num.coord(7.0));
    }

    @Test
    void valuesReadAsPeopleWriteThem() {
        assertEquals("7.315×10⁻⁴", Num.value(7.314664837091759E-4, 4));
        assertEquals("0.3496", Num.value(0.34963432593607596, 4));
        assertEquals("10680", Num.value(10681.7, 4));
        assertEquals("−2.5", Num.value(-2.5, 4));
        assertEquals("1.2×10⁶", Num.value(1.2e6, 4));
        assertEquals("–", Num.value(Double.NaN, 4));
        assertEquals("10⁻¹⁰", Num.powerOfTen(-10));
        assertEquals("5,242,880", Num.count(5242880));
        assertEquals("12.5 %", Num.percent(0.125));
        assertEquals("100 %", Num.percent(1));
    }

    @Test
    void linearTicksAreRoundNumbersInsideTheRange() {
        Random r = new Random(7);
        for (int trial = 0; trial < 2000; trial++) {
            double span = Math.pow(10, -14 + 24 * r.nextDouble());
            double lo = (r.nextDouble() - 0.3) * span * 5;
            double hi = lo + span * (0.05 + r.nextDouble());
            int target = 2 + r.nextInt(8);
            Ticks t = Ticks.linear(lo, hi, target);
            double[] v = t.values();
            assertTrue(v.length >= 3 && v.length <= 2 * target + 4, "count " + v.length + " for target " + target);
            Set<String> distinct = new HashSet<>(List.of(t.labels()));
            assertEquals(v.length, distinct.size(), "labels must differ: " + List.of(t.labels()));
            double step = v[1] - v[0];
            for (int i = 0; i < v.length; i++) {
                assertTrue(v[i] >= lo - 1e-9 * span && v[i] <= hi + 1e-9 * span, v[i] + " outside " + lo + ".." + hi);
                assertTrue(t.labels()[i].length() <= 8, "short labels: " + t.labels()[i]);
                if (i > 0) {
                    assertEquals(step, v[i] - v[i - 1], 1e-9 * step);
                }
                // the label times the factor is the value
                double shown = new BigDecimal(t.labels()[i].replace('−', '-')).doubleValue() * factor(t.factor());
                assertEquals(v[i], shown, 1e-9 * span + 1e-300);
            }
            double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
            assertTrue(Math.abs(mantissa - 1) < 1e-6 || Math.abs(mantissa - 2) < 1e-6 || Math.abs(mantissa - 5) < 1e-6,
                    "step " + step);
        }
    }

    @Test
    void ticksWriteExactDecimalsAndFactorOutTinyValues() {
        Ticks t = Ticks.linear(0.1, 0.3, 2);
        assertArrayEquals(new String[] {"0.1", "0.2", "0.3"}, t.labels());
        assertEquals("", t.factor());
        Ticks d = Ticks.linear(7.4e-10, 1.2e-9, 3);
        assertEquals("×10⁻⁹", d.factor());
        assertArrayEquals(new String[] {"0.8", "1.0", "1.2"}, d.labels());
    }

    @Test
    void logTicksAreDecadesOrOneTwoFive() {
        Ticks t = Ticks.log(1e-12, 1e-6, 4);
        for (double v : t.values()) {
            double e = Math.log10(v);
            assertEquals(Math.rint(e), e, 1e-9);
        }
        assertTrue(t.values().length >= 3 && t.values().length <= 7);
        assertEquals("10⁻¹²", t.labels()[0]);
        Ticks s = Ticks.log(1e-3, 5e-2, 4); // under two decades: 1, 2, 5 multiples
        assertTrue(List.of(s.labels()).containsAll(List.of("0.001", "0.002", "0.005", "0.01", "0.02", "0.05")), List.of(s.labels()).toString());
    }

    @Test
    void plotsWriteNoNaNWhateverTheData() {
        double[] x = {1e-9, Double.NaN, 2e-9, 3e-9, Double.POSITIVE_INFINITY, 4e-9};
        double[] y = {0.1, 0.2, Double.NaN, 0.4, 0.5, Double.NEGATIVE_INFINITY};
        Map<String, Double> q = new LinkedHashMap<>();
        q.put("0.05", Double.NaN);
        q.put("0.5", 0.25);
        List<String> svgs = List.of(
                ScatterPlot.render(X, x, true, Y, y, 280, 220),
                ScatterPlot.render(X, new double[] {Double.NaN}, false, Y, new double[] {Double.NaN}, 280, 220),
                ScatterPlot.render(X, new double[] {5, 5, 5}, false, Y, new double[] {0, 0, 0}, 280, 220),
                HistogramPlot.render(Y, 0.1, 0.5, y, q, 280, 200),
                HistogramPlot.render(Y, 0.1, 0.5, new double[0], q, 280, 200),
                HeatMap.render(X, new double[] {1, 2, 4}, true, Y, new double[] {0, 1}, false,
                        new double[][] {{Double.NaN}, {1e-6}}, new PlotFrame.AxisTitle("error", ""), 500, 300),
                HeatMap.render(X, new double[] {1, 2}, false, Y, new double[] {0, 1}, false,
                        new double[][] {{Double.NaN}}, new PlotFrame.AxisTitle("error", ""), 500, 300),
                HeatMap.render(X, new double[] {1, 2, 3}, false, Y, new double[] {0, 1}, false,
                        new double[][] {{0}, {0}}, new PlotFrame.AxisTitle("error", ""), 500, 300),
                BarChart.render(List.of("a", "b"), List.of(new BarChart.Series("first", "first",
                        new double[] {Double.NaN, 0.5}, new double[] {Double.NaN, 0.4}, new double[] {0.1, Double.NaN})),
                        new Scale(0, 1, false), new PlotFrame.AxisTitle("index", ""), 600, "bars"));
        for (String svg : svgs) {
            assertFalse(svg.contains("NaN") || svg.contains("Infinity"), svg);
            Document d = parse(svg);
            NodeList all = d.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                var attrs = all.item(i).getAttributes();
                for (int a = 0; a < attrs.getLength(); a++) {
                    String v = attrs.item(a).getNodeValue();
                    assertFalse(v.contains("NaN") || v.contains("Infinity"), attrs.item(a) + " in " + svg);
                }
            }
        }
    }

    @Test
    void histogramBarsShareTheRowsAndQuantilesAreDrawn() {
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i / 999.0;
        }
        Map<String, Double> q = Map.of("0.5", 0.5);
        Document d = parse(HistogramPlot.render(Y, 0, 1, v, q, 280, 200));
        NodeList rects = d.getElementsByTagName("rect");
        int bars = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            bars += "bar".equals(rects.item(i).getAttributes().getNamedItem("class") == null ? null
                    : rects.item(i).getAttributes().getNamedItem("class").getNodeValue()) ? 1 : 0;
        }
        assertEquals(HistogramPlot.BINS, bars);
        assertTrue(d.getElementsByTagName("svg").item(0).getTextContent().contains("quantile 0.5: 0.5"));
    }

    @Test
    void longTitlesAreShortenedNotOverlapping() {
        String longName = "a_very_long_parameter_name_that_goes_on_and_on_and_on";
        assertTrue(Svg.textWidth(Svg.fit(longName, 100, 12), 12) <= 100);
        assertTrue(Svg.fit(longName, 100, 12).endsWith("…"));
        assertEquals("short", Svg.fit("short", 100, 12));
    }

    @Test
    void aFineTableIsDrawnWithMergedCellsKeepingTheWorst() {
        int n = 201; // 200 cells along x, 3 along y
        double[] xv = new double[n];
        double[][] cells = new double[n - 1][3];
        for (int i = 0; i < n; i++) {
            xv[i] = i;
        }
        for (int i = 0; i < n - 1; i++) {
            for (int j = 0; j < 3; j++) {
                cells[i][j] = i == 137 && j == 1 ? 1.0 : 1e-6; // one bad cell must survive the merge
            }
        }
        cells[0][0] = Double.NaN;
        double[][] merged = HeatMap.merge(cells, 3, 1);
        assertEquals(67, merged.length);
        assertEquals(1.0, merged[137 / 3][1], 0);
        assertEquals(1e-6, merged[0][0], 0, "NaN only where the whole group is");
        assertArrayEquals(new double[] {0, 3, 6}, java.util.Arrays.copyOf(HeatMap.every(xv, 3), 3), 0);
        assertEquals(200, HeatMap.every(xv, 3)[67], 0);
        Document d = parse(HeatMap.render(X, xv, false, Y, new double[] {0, 1, 2, 3}, false, cells,
                new PlotFrame.AxisTitle("error", ""), 600, 380));
        int rects = d.getElementsByTagName("rect").getLength();
        assertTrue(rects <= HeatMap.MAX_CELLS * 3 + 60, "rects: " + rects);
        NodeList titles = d.getElementsByTagName("title");
        int bad = 0;
        for (int i = 0; i < titles.getLength(); i++) {
            bad += titles.item(i).getTextContent().endsWith(": 1") ? 1 : 0;
        }
        assertEquals(1, bad, "exactly one merged cell holds the bad cell's bound");
    }

    @Test
    void viridisEndsAreItsPublishedColours() {
        assertEquals("#440154", HeatMap.colour(0)); // matplotlib's viridis, first and last entries
        assertEquals("#fde725", HeatMap.colour(1));
        assertEquals("#440154", HeatMap.colour(Double.NEGATIVE_INFINITY));
    }

    private static double factor(String f) {
        if (f.isEmpty()) {
            return 1;
        }
        String sup = f.substring("×10".length());
        StringBuilder digits = new StringBuilder();
        for (char c : sup.toCharArray()) {
            digits.append(c == '⁻' ? '-' : (char) ('0' + "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c)));
        }
        return Math.pow(10, Integer.parseInt(digits.toString()));
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }
}
