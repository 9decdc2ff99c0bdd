package org.soretstudy.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.soretstudy.error.UserException;

/**
 * A study's output folder on any Hadoop FileSystem, its whole layout in one place:
 * <pre>
 * OUT/_study.json                                  the manifest: which spec the folder belongs to (resume or refuse)
 * OUT/summary.json                                 the statistics, written when every chunk is committed
 * OUT/samples/chunk-000042.parquet                 committed chunk 42 (what readers glob: OUT/samples/*.parquet)
 * OUT/samples/_tmp/chunk-000042.&lt;uuid&gt;.parquet   an attempt in progress, or one killed before its commit
 * </pre>
 * Every file is committed atomically: the JSON files are written beside their target and renamed, a chunk is
 * written to {@code _tmp} and renamed into {@code samples/} ({@link ChunkWriter#commit()}), so a reader never
 * sees half a file and a killed run keeps exactly what it had committed. Chunk numbers are zero-padded to six
 * digits so a listing sorts by chunk up to 999999; larger numbers simply get more digits. {@code _tmp} starts
 * with an underscore, so Spark and Arrow skip it when reading the folder.
 */
public final class OutputFolder {
    public static final String MANIFEST = "_study.json";
    public static final String SAMPLES_DIR = "samples";
    public static final String TEMP_DIR = "_tmp";
    static final String PREFIX = "chunk-";
    static final String SUFFIX = ".parquet";

    /** {@code OUT/samples}. */
    public static Path samplesDir(URI outDir) { return new Path(new Path(outDir), SAMPLES_DIR); }

    /** {@code OUT/samples/_tmp}. */
    public static Path tempDir(URI outDir) { return new Path(samplesDir(outDir), TEMP_DIR); }

    /** {@code chunk-000042.parquet}. */
    public static String fileName(long chunk) {
        requireChunk(chunk);
        return String.format("%s%06d%s", PREFIX, chunk, SUFFIX);
    }

    /** The committed file of a chunk. */
    public static Path committedFile(URI outDir, long chunk) { return new Path(samplesDir(outDir), fileName(chunk)); }

    /** A fresh temp file for one attempt at a chunk; unique across attempts, executors and retries. */
    static Path tempFile(URI outDir, long chunk) {
        requireChunk(chunk);
        return new Path(tempDir(outDir), String.format("%s%06d.%s%s", PREFIX, chunk, UUID.randomUUID(), SUFFIX));
    }

    /** The chunk number of a committed file name, or -1 if the name is not one. */
    public static long parseChunk(String name) {
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            return -1;
        }
        String digits = name.substring(PREFIX.length(), name.length() - SUFFIX.length());
        if (digits.length() < 6 || digits.length() > 18) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        long chunk = Long.parseLong(digits);
        // One spelling per chunk: reject e.g. chunk-0000042.parquet, which fileName would never produce.
        return fileName(chunk).equals(name) ? chunk : -1;
    }
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

    /** @throws UserException when {@code output} names no file system this JVM can reach */
    public OutputFolder(String output, Configuration conf) {
        this.root = new Path(output);
        this.conf = conf;
        try {
            this.fs = root.getFileSystem(conf);
        } catch (IOException | RuntimeException e) {
            throw new UserException("output", output, "a path or a reachable Hadoop FileSystem URI (" + e.getMessage() + ")", e);
        }
        fs.setWriteChecksum(false);
        this.uri = fs.makeQualified(root).toUri();
    }

    /**
     * Creates the folder if needed and checks that it can be written, so that a study never starts solving into
     * a folder it cannot commit to.
     *
     * @throws UserException naming the folder and the cause when it cannot be created or written
     */
    public void requireWritable() {
        Path probe = new Path(root, "._write_probe." + UUID.randomUUID());
        try {
            if (!fs.mkdirs(root)) {
                throw new IOException("mkdirs failed");
            }
            fs.create(probe, true).close();
            fs.delete(probe, false);
        } catch (IOException | RuntimeException e) {
            throw new UserException("output", uri.toString(), "cannot be created or written (" + e.getMessage() + ")", e);
        }
    }

    /**
     * {@link #requireWritable()} for a folder on the local file system (a plain path or a {@code file:} URI),
     * which needs no cluster configuration: lets a command fail in one line before it starts Spark. Other file
     * systems are checked by the study itself, with the session's Hadoop configuration.
     */
    public static void requireWritableIfLocal(String output) {
        URI u = new Path(output).toUri();
        if (u.getScheme() == null || u.getScheme().equals("file")) {
            new OutputFolder(output, new Configuration()).requireWritable();
        }
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
        WrittenJson manifest = readManifestWritten();
        if (manifest == null) {
            throw new FileNotFoundException(uri + " holds no " + MANIFEST + ": not a soret-study output folder");
        }
        return manifest.json().path("spec").toString();
    }

    public boolean hasSummary() throws IOException { return fs.exists(new Path(root, SUMMARY)); }

    /** Deletes everything (for --overwrite). */
    public void clear() throws IOException {
        if (fs.exists(root)) {
            fs.delete(root, true);
        }
    }

    public void writeManifest(String canonicalSpec, long rows, long chunkRows, String version) throws IOException {
        ObjectNode m = MAPPER.createObjectNode();
        m.set("spec", MAPPER.readTree(canonicalSpec));
        m.put("rows", rows);
        m.put("chunk_rows", chunkRows);
        m.put("soret_study_version", version);
        writeAtomically(MANIFEST, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
    }

    public void writeSummary(byte[] json) throws IOException { writeAtomically(SUMMARY, json); }

    public JsonNode readSummary() throws IOException { return readJson(new Path(root, SUMMARY)); }

    /** One of the folder's JSON files and when it was written (its modification time). */
    public record WrittenJson(JsonNode json, Instant written) { }

    /** The manifest ({@code spec}, {@code rows}, ...) and when the run first started; null when there is none. */
    public WrittenJson readManifestWritten() throws IOException { return readWritten(MANIFEST); }

    /** {@code summary.json} and when the last run or summarize wrote it; null when there is none. */
    public WrittenJson readSummaryWritten() throws IOException { return readWritten(SUMMARY); }

    private WrittenJson readWritten(String name) throws IOException {
        Path file = new Path(root, name);
        FileStatus status;
        try {
            status = fs.getFileStatus(file);
        } catch (FileNotFoundException e) {
            return null;
        }
        return new WrittenJson(readJson(file), Instant.ofEpochMilli(status.getModificationTime()));
    }

    /** The committed chunk numbers in {@code OUT/samples}, ascending; empty if the folder does not exist. */
    public long[] committedChunks() throws IOException {
        FileStatus[] entries;
        try {
            entries = fs.listStatus(samplesDir(uri));
        } catch (FileNotFoundException e) {
            return new long[0];
        }
        long[] chunks = new long[entries.length];
        int n = 0;
        for (FileStatus e : entries) {
            long chunk = e.isFile() ? parseChunk(e.getPath().getName()) : -1;
            if (chunk >= 0) {
                chunks[n++] = chunk;
            }
        }
        long[] sorted = Arrays.copyOf(chunks, n);
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * Deletes {@code OUT/samples/_tmp}: the leftovers of killed or losing attempts. Call it only when no task
     * of the study is running (at the start of a run or after the last chunk).
     */
    public void deleteTemp() throws IOException {
        fs.delete(tempDir(uri), true);
    }

    /** Writes beside the target, then renames: a reader never sees half a file. */
    private void writeAtomically(String name, byte[] content) throws IOException {
        fs.mkdirs(root);
        Path target = new Path(root, name);
        Path temp = new Path(root, "." + name + "." + UUID.randomUUID() + ".tmp");
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

    private static void requireChunk(long chunk) {
        if (chunk < 0) {
            throw new IllegalArgumentException("chunk number must be >= 0, got " + chunk);
        }
    }
}
