package org.soretstudy.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.soretstudy.run.StudyPlan;
import org.soretstudy.spec.StudySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code soret-study validate SPEC}: checks a spec without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Checks a study spec without running it.",
        description = {"Checks every field, the design, the distributions, and that the fixed",
            "inputs in base admit the study's central point. Prints the plan (rows, chunks) when the spec is valid;",
            "exits with 2 and a message naming the field, the value and what is allowed when it is not.",
            "",
            "Example:",
            "  soret-study validate datasets/studies/quickstart.json"})
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "the study spec (JSON, contract section 3)")
    Path spec;

    @Override
    public Integer call() {
        StudySpec s = SpecFiles.read(spec);
        StudyPlan plan = StudyPlan.of(s);
        System.out.printf("%s: valid. %s design, %d parameter(s) %s, %,d rows in %,d chunk(s) of %,d; output %s%n", spec,
                s.design().specName(), s.dimension(), s.parameterNames(), plan.rows(), plan.chunks(), plan.chunkRows(), s.output());
        return ExitCode.OK;
    }
}
