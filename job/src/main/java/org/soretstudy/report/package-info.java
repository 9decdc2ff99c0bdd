/**
 * {@code soret-study report OUT}: one self-contained HTML page (inline CSS and SVG, no script, no network) that
 * shows what a study found: provenance, counts and reasons, per-output statistics with histograms, outputs
 * against inputs, Sobol indices and, for table studies, the table's error bound.
 *
 * <p>The rows are never all read: {@link org.soretstudy.report.RowSampler} reads a bounded, deterministic
 * share of the committed chunks with {@link org.soretstudy.io.ChunkReader}, so a study of any size renders
 * in seconds, and the same folder always gives the same bytes. Plots are built by small SVG classes
 * ({@link org.soretstudy.report.PlotFrame}, {@link org.soretstudy.report.Ticks}) that refuse a non-finite
 * coordinate instead of writing {@code NaN} into the page.
 */
package org.soretstudy.report;
