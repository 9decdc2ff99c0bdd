package org.soretstudy.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.soretstudy.run.StudyRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code soret-study summarize OUT}: recomputes summary.json from the Parquet. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        header = "Recomputes a study's summary.json from its rows.",
        description = {"Recomputes OUT/summary.json from the committed Parquet chunks in OUT/samples (the spec comes from",
            "OUT/_study.json). Reads rows on the executors; nothing but per-chunk accumulators reaches the driver.",
            "",
            "Example:",
            "  soret-study summarize out/quickstart"})
public final class SummarizeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUT", description = "a study's output folder (path or Hadoop FileSystem URI)")
    String out;

    @Parameters(index = "1..*", paramLabel = "SPARK_ARG", description = "after --: Spark settings, --conf key=value")
    List<String> sparkArgs = new ArrayList<>();

    @Mixin
    SparkOptions sparkOptions;

    @Override
    public Integer call() throws Exception {
        SparkSession spark = sparkOptions.start(sparkArgs);
        try {
            System.out.println(new StudyRunner(spark).summarize(out).describe());
            return ExitCode.OK;
        } finally {
            spark.stop();
        }
    }
}
