package org.soretstudy.sampling;

import java.util.List;

/** A unit-hypercube design mapped through each parameter's inverse CDF. */
final class DesignSampler implements Sampler {
    private static final long serialVersionUID = 1L;
    /** Unit coordinates are clamped into [U_MIN, U_MAX] (unscrambled Sobol' gives exactly 0). */
    static final double U_MIN = 0x1.0p-53;
    static final double U_MAX = 0x1.fffffffffffffp-1; // 1 - 2^-53, the largest double below 1

    private final Design design;
    private final List<Parameter> parameters;
    private final List<String> names;
    private final Inversion[] inversions;

    DesignSampler(Design design, List<Parameter> parameters) {
        if (design.dimension() != parameters.size()) {
            throw new IllegalArgumentException("design dimension != number of parameters");
        }
        this.design = design;
        this.parameters = List.copyOf(parameters);
        this.names = this.parameters.stream().map(Parameter::name).toList();
        this.inversions = this.parameters.stream().map(p -> Inversion.of(p.distribution())).toArray(Inversion[]::new);
    }

    @Override
    public long size() {
        return design.size();
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public void values(long index, double[] out) {
        design.point(index, out);
        for (int j = 0; j < inversions.length; j++) {
            out[j] = inversions[j].apply(clamp(out[j]));
        }
    }

    @Override
    public Cursor cursor(long startIndex) {
        if (design instanceof SobolDesign sobol) {
            return new SobolRows(sobol.cursor(startIndex));
        }
        if (design instanceof SaltelliDesign saltelli) {
            return new SaltelliRows(saltelli, startIndex);
        }
        return Sampler.super.cursor(startIndex);
    }

    /** Consecutive Sobol' points mapped like {@link #values}. */
    private final class SobolRows implements Cursor {
        private final SobolDesign.Cursor points;

        SobolRows(SobolDesign.Cursor points) {
            this.points = points;
        }

        @Override
        public long index() {
            return points.index();
        }

        @Override
        public void next(double[] out) {
            points.next(out);
            for (int j = 0; j < inversions.length; j++) {
                out[j] = inversions[j].apply(clamp(out[j]));
            }
        }
    }

    /**
     * Consecutive Saltelli rows: the d + 2 rows of a block all take their values from the A and B halves of
     * one 2d-dimensional Sobol' point, so each block computes that point and its 2d mapped values once.
     */
    private final class SaltelliRows implements Cursor {
        private final int d;
        private final long size;
        private final SobolDesign.Cursor points;
        private final double[] unit;
        private final double[] a;
        private final double[] b;
        private long index;
        private int offset;

        SaltelliRows(SaltelliDesign design, long startIndex) {
            d = design.dimension();
            size = design.size();
            if (startIndex < 0 || startIndex > size) {
                throw new IndexOutOfBoundsException("start " + startIndex + " outside [0, " + size + "]");
            }
            long base = SaltelliDesign.baseIndex(startIndex, d);
            offset = SaltelliDesign.offset(startIndex, d);
            points = design.sobol().cursor(Math.min(base, design.baseSize()));
            unit = new double[2 * d];
            a = new double[d];
            b = new double[d];
            index = startIndex;
            if (offset != 0) {
                loadBlock();
            }
        }

        private void loadBlock() {
            points.next(unit);
            for (int c = 0; c < d; c++) {
                a[c] = inversions[c].apply(clamp(unit[c]));
                b[c] = inversions[c].apply(clamp(unit[d + c]));
            }
        }

        @Override
        public long index() {
            return index;
        }

        @Override
        public void next(double[] out) {
            Design.checkIndex(index, size);
            if (offset == 0) {
                loadBlock();
            }
            for (int c = 0; c < d; c++) {
                out[c] = offset == 1 || offset == c + 2 ? b[c] : a[c];
            }
            index++;
            if (++offset == d + 2) {
                offset = 0;
            }
        }
    }

    static double clamp(double u) {
        return u < U_MIN ? U_MIN : Math.min(u, U_MAX);
    }

    @Override
    public String algorithm() {
        return design.algorithm();
    }

    @Override
    public Design design() {
        return design;
    }
}
