package org.soretstudy.surrogate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.soretstudy.solver.table.SurrogateTable;
import org.soretstudy.solver.table.TableAxis;
import org.soretstudy.solver.table.TableFiles;
import org.soretstudy.solver.table.TableOutput;

/**
 * Writes {@code table/} into a study's output folder on any Hadoop FileSystem: {@code table.json} and per output
 * {@code NAME.f64} and {@code NAME.err.f64} (contract section 4). The folder is written beside its final name and
 * renamed into place, so a reader never sees a table half written.
 */
final class TableWriter {
    static final String FOLDER = "table";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TableWriter() { }

    /**
     * @param description what table.json says beyond axes and outputs (spec, versions, error bound, refinement)
     * @return the table folder's URI
     */
    static URI write(URI output, Configuration conf, SurrogateTable table, Map<String, JsonNode> description) throws IOException {
        Path root = new Path(output);
        FileSystem fs = root.getFileSystem(conf);
        Path target = new Path(root, FOLDER);
        Path temp = new Path(root, "." + FOLDER + "." + java.util.UUID.randomUUID() + ".tmp");
        fs.mkdirs(temp);
        ObjectNode json = JSON.createObjectNode();
        ArrayNode axes = json.putArray("axes");
        for (TableAxis a : table.axes()) {
            ObjectNode n = axes.addObject().put("name", a.name()).put("scale", a.scale().key());
            ArrayNode values = n.putArray("values");
            for (double v : a.values()) {
                values.add(v);
            }
        }
        ArrayNode outputs = json.putArray("outputs");
        int points = table.points();
        int cells = table.cells();
        for (int o = 0; o < table.outputs().size(); o++) {
            TableOutput out = table.outputs().get(o);
            outputs.addObject().put("name", out.name()).put("unit", out.unit())
                    .put("file", TableFiles.valueFile(out.name())).put("error_file", TableFiles.errorFile(out.name()));
            double[] v = new double[points];
            for (int i = 0; i < points; i++) {
                v[i] = table.value(o, i);
            }
            double[] e = new double[cells];
            for (int c = 0; c < cells; c++) {
                e[c] = table.errorBound(o, c);
            }
            write(fs, new Path(temp, TableFiles.valueFile(out.name())), TableFiles.encode(v));
            write(fs, new Path(temp, TableFiles.errorFile(out.name())), TableFiles.encode(e));
        }
        description.forEach(json::set);
        write(fs, new Path(temp, TableFiles.TABLE_JSON), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
        if (fs.exists(target)) {
            fs.delete(target, true);
        }
        if (!fs.rename(temp, target)) {
            fs.delete(temp, true);
            throw new IOException("could not rename " + temp + " to " + target);
        }
        return fs.makeQualified(target).toUri();
    }

    private static void write(FileSystem fs, Path p, byte[] bytes) throws IOException {
        try (OutputStream out = fs.create(p, true)) {
            out.write(bytes);
        }
    }
}
