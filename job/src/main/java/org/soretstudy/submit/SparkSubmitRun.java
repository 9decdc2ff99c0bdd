package org.soretstudy.submit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code soret-study run SPEC --runner spark}: builds the spark-submit command, prints it, and runs it unless dry. */
public final class SparkSubmitRun {
    private SparkSubmitRun() { }

    /**
     * @param spec       the spec file (already validated by the caller)
     * @param output     the spec's output
     * @param runOptions {@code run} options for the driver
     * @param sparkArgs  the arguments after {@code --}, for spark-submit
     * @param dryRun     print the command and stop
     * @return the exit code
     */
    public static int submit(Path spec, String output, List<String> runOptions, List<String> sparkArgs, boolean dryRun,
                             PrintStream console) throws IOException, InterruptedException {
        Installation inst = Installation.locate(System.getProperty(Installation.HOME_PROPERTY), System.getenv());
        SubmitCommand command = SubmitCommands.build(new SubmitRequest(inst.sparkHome(), inst.thinJar(), inst.log4jConfig(), spec,
                output, runOptions, sparkArgs, System.getenv()));
        if (dryRun) {
            console.println(command.shellLine());
            return 0;
        }
        console.println("[soret-study] " + command.shellLine());
        return SparkSubmitProcess.run(command, console);
    }
}
