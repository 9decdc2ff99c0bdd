package org.soretstudy.run;

import java.io.Serializable;
import org.soretstudy.stats.StudyStatistics;

/**
 * What one chunk sends back to the driver: its statistics (never its rows) and how long it took.
 *
 * @param solved      true when this run solved it, false when it was read back from a committed file
 * @param solveNanos  time spent solving and writing (0 when read back)
 */
public record ChunkOutcome(long chunk, long rows, StudyStatistics statistics, boolean solved, long solveNanos)
        implements Serializable { }
