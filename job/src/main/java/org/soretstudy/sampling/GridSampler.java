package org.soretstudy.sampling;

import java.util.List;

/**
 * The cartesian product of the parameters' grid axes, first parameter varying slowest (row-major):
 * row r has index k_j on axis j with r = ((k_0 n_1 + k_1) n_2 + k_2) ... Values come straight from the
 * axes, with no inverse CDF.
 */
final class GridSampler implements Sampler {
    private static final long serialVersionUID = 1L;
    /** Rows above this are surely a mistake (and would overflow sample ids soon after). */
    static final long MAX_ROWS = 1L << 40;

    private final List<Parameter> parameters;
    private final List<String> names;
    private final GridAxis[] axes;
    private final long size;

    GridSampler(List<Parameter> parameters) {
        this.parameters = List.copyOf(parameters);
        this.names = this.parameters.stream().map(Parameter::name).toList();
        this.axes = new GridAxis[parameters.size()];
        long n = 1;
        for (int j = 0; j < axes.length; j++) {
            Parameter p = this.parameters.get(j);
            if (p.grid() == null) {
                throw new IllegalArgumentException("parameter " + p.name() + " has no grid axis");
            }
            axes[j] = p.grid();
            n *= axes[j].size();
            if (n > MAX_ROWS) {
                throw new IllegalArgumentException("a grid of at most 2^40 rows");
            }
        }
        this.size = n;
    }

    @Override
    public long size() {
        return size;
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
        Design.checkIndex(index, size);
        long rest = index;
        for (int j = axes.length - 1; j >= 0; j--) {
            int n = axes[j].size();
            out[j] = axes[j].value((int) (rest % n));
            rest /= n;
        }
    }

    @Override
    public String algorithm() {
        return "grid/row-major-first-slowest/v1";
    }

    @Override
    public Design design() {
        return null;
    }
}
