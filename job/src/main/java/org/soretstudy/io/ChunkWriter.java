package org.soretstudy.io;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.soretstudy.solver.ResultBuffer;

/**
 * Writes one chunk of a study to its own Parquet file and commits it atomically (see {@link OutputFolder}).
 *
 * <p>Rows go to a temp file unique to this attempt, {@code OUT/samples/_tmp/chunk-000042.<uuid>.parquet}.
 * {@link #commit()} completes it and renames it to {@code OUT/samples/chunk-000042.parquet}; if that file is
 * already there, another attempt won the race with the same rows, and this attempt's file is deleted. A
 * killed task leaves only a temp file, never a partial chunk file. Nothing attempt-specific goes into the file,
 * so every attempt at a chunk writes the same rows and footer entries (not always the same bytes between JVMs:
 * Parquet's own column metadata lists its encodings in an order of its own).
 *
 * <p>Use one writer per task, from one thread; always end with {@link #commit()} or {@link #abort()}
 * ({@link #close()} aborts an uncommitted writer, for try-with-resources).
 */
public final class ChunkWriter implements RowSink, Closeable {

    private enum State { OPEN, COMMITTED, ABORTED }

    private static final String[] DICTIONARY_COLUMNS = {
        StudySchema.CONVECTION, StudySchema.STATUS, StudySchema.REASON_CODE, StudySchema.REASON_FIELD, StudySchema.REASON
    };

    private final Configuration conf;
    private final long chunk;
    private final StudySchema schema;
    private final Path temp;
    private final Path target;
    private final ChunkFileWriter writer;
    private long rows;
    private State state = State.OPEN;

    private ChunkWriter(Configuration conf, URI outDir, long chunk, StudySchema schema, Map<String, String> footer,
                        ChunkWriterOptions options) throws IOException {
        this.conf = conf;
        this.chunk = chunk;
        this.schema = schema;
        this.target = OutputFolder.committedFile(outDir, chunk);
        this.temp = OutputFolder.tempFile(outDir, chunk);
        // Dictionaries pay off for the few distinct strings (status, codes), not for sampled doubles, where
        // building and abandoning one cost ~20 % of the write rate; zstd still shrinks constant double columns to
        // almost nothing.
        this.writer = new ChunkFileWriter(HadoopOutputFile.fromPath(temp, conf), conf, schema, footer, options,
                DICTIONARY_COLUMNS);
    }

    /** Opens a writer with {@link ChunkWriterOptions#DEFAULTS}. */
    public static ChunkWriter open(Configuration conf, URI outDir, long chunk, StudySchema schema,
                                   Map<String, String> footerMetadata) throws IOException {
        return open(conf, outDir, chunk, schema, footerMetadata, ChunkWriterOptions.DEFAULTS);
    }

    /**
     * @param conf           Hadoop configuration (file system credentials and settings)
     * @param outDir         the study's output folder: any Hadoop FileSystem URI, or a plain path
     * @param chunk          the chunk number, >= 0
     * @param footerMetadata key-value pairs for the file footer (spec, seed, versions); must be the same for
     *                       every attempt at a chunk, so keep timestamps and attempt ids out of it
     */
    public static ChunkWriter open(Configuration conf, URI outDir, long chunk, StudySchema schema,
                                   Map<String, String> footerMetadata, ChunkWriterOptions options) throws IOException {
        Objects.requireNonNull(conf, "conf");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(footerMetadata, "footerMetadata");
        Objects.requireNonNull(options, "options");
        return new ChunkWriter(conf, outDir, chunk, schema, footerMetadata, options);
    }

    /** Appends one row. {@code params} must hold exactly one value per parameter of the schema. */
    @Override
    public void write(long sampleId, double[] params, ResultBuffer result) throws IOException {
        if (state != State.OPEN) {
            throw new IllegalStateException("chunk " + chunk + " writer is " + state);
        }
        if (params.length != schema.parameterCount()) {
            throw new IllegalArgumentException("expected " + schema.parameterCount() + " parameter values, got "
                    + params.length);
        }
        writer.write(sampleId, params, result);
        rows++;
    }

    /**
     * Completes the file and moves it into place. On failure the temp file is deleted (best effort) and the
     * chunk is left uncommitted, for a retry to write again.
     */
    public CommitOutcome commit() throws IOException {
        if (state != State.OPEN) {
            throw new IllegalStateException("chunk " + chunk + " writer is " + state);
        }
        state = State.ABORTED; // until the rename succeeds: a failure below must not look committed
        FileSystem fs = temp.getFileSystem(conf);
        try {
            writer.close();
            CommitOutcome outcome = moveIntoPlace(fs);
            state = State.COMMITTED;
            return outcome;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(fs, temp, e);
            throw e;
        }
    }

    private CommitOutcome moveIntoPlace(FileSystem fs) throws IOException {
        // The exists check makes the common race (a speculative or retried attempt finishing second) cheap
        // and explicit; the rename result covers a race between the check and the rename. Where rename
        // replaces an existing file (the local file system) the replacement is atomic and has the same rows.
        if (!fs.exists(target)) {
            boolean renamed;
            try {
                renamed = fs.rename(temp, target);
            } catch (FileAlreadyExistsException e) {
                renamed = false;
            }
            if (renamed) {
                return CommitOutcome.COMMITTED;
            }
            if (!fs.exists(target)) {
                throw new IOException("could not rename " + temp + " to " + target);
            }
        }
        fs.delete(temp, false);
        return CommitOutcome.ALREADY_COMMITTED;
    }

    /** Drops this attempt: closes the file and deletes it. Never throws; a no-op once committed or aborted. */
    public void abort() {
        if (state != State.OPEN) {
            return;
        }
        state = State.ABORTED;
        FileSystem fs = null;
        try {
            fs = temp.getFileSystem(conf);
            writer.abort(); // releases the stream so that the delete is clean
        } catch (IOException | RuntimeException ignored) {
            // the file is deleted below either way
        }
        if (fs != null) {
            deleteQuietly(fs, temp, null);
        }
    }

    /** Aborts unless {@link #commit()} succeeded. */
    @Override
    public void close() { abort(); }

    public long chunk() { return chunk; }

    /** Rows written so far. */
    public long rowCount() { return rows; }

    /** The file this writer commits to. */
    public Path committedPath() { return target; }

    /** This attempt's temp file. */
    Path tempPath() { return temp; }

    private static void deleteQuietly(FileSystem fs, Path p, Exception cause) {
        try {
            fs.delete(p, false);
        } catch (IOException | RuntimeException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }
}
