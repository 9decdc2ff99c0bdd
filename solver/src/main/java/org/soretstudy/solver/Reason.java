package org.soretstudy.solver;

import java.util.Objects;

/**
 * Why a result is not {@code ok}: a code and the input key at fault, for programs, and a message for people.
 *
 * @param code    the rule that was broken
 * @param field   the input key at fault ({@code thermo} for the second law), never null
 * @param message what was wrong, with the value and the allowed range
 */
public record Reason(ReasonCode code, String field, String message) {
    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
