package org.soretstudy.io;

import java.util.Objects;

/**
 * How chunk files are written.
 *
 * @param codec         page compression
 * @param rowGroupBytes target row-group size (buffered in memory per open writer before it is flushed)
 * @param pageBytes     target data-page size
 */
public record ChunkWriterOptions(ChunkCodec codec, long rowGroupBytes, int pageBytes) {
    /**
     * ZSTD, 64 MiB row groups (one writer per running task stays well inside an executor's memory, and a
     * chunk of up to a few hundred thousand rows is one row group), 1 MiB pages (Parquet's default).
     */
    public static final ChunkWriterOptions DEFAULTS = new ChunkWriterOptions(ChunkCodec.ZSTD, 64L << 20, 1 << 20);

    public ChunkWriterOptions {
        Objects.requireNonNull(codec, "codec");
        if (rowGroupBytes < 1 << 16) {
            throw new IllegalArgumentException("rowGroupBytes must be at least 64 KiB, got " + rowGroupBytes);
        }
        if (pageBytes < 1 << 10 || pageBytes > rowGroupBytes) {
            throw new IllegalArgumentException("pageBytes must be in [1 KiB, rowGroupBytes], got " + pageBytes);
        }
    }

    public ChunkWriterOptions withCodec(ChunkCodec c) { return new ChunkWriterOptions(c, rowGroupBytes, pageBytes); }
}
