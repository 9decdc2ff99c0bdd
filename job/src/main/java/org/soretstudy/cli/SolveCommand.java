package org.soretstudy.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.soretstudy.io.CellJson;
import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.CellSolver;
import org.soretstudy.solver.CellWorkspace;
import org.soretstudy.solver.ReasonCode;
import org.soretstudy.solver.ResultBuffer;
import picocli.CommandLine.Command;

/** {@code soret-study solve}: one cell per JSON line on stdin, one result per line on stdout, in order. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        header = "Solves cells given as JSON lines, one result line each.",
        description = {"Solves one 1D Soret/Dufour cell per line of JSON Lines on standard input and writes one JSON result per",
            "line to standard output, in the same order (contract section 2). A bad line gives a result with status",
            "\"rejected\" and a reason {code, field, message}; the next line is solved as usual.",
            "",
            "Example:",
            "  echo '{\"id\":1,\"length\":0.01,\"t_hot\":300.5,\"t_cold\":299.5,\"c0\":0.5,\"diffusion\":9.5e-10,\"soret\":3.3e-3}' \\",
            "    | soret-study solve"})
public final class SolveCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        solveLines(new InputStreamReader(System.in, StandardCharsets.UTF_8), out);
        out.flush();
        return ExitCode.OK;
    }

    /** Solves every line of {@code in} into {@code out}; only a failure of the streams themselves throws. */
    public static long solveLines(Reader in, Writer out) throws IOException {
        BufferedReader lines = new BufferedReader(in, 1 << 16);
        JsonGenerator g = MAPPER.getFactory().createGenerator(out);
        g.setRootValueSeparator(null);
        CellWorkspace ws = new CellWorkspace();
        CellParameters.Builder b = CellParameters.builder();
        CellParameters.Builder defaults = CellParameters.builder();
        long n = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            JsonNode id = null;
            b.reset(defaults);
            try {
                JsonNode obj = MAPPER.readTree(line);
                if (obj == null || !obj.isObject()) {
                    b.inputError(new org.soretstudy.solver.Reason(ReasonCode.UNPARSEABLE, "line", "the line is not a JSON object"));
                } else {
                    id = obj.get(CellJson.ID);
                    CellJson.read(obj, b);
                }
            } catch (JsonProcessingException e) {
                String msg = e.getOriginalMessage();
                b.inputError(new org.soretstudy.solver.Reason(ReasonCode.UNPARSEABLE, "line", "not valid JSON: "
                        + (msg.length() > 120 ? msg.substring(0, 117) + "..." : msg)));
            }
            ResultBuffer r = CellSolver.solve(b.build(), ws);
            CellJson.write(g, id, r);
            g.writeRaw('\n');
            n++;
        }
        g.flush();
        return n;
    }
}
