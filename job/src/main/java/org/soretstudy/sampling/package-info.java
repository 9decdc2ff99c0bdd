/**
 * Study designs and parameter distributions, pure Java (commons-rng only for its reference
 * Philox4x64, against which {@link org.soretstudy.sampling.Philox} is tested bit for bit).
 *
 * <p>Pure maths: it knows nothing of specs or JSON (the spec layer builds {@link org.soretstudy.sampling.Parameter}s
 * and checks the designs' limits). Entry point: {@link org.soretstudy.sampling.Sampler#of}. A sampler maps a row index (the
 * {@code sample_id}) to parameter values as a pure function of (seed, index): random access, no
 * state between rows, thread-safe, allocation-free, bit-identical across JVMs (integer generators;
 * {@link java.lang.StrictMath} for every transcendental function). Designs produce unit-hypercube
 * coordinates ({@link org.soretstudy.sampling.Design}: random, lhs, sobol, saltelli) which the sampler
 * maps through inverse CDFs ({@link org.soretstudy.sampling.Distribution}); the grid maps indices
 * straight to axis values. {@link org.soretstudy.sampling.Sampler#provenance()} gives the key-value
 * metadata to store with the output.
 */
package org.soretstudy.sampling;
