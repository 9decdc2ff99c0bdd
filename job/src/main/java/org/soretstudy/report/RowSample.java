package org.soretstudy.report;

import java.util.List;
import org.soretstudy.solver.OutputField;

/**
 * The rows the report read, column by column: every parameter and every scalar output (NaN for a null), with
 * the status and sample id of each row, and the tally of reasons over them.
 *
 * @param params       {@code params[p][r]}: parameter p of row r
 * @param outputs      {@code outputs[f.ordinal()][r]}: output f of row r
 * @param ok           whether row r is ok
 * @param sampleIds    the row's sample id
 * @param chunksRead   chunks the rows came from
 * @param chunksTotal  committed chunks of the study
 * @param wholeChunks  every read chunk was read to its end (so all the study's rows were read when all chunks were)
 * @param reasons      rejection and failure reasons over the rows read, most frequent first
 */
record RowSample(List<String> parameters, double[][] params, double[][] outputs, boolean[] ok, long[] sampleIds,
                 int chunksRead, int chunksTotal, boolean wholeChunks, List<ReasonCount> reasons) {

    /** Rows read. */
    int size() { return ok.length; }

    double[] output(OutputField f) { return outputs[f.ordinal()]; }

    /**
     * Up to {@code max} ok rows, in reading order: all of them when there are no more, else those whose hashed
     * sample id is smallest (a uniform random subset that is the same on every run).
     */
    int[] okSubset(int max) {
        int count = 0;
        for (boolean b : ok) {
            count += b ? 1 : 0;
        }
        int[] rows = new int[count];
        long[] keys = new long[count];
        for (int r = 0, k = 0; r < ok.length; r++) {
            if (ok[r]) {
                rows[k] = r;
                keys[k++] = mix(sampleIds[r]);
            }
        }
        if (count <= max) {
            return rows;
        }
        long[] sorted = keys.clone();
        java.util.Arrays.sort(sorted);
        long cut = sorted[max - 1];
        int[] out = new int[max];
        for (int k = 0, m = 0; k < count && m < max; k++) {
            if (keys[k] <= cut) {
                out[m++] = rows[k];
            }
        }
        return out;
    }

    /** SplitMix64's finalizer: a bijective mix of the sample id. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Whether every committed row was read. */
    boolean complete() { return wholeChunks && chunksRead == chunksTotal; }

    /**
     * How often one reason occurred among the rows read.
     *
     * @param status  rejected or failed
     * @param example the message of the first row with this reason
     */
    record ReasonCount(String status, String code, String field, long count, String example) { }
}
