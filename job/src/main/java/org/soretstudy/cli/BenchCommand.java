package org.soretstudy.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.soretstudy.bench.SolverBench;
import org.soretstudy.bench.WriteBench;
import org.soretstudy.error.UserException;
import org.soretstudy.solver.Mode;
import org.soretstudy.spec.StudySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code soret-study bench}: the options; the measuring is {@link SolverBench} and {@link WriteBench}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measures the raw solver's rate and its allocations.",
        description = {"Measures the raw solver: solves/s per thread for steady and transient cells (1024 varied points each,",
            "cycled), and the heap bytes allocated per solve (ThreadMXBean). With --threads N the threads run together",
            "(one workspace each), which is what an executor with N cores does.",
            "",
            "Examples:",
            "  soret-study bench --threads 2",
            "  soret-study bench --spec datasets/studies/bench-transient.json",
            "  soret-study bench --rows 1000000",
            "  soret-study bench --rows 1000000 --spec datasets/studies/quickstart.json"})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--seconds", defaultValue = "3", description = "measuring time per case (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--threads", defaultValue = "1", description = "threads solving at once (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--case", description = "only the cases whose name contains this text")
    String only;

    @Option(names = "--spec", description = {"instead of the built-in cases: the raw solver rate on a study's own points",
        "(its first 1024 sample rows, cycled), the denominator of the study's Spark efficiency.",
        "With --rows: the steady study whose rows are measured (default: the shipped",
        "datasets/studies/bench-steady-10m.json)"})
    java.nio.file.Path spec;

    @Option(names = "--rows", description = {"instead: what a study's row costs beyond writing it, on the first N rows",
        "of a steady study and one thread. Each part of a study task alone (generate the points,",
        "solve them, their statistics, write the solved rows: Parquet, zstd, a temp folder), then",
        "the task itself (all four, row by row); thread CPU time, the median of 5 alternated",
        "rounds after a warm-up one"})
    Integer rows;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new UserException("--threads", threads, "an integer >= 1");
        }
        if (!(seconds > 0)) {
            throw new UserException("--seconds", seconds, "a number > 0");
        }
        if (rows != null) {
            if (rows < 1000) {
                throw new UserException("--rows", rows, "an integer >= 1000");
            }
            StudySpec study = spec == null ? WriteBench.defaultSpec(rows) : SpecFiles.read(spec);
            if (study.mode() != Mode.STEADY) {
                throw new UserException("--spec", spec, "a steady study with --rows (its rows are compared with writing them)");
            }
            if (study.rows() < rows) {
                throw new UserException("--rows", rows, "at most the study's " + study.rows() + " rows");
            }
            WriteBench.run(study, rows, System.out);
            return ExitCode.OK;
        }
        SolverBench.run(spec == null ? SolverBench.cases() : List.of(SolverBench.specCase(SpecFiles.read(spec))), threads, seconds,
                only, System.out);
        return ExitCode.OK;
    }
}
