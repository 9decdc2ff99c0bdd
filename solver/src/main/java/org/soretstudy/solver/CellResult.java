package org.soretstudy.solver;

import java.util.Arrays;

/**
 * Immutable result of one solve (contract section 2). Numeric outputs are indexed by {@link OutputField};
 * NaN means null (the output does not apply or its inputs were not given).
 *
 * @param separationAt separation at each requested time (transient), or null
 * @param reason       null when {@code ok}
 */
public record CellResult(Status status, Reason reason, double[] scalars, double[] separationAt,
                         Convection convection) {

    public CellResult {
        scalars = scalars.clone();
        separationAt = separationAt == null ? null : separationAt.clone();
    }

    /** The output's value, NaN when it is null. */
    public double get(OutputField field) { return scalars[field.ordinal()]; }

    public boolean isOk() { return status == Status.OK; }

    @Override
    public double[] scalars() { return scalars.clone(); }

    @Override
    public double[] separationAt() { return separationAt == null ? null : separationAt.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof CellResult r && status == r.status && java.util.Objects.equals(reason, r.reason)
                && Arrays.equals(scalars, r.scalars) && Arrays.equals(separationAt, r.separationAt)
                && convection == r.convection;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * java.util.Objects.hash(status, reason, convection) + Arrays.hashCode(scalars))
                + Arrays.hashCode(separationAt);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("CellResult{").append(status.key());
        if (reason != null) {
            s.append(", ").append(reason);
        }
        for (OutputField f : OutputField.ALL) {
            if (!Double.isNaN(get(f))) {
                s.append(", ").append(f.key()).append('=').append(get(f));
            }
        }
        if (separationAt != null) {
            s.append(", separation_at=").append(Arrays.toString(separationAt));
        }
        return s.append(", convection=").append(convection.key()).append('}').toString();
    }
}
