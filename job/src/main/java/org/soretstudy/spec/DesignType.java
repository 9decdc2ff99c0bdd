package org.soretstudy.spec;

/** The study designs of contract section 3. */
public enum DesignType {
    GRID("grid"),
    RANDOM("random"),
    LHS("lhs"),
    SOBOL("sobol"),
    SALTELLI("saltelli");

    private final String key;

    DesignType(String key) { this.key = key; }

    public String key() { return key; }

    public static DesignType fromKey(String key) {
        for (DesignType t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        return null;
    }
}
