package org.soretstudy.datasets;

import java.util.Locale;

/** What a curated entry describes. */
public enum Kind {
    LIQUID, GAS, COLLOID;

    public String key() { return name().toLowerCase(Locale.ROOT); }

    static Kind of(String key) { return valueOf(key.toUpperCase(Locale.ROOT)); }
}
