package org.soretstudy.sampling;

import java.util.List;

/**
 * Row index to parameter values, for every design type: row {@code index} of {@link #size()} gets one
 * value per parameter, in the order of {@link #names()}. A pure function of (seed, index): same values
 * on any executor, in any order, in a fresh instance. Implementations are immutable, thread-safe, and
 * {@link #values(long, double[])} allocates nothing.
 */
public interface Sampler extends java.io.Serializable {
    /** Number of rows (sample ids 0 .. size-1). */
    long size();

    /** Parameter names, in column order. */
    List<String> names();

    /** The parameters, in column order. */
    List<Parameter> parameters();

    /** Number of parameters. */
    default int dimension() {
        return names().size();
    }

    /** Writes the parameter values of row {@code index} into out[0 .. dimension). */
    void values(long index, double[] out);

    /**
     * A reader of the consecutive rows {@code startIndex, startIndex + 1, ...} (0 &lt;= startIndex &lt;= size),
     * for an executor's chunk: each row is bit-identical to {@link #values(long, double[])} of its index, but
     * sobol and saltelli designs compute consecutive rows incrementally, several times cheaper.
     */
    default Cursor cursor(long startIndex) {
        return new IndexCursor(this, startIndex);
    }

    /** Consecutive rows of a sampler. Not thread-safe (one per task); {@link #next} allocates nothing. */
    interface Cursor {
        /** Index of the row the next call of {@link #next} writes. */
        long index();

        /**
         * Writes the values of row {@link #index()} into out[0 .. dimension), exactly as
         * {@code values(index(), out)} would, and moves on to the next row.
         *
         * @throws IndexOutOfBoundsException past the last row
         */
        void next(double[] out);
    }

    /** Consecutive rows that belong together (a Saltelli block), 1 for other designs: see {@link Design#blockRows()}. */
    default int blockRows() {
        return design() == null ? 1 : design().blockRows();
    }

    /** Design algorithm and generator, for the output's provenance metadata. */
    String algorithm();

    /** The design behind a non-grid sampler (unit hypercube), or null for a grid. */
    Design design();

    /**
     * Key-value provenance for the output metadata: the design's algorithm string, the counter-based
     * generator and the library it is bit-identical to, and the Sobol' direction numbers.
     */
    default java.util.Map<String, String> provenance() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("sampling.algorithm", algorithm());
        m.put("sampling.generator", Philox.NAME + " (Salmon et al. 2011), key = (seed, stream), counter = (row, block, 0, 0)");
        m.put("sampling.generator.library", "bit-identical to org.apache.commons.rng.core.source64.Philox4x64, commons-rng-core 1.7");
        m.put("sampling.sobol.directions", "Joe & Kuo 2008, new-joe-kuo-6.21201, dimensions 1-" + SobolDesign.MAX_DIMENSION);
        m.put("sampling.version", "1");
        return m;
    }

    /**
     * Builds the sampler of a spec.
     *
     * @param type       {@code design.type}
     * @param samples    {@code design.samples} (ignored by grid, whose size is the product of its axes;
     *                   for saltelli the base size N)
     * @param seed       the study seed, 0 .. 2^63-1
     * @param parameters the varied parameters (with grid axes for a grid); the spec layer has checked the
     *                   design's limits, so a bad argument here is a programming error
     * @throws IllegalArgumentException outside the design's limits
     */
    static Sampler of(DesignType type, long samples, long seed, List<Parameter> parameters) {
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("at least one varied parameter");
        }
        if (seed < 0) {
            throw new IllegalArgumentException("seed " + seed + " outside 0 .. 2^63-1");
        }
        int d = parameters.size();
        if (type == DesignType.GRID) {
            return new GridSampler(parameters);
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples " + samples + " < 1");
        }
        Design design;
        switch (type) {
            case RANDOM:
                design = new RandomDesign(samples, d, seed);
                break;
            case LHS:
                if (samples > LhsDesign.MAX_SIZE) {
                    throw new IllegalArgumentException("at most 2^62 for lhs");
                }
                design = new LhsDesign(samples, d, seed);
                break;
            case SOBOL:
                if (samples > SobolDesign.MAX_POINTS) {
                    throw new IllegalArgumentException("at most 2^32 for sobol");
                }
                if (d > SobolDesign.MAX_DIMENSION) {
                    throw new IllegalArgumentException("at most " + SobolDesign.MAX_DIMENSION + " parameters for sobol");
                }
                design = new SobolDesign(samples, d, seed);
                break;
            case SALTELLI:
                if (samples > SobolDesign.MAX_POINTS) {
                    throw new IllegalArgumentException("at most 2^32 for saltelli");
                }
                if (2 * d > SobolDesign.MAX_DIMENSION) {
                    throw new IllegalArgumentException("at most " + SobolDesign.MAX_DIMENSION / 2 + " parameters for saltelli");
                }
                design = new SaltelliDesign(samples, d, seed);
                break;
            default:
                throw new AssertionError(type);
        }
        return new DesignSampler(design, parameters);
    }
}
