package org.soretstudy.sampling;

import java.util.Locale;
import org.soretstudy.error.UserException;

/** The spec's {@code design.type}. */
public enum DesignType {
    GRID, RANDOM, LHS, SOBOL, SALTELLI;

    /** The spec's spelling. */
    public String specName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code design.type}. */
    public static DesignType of(String value, String field) {
        for (DesignType t : values()) {
            if (t.specName().equals(value)) {
                return t;
            }
        }
        throw new UserException(field, value, "one of grid, random, lhs, sobol, saltelli");
    }
}
