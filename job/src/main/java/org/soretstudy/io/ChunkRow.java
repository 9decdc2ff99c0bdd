package org.soretstudy.io;

import java.util.Arrays;

import org.soretstudy.solver.CellResult;
import org.soretstudy.solver.Convection;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.Reason;
import org.soretstudy.solver.ReasonCode;
import org.soretstudy.solver.Status;

/**
 * The row a {@link ChunkReader} is on: a mutable view, overwritten by the next {@link ChunkReader#next()}.
 * Null outputs read as NaN, as in the solver's result; {@link #toResult()} and {@link #params()} copy.
 */
public final class ChunkRow {
    long sampleId;
    final double[] params;
    final double[] outputs = new double[OutputField.ALL.length];
    double[] separationAt = new double[8];
    int separationAtCount;
    Convection convection;
    Status status;
    String reasonCode;
    String reasonField;
    String reason;

    ChunkRow(int parameterCount) {
        this.params = new double[parameterCount];
        clear();
    }

    void clear() {
        Arrays.fill(outputs, Double.NaN);
        separationAtCount = -1;
        convection = null;
        status = null;
        reasonCode = null;
        reasonField = null;
        reason = null;
    }

    void addSeparationAt(double v) {
        if (separationAtCount == separationAt.length) {
            separationAt = Arrays.copyOf(separationAt, 2 * separationAt.length);
        }
        separationAt[separationAtCount++] = v;
    }

    public long sampleId() { return sampleId; }

    /** The value of parameter {@code i}, in {@link StudySchema#parameterNames()} order. */
    public double param(int i) { return params[i]; }

    /** A copy of the parameter values. */
    public double[] params() { return params.clone(); }

    /** The output's value, NaN when it is null. */
    public double get(OutputField field) { return outputs[field.ordinal()]; }

    /** Number of {@code separation_at} values, or -1 when it is null. */
    public int separationAtCount() { return separationAtCount; }

    /** A {@code separation_at} value (NaN for a null element). */
    public double separationAt(int i) {
        if (i < 0 || i >= separationAtCount) {
            throw new IndexOutOfBoundsException(i);
        }
        return separationAt[i];
    }

    /** The convection flag, null when not written (rows that are not ok). */
    public Convection convection() { return convection; }

    public Status status() { return status; }

    /** The reason's code key (e.g. {@code out_of_range}), null when ok. */
    public String reasonCode() { return reasonCode; }

    public String reasonField() { return reasonField; }

    /** The reason's message, null when ok. */
    public String reason() { return reason; }

    /**
     * The row's result as the solver reported it. A null convection becomes {@link Convection#UNKNOWN}, the
     * value a rejected or failed {@code ResultBuffer} holds, so writing a buffer and reading it back gives
     * {@code buffer.snapshot()}.
     *
     * @throws IllegalStateException if the reason code is not one this version knows
     */
    public CellResult toResult() {
        Reason why = null;
        if (reasonCode != null) {
            why = new Reason(codeOf(reasonCode), reasonField == null ? "" : reasonField, reason == null ? "" : reason);
        }
        return new CellResult(status, why, outputs,
                separationAtCount < 0 ? null : Arrays.copyOf(separationAt, separationAtCount),
                convection == null ? Convection.UNKNOWN : convection);
    }

    private static ReasonCode codeOf(String key) {
        for (ReasonCode c : ReasonCode.values()) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        throw new IllegalStateException("unknown reason_code '" + key + "'");
    }
}
