package org.soretstudy.cli;

import java.io.PrintWriter;
import org.soretstudy.error.UserException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code soret-study} command line. The only {@code System.exit} of the project is here. */
@Command(name = "soret-study", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Large parameter studies of thermodiffusion (Soret/Dufour) cells on Spark.", ""},
        subcommands = {SolveCommand.class, RunCommand.class, ValidateCommand.class, SummarizeCommand.class, BenchCommand.class},
        footer = {"", "Exit codes: 0 success, 2 bad input (spec, arguments, unreadable file), 1 anything else."})
public final class Main implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        int code = execute(args);
        // A driver in cluster deploy mode is called by Spark (YARN's application master, a standalone Worker's
        // DriverWrapper), which reports the application's status when main returns: exiting here would make YARN
        // report a finished study as FAILED ("Shutdown hook called before final status was reported").
        if (code != ExitCode.OK || !"cluster".equals(System.getProperty("spark.submit.deployMode"))) {
            System.exit(code);
        }
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(Main::exitCode);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            int code = exitCode(e);
            PrintWriter err = cmd.getErr();
            if (code == ExitCode.BAD_INPUT) {
                err.println("soret-study: " + e.getMessage());
            } else {
                err.println("soret-study: internal error: " + e);
                e.printStackTrace(err);
            }
            err.flush();
            return code;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("soret-study: " + e.getMessage());
            e.getCommandLine().usage(err);
            return ExitCode.BAD_INPUT;
        });
        return cl.execute(args);
    }

    static int exitCode(Throwable e) {
        return e instanceof UserException ? ExitCode.BAD_INPUT : ExitCode.ERROR;
    }
}
