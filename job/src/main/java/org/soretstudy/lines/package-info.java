/**
 * {@code soret-study solve}'s engine: JSON lines in, one result line per input line out, in input order, solved
 * on every core. {@link org.soretstudy.lines.OrderedLineSolver} reads a batch of lines
 * ({@link org.soretstudy.lines.LineBatchReader}: {@code BufferedReader}'s line ends, and a batch ends early when
 * the input pauses, so one line in gives one line out) while its workers solve the previous batch chunk by chunk,
 * then writes the results back in order. Each worker reads and writes lines with its own
 * {@link org.soretstudy.io.CellLineCodec}: bytes to cell and result to bytes without a JSON tree for the common
 * line, the full Jackson path for the rest, so the output is the same, bit for bit, on any number of threads.
 */
package org.soretstudy.lines;
