package org.soretstudy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.soretstudy.error.UserException;
import org.soretstudy.io.OutputFolder;
import org.soretstudy.run.RunOptions;
import org.soretstudy.spec.StudySpec;
import org.soretstudy.surrogate.TableBuild;
import org.soretstudy.surrogate.TableBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code soret-study table SPEC}: a surrogate table on Spark. */
@Command(name = "table", mixinStandardHelpOptions = true,
        header = "Builds a surrogate table with an error bound per cell.",
        description = {"Builds a surrogate table (contract section 4) that a CFD or process code",
            "interpolates instead of solving the cell again. The spec has a grid design",
            "(each parameter an axis: points, scale linear or log) and a table block:",
            "  {\"outputs\": [\"separation\", \"t99\"],",
            "   \"tolerance\": 1e-4 or {\"separation\": 1e-4, \"t99\": 0.05}, \"max_points\": 33}",
            "",
            "Every cell gets an error bound: its centre, face centres and edge midpoints",
            "are solved again on the executors and compared with the table's own",
            "multilinear interpolation (in ln x on log axes); the bound is twice the",
            "largest difference found. With a tolerance (absolute, in the output's unit)",
            "the axes are refined where cells exceed it, until every cell meets it or an",
            "axis reaches max_points (default 65); table.json counts the cells that did",
            "not (refinement.cells_above_tolerance).",
            "",
            "OUTPUT holds samples/ and summary.json for the final grid, as run writes",
            "them (sample_id is the grid point's flat index), and table/: table.json,",
            "NAME.f64 (float64 little-endian, C order, first axis slowest, NaN where the",
            "solver's row is not ok) and NAME.err.f64 (one bound per cell). Read it with",
            "soret-study lookup OUTPUT/table, or in a few lines of C, Fortran or numpy",
            "(see the README).",
            "",
            "Examples:",
            "  soret-study table datasets/studies/table-liquid.json",
            "  soret-study table spec.json --master spark://head:7077 \\",
            "      -- --conf spark.executor.memory=4g"})
public final class TableCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "the table spec (JSON or YAML)")
    Path spec;

    @Parameters(index = "1..*", paramLabel = "SPARK_ARG", description = "after --: Spark settings, --conf key=value")
    List<String> sparkArgs = new ArrayList<>();

    @Mixin
    SparkOptions sparkOptions;

    @Option(names = "--partitions", description = "Spark partitions (default: sized by the work); the table does not depend on it")
    Integer partitions;

    @Option(names = "--overwrite", description = "replace an output folder that holds another study")
    boolean overwrite;

    @Override
    public Integer call() throws Exception {
        StudySpec s = SpecFiles.read(spec);
        TableBuilder.requireTable(s);
        if (partitions != null && partitions < 1) {
            throw new UserException("--partitions", partitions, "an integer >= 1");
        }
        OutputFolder.requireWritableIfLocal(s.output()); // fail fast, before Spark starts
        SparkSession spark = sparkOptions.start(sparkArgs);
        try {
            TableBuild build = new TableBuilder(spark).build(s, new RunOptions(partitions, overwrite, System.out, 2000));
            System.out.println(build.describe());
            return ExitCode.OK;
        } finally {
            spark.stop();
        }
    }
}
