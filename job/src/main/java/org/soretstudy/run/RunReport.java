package org.soretstudy.run;

import java.net.URI;
import java.util.Locale;
import org.soretstudy.io.OutputFolder;
import org.soretstudy.solver.Status;
import org.soretstudy.stats.StudyStatistics;

/**
 * The outcome of a run or a summarize.
 *
 * @param solvedRows  rows solved by this run (0 for summarize or a finished study)
 * @param keptRows    rows of chunks committed before this run and kept
 * @param seconds     wall time of the Spark work
 * @param taskSeconds time the tasks spent generating, solving and writing their chunks, summed over tasks
 * @param slots       task slots (cores) of the session
 */
public record RunReport(URI output, long rows, long solvedRows, long keptRows, double seconds, double taskSeconds, int slots,
                        long ok, long rejected, long failed) {

    /** The counts by status of merged statistics. */
    static RunReport of(URI output, long rows, long solvedRows, long keptRows, double seconds, double taskSeconds, int slots,
                        StudyStatistics s) {
        return new RunReport(output, rows, solvedRows, keptRows, seconds, taskSeconds, slots,
                s.count(Status.OK), s.count(Status.REJECTED), s.count(Status.FAILED));
    }

    public double rowsPerSecond() { return seconds > 0 ? solvedRows / seconds : 0; }

    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "[soret-study] done: %,d rows (%,d solved now in %.1f s, %,.0f rows/s; %,d kept from before)%n",
                rows, solvedRows, seconds, rowsPerSecond(), keptRows));
        if (solvedRows > 0 && seconds > 0) {
            s.append(String.format(Locale.ROOT, "[soret-study] tasks busy %.1f s of %.1f s x %d slots (%.0f%%)%n",
                    taskSeconds, seconds, slots, 100 * taskSeconds / (seconds * slots)));
        }
        s.append(String.format(Locale.ROOT, "[soret-study] status: ok %,d, rejected %,d, failed %,d%n",
                ok, rejected, failed));
        s.append("[soret-study] rows:    ").append(output).append("/samples/*.parquet\n");
        s.append("[soret-study] summary: ").append(output).append('/').append(OutputFolder.SUMMARY);
        return s.toString();
    }
}
