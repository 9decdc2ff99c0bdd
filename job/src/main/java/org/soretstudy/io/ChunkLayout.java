package org.soretstudy.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.UUID;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Where chunk files live under a study's output folder:
 * <pre>
 * OUT/samples/chunk-000042.parquet                 committed chunk 42 (what readers glob: OUT/samples/*.parquet)
 * OUT/samples/_tmp/chunk-000042.&lt;uuid&gt;.parquet   an attempt in progress, or one killed before its commit
 * </pre>
 * The numbers are zero-padded to six digits so a listing sorts by chunk up to 999999; larger numbers simply
 * get more digits. {@code _tmp} starts with an underscore, so Spark and Arrow skip it when reading the folder.
 */
public final class ChunkLayout {
    public static final String SAMPLES_DIR = "samples";
    public static final String TEMP_DIR = "_tmp";
    static final String PREFIX = "chunk-";
    static final String SUFFIX = ".parquet";

    private ChunkLayout() { }

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

    /** The committed chunk numbers in {@code OUT/samples}, ascending; empty if the folder does not exist. */
    public static long[] listCommittedChunks(Configuration conf, URI outDir) throws IOException {
        Path dir = samplesDir(outDir);
        FileSystem fs = dir.getFileSystem(conf);
        FileStatus[] entries;
        try {
            entries = fs.listStatus(dir);
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
    public static void deleteTemp(Configuration conf, URI outDir) throws IOException {
        Path tmp = tempDir(outDir);
        tmp.getFileSystem(conf).delete(tmp, true);
    }

    private static void requireChunk(long chunk) {
        if (chunk < 0) {
            throw new IllegalArgumentException("chunk number must be >= 0, got " + chunk);
        }
    }
}
