package org.soretstudy.spec;

import org.soretstudy.sampling.Sampler;
import org.soretstudy.solver.CellInputs;
import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.NumericInput;

/**
 * The one place that turns a study's sample into a cell: the spec's fixed inputs ({@code base}) with the
 * varied parameters of one sample set on top. Sequential access ({@link #seek} then {@link #next}) is what an
 * executor uses for its chunk; {@link #at} gives any sample_id; both give bit-identical points. Not
 * thread-safe: one instance per task or thread, reused for every point.
 */
public final class StudyPoints {
    private final Sampler sampler;
    /**
     * The base inputs with the varied ones of the last point on top: only the varied inputs change from point to
     * point, and every point sets all of them, so the base is copied in once, not per point.
     */
    private final CellParameters.Builder point;
    private final NumericInput[] inputs;
    private final double[] values;
    private Sampler.Cursor cursor;

    public StudyPoints(StudySpec spec) {
        sampler = spec.sampler();
        point = spec.baseBuilder(); // a new builder of its own
        inputs = spec.parameterNames().stream().map(NumericInput::fromKey).toArray(NumericInput[]::new);
        values = new double[inputs.length];
    }

    /** Positions the sequence so that {@link #next} returns sample {@code sampleId}, then the following ones. */
    public void seek(long sampleId) {
        cursor = sampler.cursor(sampleId);
    }

    /**
     * The next sample of the sequence started by {@link #seek}, read in place: valid until the next call of this
     * object (an executor solves it at once; a record per point would be 230 bytes of garbage per row).
     */
    public CellInputs next() {
        cursor.next(values);
        return inPlace(values);
    }

    /** Sample {@code sampleId} (random access), as a record of its own. */
    public CellParameters at(long sampleId) {
        sampler.values(sampleId, values);
        return withValues(values);
    }

    /** The base inputs with the varied parameters set to {@code parameterValues} (in column order), as a record. */
    public CellParameters withValues(double[] parameterValues) {
        return set(parameterValues).build();
    }

    /** As {@link #withValues}, read in place: valid until the next call of this object. */
    public CellInputs inPlace(double[] parameterValues) {
        return set(parameterValues);
    }

    private CellParameters.Builder set(double[] parameterValues) {
        for (int j = 0; j < inputs.length; j++) {
            point.set(inputs[j], parameterValues[j]);
        }
        return point;
    }

    /** The varied parameters' values of the last sample returned (column order); overwritten by the next call. */
    public double[] values() {
        return values;
    }
}
