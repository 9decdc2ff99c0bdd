package org.soretstudy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.soretstudy.error.UserException;
import org.soretstudy.io.OutputFolder;
import org.soretstudy.run.LocalChunkEngine;
import org.soretstudy.run.RunOptions;
import org.soretstudy.run.StudyRunner;
import org.soretstudy.spec.StudySpec;
import org.soretstudy.submit.Runner;
import org.soretstudy.submit.SparkSubmitRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code soret-study run SPEC}: a study on Spark. */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Runs a study on Spark: rows to Parquet, statistics to JSON.",
        description = {"Generates the design's points on the executors, solves every cell, writes the rows to",
            "OUTPUT/samples/*.parquet and the statistics to OUTPUT/summary.json (contract section 3).",
            "Re-running the same spec into the same output resumes: committed chunks are kept, the rest is solved.",
            "",
            "Examples:",
            "  soret-study run datasets/studies/quickstart.json",
            "  soret-study run study.json --master spark://head:7077 -- --conf spark.executor.memory=4g",
            "  soret-study run study.json --runner spark -- --master yarn --deploy-mode cluster --queue studies",
            "",
            "With --runner spark the study is handed to $SPARK_HOME/bin/spark-submit with the thin application jar",
            "(job/target/soret-study-job-*-thin.jar); the arguments after -- go to spark-submit unchanged. In cluster",
            "deploy mode the spec travels with --files, progress goes to the driver's log, and the command says where",
            "that log and the output are. --dry-run prints the exact spark-submit command instead of running it."})
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "the study spec (JSON)")
    Path spec;

    @Parameters(index = "1..*", paramLabel = "SPARK_ARG", description = "after --: Spark settings, --conf key=value")
    List<String> sparkArgs = new ArrayList<>();

    @Mixin
    SparkOptions sparkOptions;

    @Option(names = "--runner", defaultValue = "embedded", paramLabel = "embedded|spark",
            description = "embedded: the driver runs here (default); spark: submit through $SPARK_HOME/bin/spark-submit")
    String runner;

    @Option(names = "--dry-run", description = "with --runner spark: print the spark-submit command and exit")
    boolean dryRun;

    @Option(names = "--partitions", description = "Spark partitions (default: one per chunk, sized by the work); rows do not depend on it")
    Integer partitions;

    @Option(names = "--overwrite", description = "replace an output folder that holds another study")
    boolean overwrite;

    @Option(names = "--progress-seconds", defaultValue = "2", description = "seconds between progress lines (default: ${DEFAULT-VALUE})")
    double progressSeconds;

    @Override
    public Integer call() throws Exception {
        StudySpec s = SpecFiles.read(spec);
        if (partitions != null && partitions < 1) {
            throw new UserException("--partitions", partitions, "an integer >= 1");
        }
        if (!(progressSeconds > 0)) {
            throw new UserException("--progress-seconds", progressSeconds, "a number > 0");
        }
        if (Runner.parse(runner) == Runner.SPARK) {
            if (sparkOptions.master() != null) {
                throw new UserException("--master", sparkOptions.master(), "none with --runner spark: put spark-submit's --master after --");
            }
            return SparkSubmitRun.submit(spec, s.output(), forwardedOptions(), sparkArgs, dryRun, System.out);
        }
        if (dryRun) {
            throw new UserException("--dry-run", true, "only with --runner spark (it prints the spark-submit command)");
        }
        OutputFolder.requireWritableIfLocal(s.output()); // fail fast, before Spark starts
        RunOptions options = new RunOptions(partitions, overwrite, System.out, (long) (progressSeconds * 1000));
        long rows = s.rows();
        if (LocalChunkEngine.suits(sparkOptions.master(), sparkArgs, rows)) {
            // a small study: Spark's start would cost seconds more than the study; the same chunk code, the same rows
            System.out.printf("[soret-study] %,d rows: solved in this JVM without starting Spark (studies of up to %,d rows"
                    + " on the embedded default; --master local[*] forces Spark)%n", rows, LocalChunkEngine.MAX_ROWS);
            System.out.println(new StudyRunner(LocalChunkEngine.forThisMachine()).run(s, options).describe());
            return ExitCode.OK;
        }
        SparkSession spark = sparkOptions.start(sparkArgs);
        try {
            System.out.println(new StudyRunner(spark).run(s, options).describe());
            return ExitCode.OK;
        } finally {
            spark.stop();
        }
    }

    /** The run options the submitted driver needs (the master is spark-submit's). */
    private List<String> forwardedOptions() {
        List<String> out = new ArrayList<>();
        if (partitions != null) {
            out.addAll(List.of("--partitions", partitions.toString()));
        }
        if (overwrite) {
            out.add("--overwrite");
        }
        out.addAll(List.of("--progress-seconds", Double.toString(progressSeconds)));
        return out;
    }
}
