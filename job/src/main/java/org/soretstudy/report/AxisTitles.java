package org.soretstudy.report;

import org.soretstudy.io.Units;

/** An axis title for an input or output key, with its unit; mass fractions and pure numbers show no unit. */
final class AxisTitles {
    private AxisTitles() { }

    static PlotFrame.AxisTitle of(String key, boolean dilute) {
        String u = Units.of(key, dilute);
        return new PlotFrame.AxisTitle(key, "mass fraction".equals(u) || "1".equals(u) ? "" : u);
    }
}
