package org.soretstudy.run;

import java.io.Serializable;
import org.soretstudy.stats.StudyStatistics;

/**
 * What one chunk sends back to the driver: its statistics (never its rows) and how long it took.
 *
 * @param solveNanos  time spent generating, solving and writing it (0 when read back from a committed file)
 */
public record ChunkOutcome(long chunk, StudyStatistics statistics, long solveNanos)
        implements Serializable { }
