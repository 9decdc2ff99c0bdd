package org.soretstudy.io;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.HadoopReadOptions;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.InputFile;

/**
 * Reads the rows of one committed chunk file back, in file order, into a reused {@link ChunkRow}:
 * <pre>
 * try (ChunkReader r = ChunkReader.open(conf, outDir, 42)) {
 *     while (r.next()) { use(r.row()); }
 * }
 * </pre>
 * The parameter columns are taken from the file; a file whose columns are not the study layout is refused.
 */
public final class ChunkReader implements Closeable {
    private final StudySchema schema;
    private final Map<String, String> footer;
    private final long rowCount;
    private final ChunkFileReader reader;
    private boolean onRow;

    private ChunkReader(InputFile file, Configuration conf) throws IOException {
        ParquetFileReader parquet = ParquetFileReader.open(file, HadoopReadOptions.builder(conf).build());
        try {
            ParquetMetadata footerData = parquet.getFooter();
            FileMetaData meta = footerData.getFileMetaData();
            this.schema = StudySchema.fromFile(meta.getSchema());
            this.footer = Map.copyOf(meta.getKeyValueMetaData());
            this.rowCount = footerData.getBlocks().stream().mapToLong(b -> b.getRowCount()).sum();
        } catch (RuntimeException e) { // a file that is not a study's chunk
            parquet.close();
            throw e;
        }
        this.reader = new ChunkFileReader(parquet, schema);
    }

    /** Opens a chunk file by its URI (any Hadoop FileSystem, or a plain path). */
    public static ChunkReader open(Configuration conf, URI file) throws IOException {
        return new ChunkReader(HadoopInputFile.fromPath(new Path(file), conf), conf);
    }

    /** Opens the committed file of a chunk in a study's output folder. */
    public static ChunkReader open(Configuration conf, URI outDir, long chunk) throws IOException {
        return new ChunkReader(HadoopInputFile.fromPath(OutputFolder.committedFile(outDir, chunk), conf), conf);
    }

    /** Advances to the next row; false at the end. */
    public boolean next() throws IOException {
        onRow = reader.next();
        return onRow;
    }

    /** The current row (valid until the next {@link #next()}). */
    public ChunkRow row() {
        if (!onRow) {
            throw new IllegalStateException("no current row: call next() first");
        }
        return reader.row();
    }

    public StudySchema schema() { return schema; }

    /** The footer's key-value metadata: what the writer was given, plus Parquet's own {@code writer.model.name}. */
    public Map<String, String> footerMetadata() { return footer; }

    /** Number of rows in the file, from its footer. */
    public long rowCount() { return rowCount; }

    @Override
    public void close() throws IOException { reader.close(); }

    /** The footer key-value metadata of a chunk file, without reading its rows. */
    public static Map<String, String> readFooterMetadata(Configuration conf, URI file) throws IOException {
        InputFile in = HadoopInputFile.fromPath(new Path(file), conf);
        return Map.copyOf(readFooter(in).getFileMetaData().getKeyValueMetaData());
    }

    private static ParquetMetadata readFooter(InputFile file) throws IOException {
        try (ParquetFileReader r = ParquetFileReader.open(file)) {
            return r.getFooter();
        }
    }
}
