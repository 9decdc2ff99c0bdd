package org.soretstudy.solver;

import java.util.Arrays;

/**
 * The mutable result a {@link CellWorkspace} reuses from solve to solve, so the executor path allocates
 * nothing. Valid until the next solve with the same workspace; {@link #snapshot()} makes an immutable copy.
 */
public final class ResultBuffer {
    private final double[] scalars = new double[OutputField.ALL.length];
    private double[] separationAt = new double[8];
    private int separationAtCount = -1;
    private Status status = Status.OK;
    private Reason reason;
    private Convection convection = Convection.UNKNOWN;

    ResultBuffer() { }

    /** Clears every output to null and the status to ok. */
    public void clear() {
        Arrays.fill(scalars, Double.NaN);
        separationAtCount = -1;
        status = Status.OK;
        reason = null;
        convection = Convection.UNKNOWN;
    }

    public Status status() { return status; }

    public Reason reason() { return reason; }

    public Convection convection() { return convection; }

    public double get(OutputField field) { return scalars[field.ordinal()]; }

    public void set(OutputField field, double value) { scalars[field.ordinal()] = value; }

    public void setConvection(Convection c) { convection = c; }

    /** Number of transient report times, or -1 when {@code separation_at} is null. */
    public int separationAtCount() { return separationAtCount; }

    public double separationAt(int i) {
        if (i < 0 || i >= separationAtCount) {
            throw new IndexOutOfBoundsException(i);
        }
        return separationAt[i];
    }

    /** Makes {@code separation_at} an array of n values (NaN until set); grows the storage only when needed. */
    public void startSeparationAt(int n) {
        if (separationAt.length < n) {
            separationAt = new double[Math.max(n, 2 * separationAt.length)];
        }
        Arrays.fill(separationAt, 0, n, Double.NaN);
        separationAtCount = n;
    }

    public void setSeparationAt(int i, double value) { separationAt[i] = value; }

    /** Marks the result rejected or failed (by the code), clearing every output. */
    public void reject(Reason why) {
        clear();
        status = why.code().isFailure() ? Status.FAILED : Status.REJECTED;
        reason = why;
    }

    public void reject(ReasonCode code, String field, String message) { reject(new Reason(code, field, message)); }

    public CellResult snapshot() {
        return new CellResult(status, reason, scalars,
                separationAtCount < 0 ? null : Arrays.copyOf(separationAt, separationAtCount), convection);
    }
}
