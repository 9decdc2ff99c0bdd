package org.soretstudy.cli;

import java.io.PrintWriter;
import org.soretstudy.error.UserException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code soret-study} command line. The only {@code System.exit} of the project is here. */
@Command(name = "soret-study", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Large parameter studies of thermodiffusion (Soret/Dufour) cells on Spark.", "",
            "Start with: soret-study run datasets/studies/quickstart.json; every command has --help.", ""},
        subcommands = {SolveCommand.class, RunCommand.class, ValidateCommand.class, SummarizeCommand.class, ReportCommand.class,
            TableCommand.class, LookupCommand.class, DatasetsCommand.class, BenchCommand.class},
        footer = {"", "Exit codes: 0 success, 2 bad input (spec, arguments, unreadable file), 1 anything else."})
public final class Main implements Runnable {
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "on an internal error (exit code 1), print the stack trace too")
    boolean verbose;

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
        cl.setUsageHelpWidth(120); // the descriptions are written to that width: narrower wraps them mid-line
        cl.setExitCodeExceptionMapper(Main::exitCode);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            int code = exitCode(e);
            PrintWriter err = cmd.getErr();
            if (code == ExitCode.BAD_INPUT) {
                err.println("soret-study: " + e.getMessage()); // one line: field, value, what is allowed
            } else if (verbose(parsed)) {
                err.println("soret-study: internal error: " + e);
                e.printStackTrace(err);
            } else {
                err.println("soret-study: internal error: " + e + " (run again with --verbose for the stack trace)");
            }
            err.flush();
            return code;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println(argumentError(e));
            err.flush();
            return ExitCode.BAD_INPUT;
        });
        return cl.execute(args);
    }

    /**
     * A command line picocli cannot parse, in one line like every user error: what is wrong, the nearest option when
     * one was mistyped, and where the options are listed (the whole help after it would bury the error).
     */
    private static String argumentError(ParameterException e) {
        // (picocli's messages are one line; should one ever wrap, it is still one line here)
        String message = e.getMessage().strip().replaceAll("\\s*\\R\\s*", "; ");
        StringBuilder line = new StringBuilder("soret-study: ").append(message);
        if (e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            line.append("; did you mean ").append(String.join(" or ", u.getSuggestions())).append('?');
        }
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        return line.append(" (").append(command).append(" --help lists what it takes)").toString();
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    static int exitCode(Throwable e) {
        return e instanceof UserException ? ExitCode.BAD_INPUT : ExitCode.ERROR;
    }
}
