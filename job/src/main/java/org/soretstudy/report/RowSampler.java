package org.soretstudy.report;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.soretstudy.io.ChunkReader;
import org.soretstudy.io.ChunkRow;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.Status;

/**
 * Reads a bounded, deterministic share of a study's rows on the calling thread (no Spark): up to
 * {@link #MAX_CHUNKS} committed chunks spread evenly over the study, and from each the first rows up to an equal
 * share of {@code budget}. A study of at most {@code budget} rows in at most {@link #MAX_CHUNKS} chunks is read
 * whole. Prefixes are representative for the random, Sobol', LHS and Saltelli designs, whose consecutive rows
 * cover the whole input space; a large grid is read as slabs (the report says what it read).
 */
final class RowSampler {
    static final int MAX_CHUNKS = 32;

    private RowSampler() { }

    static RowSample read(Configuration conf, URI out, long[] chunks, List<String> parameters, int budget) throws IOException {
        long[] chosen = spread(chunks, MAX_CHUNKS);
        int perChunk = chosen.length == 0 ? 0 : (int) Math.ceil(budget / (double) chosen.length);
        int d = parameters.size();
        int capacity = Math.max(16, Math.min(budget, perChunk * chosen.length));
        Columns cols = new Columns(d, capacity);
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String[]> keys = new LinkedHashMap<>();
        boolean whole = true;
        for (long chunk : chosen) {
            try (ChunkReader r = ChunkReader.open(conf, out, chunk)) {
                if (!r.schema().parameterNames().equals(parameters)) {
                    throw new IOException("chunk " + chunk + " has parameters " + r.schema().parameterNames()
                            + ", the spec " + parameters);
                }
                int taken = 0;
                while (taken < perChunk && r.next()) {
                    ChunkRow row = r.row();
                    cols.add(row);
                    if (row.status() != Status.OK) {
                        String key = row.status().key() + '\u0000' + row.reasonCode() + '\u0000' + row.reasonField();
                        counts.computeIfAbsent(key, k -> new long[1])[0]++;
                        keys.putIfAbsent(key, new String[] {row.status().key(), row.reasonCode(), row.reasonField(), row.reason()});
                    }
                    taken++;
                }
                whole &= taken == r.rowCount();
            }
        }
        List<RowSample.ReasonCount> reasons = new ArrayList<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            String[] k = keys.get(e.getKey());
            reasons.add(new RowSample.ReasonCount(k[0], k[1], k[2], e.getValue()[0], k[3]));
        }
        // most frequent first; ties in the order first met, which is the deterministic reading order
        reasons.sort(Comparator.comparingLong(RowSample.ReasonCount::count).reversed());
        return cols.sample(parameters, chosen.length, chunks.length, whole, reasons);
    }

    /** At most {@code max} of the chunks, spread evenly from the first to the last. */
    static long[] spread(long[] chunks, int max) {
        if (chunks.length <= max) {
            return chunks.clone();
        }
        long[] out = new long[max];
        for (int i = 0; i < max; i++) {
            out[i] = chunks[(int) Math.round(i * (chunks.length - 1) / (double) (max - 1))];
        }
        return out;
    }

    /** Growable column arrays. */
    private static final class Columns {
        private double[][] params;
        private double[][] outputs;
        private boolean[] ok;
        private long[] ids;
        private int n;

        Columns(int d, int capacity) {
            params = new double[d][capacity];
            outputs = new double[OutputField.ALL.length][capacity];
            ok = new boolean[capacity];
            ids = new long[capacity];
        }

        void add(ChunkRow row) {
            if (n == ok.length) {
                int c = 2 * n;
                for (int p = 0; p < params.length; p++) {
                    params[p] = Arrays.copyOf(params[p], c);
                }
                for (int f = 0; f < outputs.length; f++) {
                    outputs[f] = Arrays.copyOf(outputs[f], c);
                }
                ok = Arrays.copyOf(ok, c);
                ids = Arrays.copyOf(ids, c);
            }
            for (int p = 0; p < params.length; p++) {
                params[p][n] = row.param(p);
            }
            for (OutputField f : OutputField.ALL) {
                outputs[f.ordinal()][n] = row.get(f);
            }
            ok[n] = row.status() == Status.OK;
            ids[n] = row.sampleId();
            n++;
        }

        RowSample sample(List<String> parameters, int chunksRead, int chunksTotal, boolean whole,
                         List<RowSample.ReasonCount> reasons) {
            double[][] p = new double[params.length][];
            for (int i = 0; i < p.length; i++) {
                p[i] = Arrays.copyOf(params[i], n);
            }
            double[][] o = new double[outputs.length][];
            for (int i = 0; i < o.length; i++) {
                o[i] = Arrays.copyOf(outputs[i], n);
            }
            return new RowSample(List.copyOf(parameters), p, o, Arrays.copyOf(ok, n), Arrays.copyOf(ids, n), chunksRead,
                    chunksTotal, whole, List.copyOf(reasons));
        }
    }
}
