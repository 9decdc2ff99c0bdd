package org.soretstudy.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A study's output folder on any Hadoop FileSystem: {@code samples/} (Parquet chunks), {@code summary.json},
 * and {@code _study.json}, the manifest that says which spec the folder belongs to, so that a re-run of the
 * same spec resumes and a different spec is refused.
 */
public final class OutputFolder {
    public static final String MANIFEST = "_study.json";
    public static final String SUMMARY = "summary.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What a run finds in the folder. */
    public enum State {
        /** Absent or empty: a fresh run. */
        EMPTY,
        /** Holds part of a run of the same spec: finish the missing chunks. */
        SAME_SPEC,
        /** Holds another spec's run, or files that are no study: refused unless overwritten. */
        OTHER
    }

    private final URI uri;
    private final Configuration conf;
    private final FileSystem fs;
    private final Path root;

    public OutputFolder(String output, Configuration conf) throws IOException {
        this.root = new Path(output);
        this.conf = conf;
        this.fs = root.getFileSystem(conf);
        fs.setWriteChecksum(false);
        this.uri = fs.makeQualified(root).toUri();
    }

    /** The fully qualified URI (file:/..., hdfs://...). */
    public URI uri() { return uri; }

    public Configuration conf() { return conf; }

    public State inspect(String canonicalSpec) throws IOException {
        if (!fs.exists(root)) {
            return State.EMPTY;
        }
        FileStatus[] children = fs.listStatus(root);
        if (children.length == 0) {
            return State.EMPTY;
        }
        Path manifest = new Path(root, MANIFEST);
        if (!fs.exists(manifest)) {
            return State.OTHER;
        }
        JsonNode m = readJson(manifest);
        return canonicalSpec.equals(m.path("spec").toString()) ? State.SAME_SPEC : State.OTHER;
    }

    /** The spec recorded in the manifest (for summarize). */
    public String manifestSpec() throws IOException {
        Path manifest = new Path(root, MANIFEST);
        if (!fs.exists(manifest)) {
            throw new java.io.FileNotFoundException(uri + " holds no " + MANIFEST + ": not a soret-study output folder");
        }
        return readJson(manifest).path("spec").toString();
    }

    public boolean hasSummary() throws IOException { return fs.exists(new Path(root, SUMMARY)); }

    /** Deletes everything (for --overwrite). */
    public void clear() throws IOException {
        if (fs.exists(root)) {
            fs.delete(root, true);
        }
    }

    public void writeManifest(String canonicalSpec, StudyPlan plan, String version) throws IOException {
        ObjectNode m = MAPPER.createObjectNode();
        m.set("spec", MAPPER.readTree(canonicalSpec));
        m.put("rows", plan.rows());
        m.put("chunk_rows", plan.chunkRows());
        m.put("soret_study_version", version);
        writeAtomically(MANIFEST, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
    }

    public void writeSummary(byte[] json) throws IOException { writeAtomically(SUMMARY, json); }

    public JsonNode readSummary() throws IOException { return readJson(new Path(root, SUMMARY)); }

    /** Writes beside the target, then renames: a reader never sees half a file. */
    private void writeAtomically(String name, byte[] content) throws IOException {
        fs.mkdirs(root);
        Path target = new Path(root, name);
        Path temp = new Path(root, "." + name + "." + java.util.UUID.randomUUID() + ".tmp");
        try (OutputStream out = fs.create(temp, true)) {
            out.write(content);
        }
        if (fs.exists(target)) {
            fs.delete(target, false);
        }
        if (!fs.rename(temp, target)) {
            fs.delete(temp, false);
            throw new IOException("could not rename " + temp + " to " + target);
        }
    }

    private JsonNode readJson(Path p) throws IOException {
        try (InputStream in = fs.open(p)) {
            return MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
