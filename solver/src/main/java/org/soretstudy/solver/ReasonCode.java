package org.soretstudy.solver;

/** Machine-readable reason for a {@code rejected} or {@code failed} result. */
public enum ReasonCode {
    /** The line is not a JSON object, or a value has the wrong JSON type. */
    UNPARSEABLE("unparseable"),
    /** A key the contract does not know. */
    UNKNOWN_KEY("unknown_key"),
    /** A string value outside its enumeration (e.g. {@code closure: "ternary"}). */
    UNKNOWN_VALUE("unknown_value"),
    /** A required input is absent. */
    MISSING("missing"),
    /** Inputs that contradict each other (e.g. both {@code soret} and {@code thermal_diffusion}). */
    CONFLICT("conflict"),
    /** NaN or infinite input. */
    NON_FINITE("non_finite"),
    /** A finite input outside its allowed range. */
    OUT_OF_RANGE("out_of_range"),
    /** The Onsager matrix is not positive definite somewhere in the cell (physics.md section 6). */
    SECOND_LAW("second_law"),
    /** A well-formed input this version cannot solve yet. */
    UNSUPPORTED("unsupported"),
    /** The solver could not meet its tolerance. */
    NOT_CONVERGED("not_converged"),
    /** The solver produced a non-finite value. */
    NON_FINITE_RESULT("non_finite_result");

    private final String key;

    ReasonCode(String key) { this.key = key; }

    public String key() { return key; }

    /** True for the codes that make a result {@link Status#FAILED} rather than {@link Status#REJECTED}. */
    public boolean isFailure() { return this == NOT_CONVERGED || this == NON_FINITE_RESULT; }
}
