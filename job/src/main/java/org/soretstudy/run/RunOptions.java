package org.soretstudy.run;

import java.io.PrintStream;

/**
 * How to run a study (none of it changes the rows).
 *
 * @param partitions     Spark partitions, or null for one per chunk
 * @param overwrite      replace an output folder holding another study
 * @param console        where progress goes
 * @param progressMillis period of the progress line
 */
public record RunOptions(Integer partitions, boolean overwrite, PrintStream console, long progressMillis) {

    public static RunOptions quiet() {
        return new RunOptions(null, false, new PrintStream(java.io.OutputStream.nullOutputStream()), 60_000);
    }

    public RunOptions withPartitions(Integer p) { return new RunOptions(p, overwrite, console, progressMillis); }
}
