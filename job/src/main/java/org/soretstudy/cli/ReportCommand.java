package org.soretstudy.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.soretstudy.report.StudyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code soret-study report OUT}: writes OUT/report.html. */
@Command(name = "report", mixinStandardHelpOptions = true,
        header = "Writes a study's self-contained HTML report.",
        description = {
            "Writes OUT/report.html: one self-contained page that shows what the study found. It loads nothing (no script, "
                + "style sheet, font or image from elsewhere), so it opens anywhere, offline, and can be mailed as it is.",
            "",
            "Sections: provenance (spec, seed, versions, run time), counts (rows by status, the most frequent rejection "
                + "and failure reasons), statistics (per output: quantiles and a histogram), inputs (the main outputs "
                + "against each varied input), sobol (first and total indices with confidence intervals, for saltelli "
                + "studies) and table (the error bound of a surrogate table, for table studies).",
            "",
            "It needs no Spark: it reads summary.json and at most " + StudyReport.ROW_BUDGET + " rows of the Parquet "
                + "chunks, so it takes seconds for a study of any size. The same folder always gives the same page.",
            "",
            "Example:",
            "  soret-study run datasets/studies/quickstart.json",
            "  soret-study report out/quickstart     # then open out/quickstart/report.html"})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUT", description = "a finished study's output folder (path or Hadoop FileSystem URI)")
    String out;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        StudyReport.Result r = StudyReport.write(out, new Configuration());
        System.out.printf(Locale.ROOT, "[soret-study] wrote %s (%,d KB, sections %s) in %.1f s from %,d rows%s%n", r.file(),
                (r.bytes() + 1023) / 1024, String.join(", ", r.sections()), (System.nanoTime() - start) * 1e-9, r.rowsRead(),
                r.complete() ? " (every row)" : " (the first rows of " + r.chunksRead() + " of " + r.chunks() + " chunks)");
        return ExitCode.OK;
    }
}
