package org.soretstudy.sampling;

import java.util.Locale;

/** The spec's {@code design.type}. */
public enum DesignType {
    GRID, RANDOM, LHS, SOBOL, SALTELLI;

    /** The spec's spelling. */
    public String specName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
