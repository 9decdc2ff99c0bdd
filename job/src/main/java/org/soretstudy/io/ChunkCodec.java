package org.soretstudy.io;

import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/** Compression of chunk files. Both are read by Spark, DuckDB and Arrow. */
public enum ChunkCodec {
    /** Smaller files (the default). */
    ZSTD(CompressionCodecName.ZSTD),
    /** Faster to write and read, larger files. */
    SNAPPY(CompressionCodecName.SNAPPY);

    private final CompressionCodecName parquet;

    ChunkCodec(CompressionCodecName parquet) { this.parquet = parquet; }

    CompressionCodecName parquet() { return parquet; }
}
