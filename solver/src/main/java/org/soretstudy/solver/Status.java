package org.soretstudy.solver;

/** Outcome of one cell solve. */
public enum Status {
    /** Solved; every applicable output is finite. */
    OK("ok"),
    /** The input is inadmissible; the reason names the field and the rule. */
    REJECTED("rejected"),
    /** The input was admissible but the solver could not meet its tolerance. */
    FAILED("failed");

    private final String key;

    Status(String key) { this.key = key; }

    public String key() { return key; }
}
