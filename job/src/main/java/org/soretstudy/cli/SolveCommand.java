package org.soretstudy.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.concurrent.Callable;
import org.soretstudy.lines.OrderedLineSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code soret-study solve}: one cell per JSON line on stdin, one result per line on stdout, in order. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        header = "Solves cells given as JSON lines, one result line each.",
        description = {"Solves one 1D Soret/Dufour cell per line of JSON Lines on standard input and writes one JSON result per",
            "line to standard output, in the same order (contract section 2). A bad line gives a result with status",
            "\"rejected\" and a reason {code, field, message}; the next line is solved as usual. The lines are solved on",
            "every core (see --threads) and the results still come back in input order; when the input pauses, the",
            "results of the lines read so far are written at once, so a program may send one line and wait for its answer.",
            "Numbers are written in the shortest form that reads back as the same double (Java's layout: 0.0033, 9.5E-10).",
            "",
            "Examples:",
            "  echo '{\"id\":1,\"length\":0.01,\"t_hot\":300.5,\"t_cold\":299.5,\"c0\":0.5,\"diffusion\":9.5e-10,\"soret\":3.3e-3}' \\",
            "    | soret-study solve",
            "  soret-study solve --threads 4 < cells.jsonl > results.jsonl"})
public final class SolveCommand implements Callable<Integer> {
    @Option(names = "--threads", description = {"threads solving at once (default: the number of cores); the results are",
        "the same, bit for bit, for any number"})
    Integer threads;

    @Override
    public Integer call() throws IOException {
        // big writes: System.out flushes on every write; stdin as it is, so that its available() tells when input pauses
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        try (OrderedLineSolver solver = new OrderedLineSolver(threads == null ? Runtime.getRuntime().availableProcessors() : threads)) {
            solver.solve(System.in, out);
        }
        return ExitCode.OK;
    }

    /** Solves every line of {@code in} into {@code out} on every core; only a failure of the streams themselves throws. */
    public static long solveLines(Reader in, Writer out) throws IOException {
        try (OrderedLineSolver solver = new OrderedLineSolver(Runtime.getRuntime().availableProcessors())) {
            return solver.solve(in, out);
        }
    }
}
