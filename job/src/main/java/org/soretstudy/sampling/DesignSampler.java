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
    private final Distribution[] distributions;

    DesignSampler(Design design, List<Parameter> parameters) {
        if (design.dimension() != parameters.size()) {
            throw new IllegalArgumentException("design dimension != number of parameters");
        }
        this.design = design;
        this.parameters = List.copyOf(parameters);
        this.names = this.parameters.stream().map(Parameter::name).toList();
        this.distributions = this.parameters.stream().map(Parameter::distribution).toArray(Distribution[]::new);
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
        for (int j = 0; j < distributions.length; j++) {
            out[j] = distributions[j].inverseCdf(clamp(out[j]));
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
