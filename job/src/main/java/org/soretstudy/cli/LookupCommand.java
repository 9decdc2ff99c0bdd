package org.soretstudy.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.soretstudy.error.UserException;
import org.soretstudy.solver.table.SurrogateTable;
import org.soretstudy.surrogate.TableLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code soret-study lookup TABLE_DIR}: interpolates a table at points read as JSON lines. */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        header = "Interpolates a surrogate table at points given as JSON lines.",
        description = {"Interpolates a surrogate table (written by soret-study table) at one point",
            "per JSON line on standard input, and writes one JSON line per point to",
            "standard output, in the same order. A point gives each axis by name (and",
            "optionally an id, echoed). The answer holds every tabulated output and",
            "OUTPUT_error, the error bound stored for the point's cell (null if the cell",
            "has none); or status \"rejected\" with a reason {code, field, message}:",
            "out_of_range (field: the axis) for a point outside the table, missing or",
            "unparseable for an absent or non-numeric axis, unknown_key, no_value when a",
            "corner of the cell has no value. A bad line never stops the stream.",
            "",
            "Example:",
            "  echo '{\"id\": 1, \"c0\": 0.3, \"soret\": 0.004, \"t_hot\": 305}' \\",
            "    | soret-study lookup out/table-liquid/table"})
public final class LookupCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TABLE_DIR", description = "a table folder (holding table.json), on the local file system")
    Path dir;

    @Override
    public Integer call() throws IOException {
        SurrogateTable table;
        try {
            table = SurrogateTable.load(dir);
        } catch (IOException e) {
            throw new UserException("TABLE_DIR", dir.toString(), "a table folder written by soret-study table (" + e.getMessage() + ")", e);
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        new TableLookup(table).lookupLines(new InputStreamReader(System.in, StandardCharsets.UTF_8), out);
        out.flush();
        return ExitCode.OK;
    }
}
