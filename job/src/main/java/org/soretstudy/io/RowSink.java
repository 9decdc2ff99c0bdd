package org.soretstudy.io;

import java.io.IOException;

import org.soretstudy.solver.ResultBuffer;

/** Receives the study's rows one solve at a time; the arguments may be reused by the caller after the call. */
@FunctionalInterface
public interface RowSink {
    /**
     * @param sampleId the row's index in the design
     * @param params   the varied parameters' values, in {@link StudySchema#parameterNames()} order
     * @param result   the solve's result (read during the call, not kept)
     */
    void write(long sampleId, double[] params, ResultBuffer result) throws IOException;
}
