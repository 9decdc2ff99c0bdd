package org.soretstudy.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.soretstudy.solver.Convection;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.Reason;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.Status;

/**
 * One chunk's Parquet file, its rows written straight to the column writers: a {@link StudySchema} row is a flat
 * list of values with known repetition and definition levels, so Parquet's record assembly (the record consumer
 * that finds each field's column and levels by name, and looks for missing fields at the end of every record) is
 * skipped. That assembly was half the time of writing a row. The file is assembled by the parts {@code ParquetWriter}
 * uses, with the same properties: {@code ParquetFileWriter} for the file, a {@code ColumnChunkPageWriteStore} and
 * the properties' column store for each row group. So the rows, encodings, statistics and footer entries are what it
 * would write; where a row group ends may differ (its size is checked every {@value #SIZE_CHECK_ROWS} rows here).
 *
 * <p>The levels, from the schema: required columns have none; an optional value is definition level 1, its null 0;
 * {@code separation_at} (optional group, repeated {@code list}, optional {@code element}) is 0 for a null list, 1
 * for an empty one, and per element repetition 0 for the first and 1 after, definition 3 for a value, 2 for a null.
 */
final class ChunkFileWriter implements Closeable {
    /** The footer's key naming the writer, as {@code ParquetWriter} sets it from its write support's name. */
    private static final String MODEL_NAME = "soret-study";
    /** Row-group size checks: every this many rows (a check sums ~40 columns' buffered sizes). */
    private static final int SIZE_CHECK_ROWS = 1_000;

    private final MessageType schema;
    private final ParquetProperties properties;
    private final ParquetFileWriter file;
    private final BytesInputCompressor compressor;
    private final CodecFactory codecs;
    private final Map<String, String> footer;
    private final long rowGroupBytes;
    private final int parameters;

    private ColumnChunkPageWriteStore pages;
    private ColumnWriteStore columns;
    private ColumnWriter sampleId;
    private final ColumnWriter[] parameterColumns;
    private final ColumnWriter[] outputColumns = new ColumnWriter[OutputField.ALL.length];
    private ColumnWriter separationAt;
    private ColumnWriter convection;
    private ColumnWriter status;
    private ColumnWriter reasonCode;
    private ColumnWriter reasonField;
    private ColumnWriter reason;
    private long rowsInGroup;

    ChunkFileWriter(OutputFile out, Configuration conf, StudySchema studySchema, Map<String, String> footer,
                    ChunkWriterOptions options, String[] dictionaryColumns) throws IOException {
        this.schema = studySchema.messageType();
        this.parameters = studySchema.parameterCount();
        this.parameterColumns = new ColumnWriter[parameters];
        ParquetProperties.Builder props = ParquetProperties.builder()
                .withPageSize(options.pageBytes())
                .withValuesWriterFactory(new PlainNumberWriters())
                .withDictionaryEncoding(false);
        for (String column : dictionaryColumns) {
            props.withDictionaryEncoding(column, true);
        }
        this.properties = props.build();
        this.rowGroupBytes = options.rowGroupBytes();
        // the caller's order: the footer entries are the same, in the same order, for every attempt at a chunk
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(ParquetWriter.OBJECT_MODEL_NAME_PROP, MODEL_NAME);
        entries.putAll(footer);
        this.footer = entries;
        this.file = new ParquetFileWriter(out, schema, ParquetFileWriter.Mode.CREATE, rowGroupBytes,
                ParquetWriter.MAX_PADDING_SIZE_DEFAULT, null, properties);
        file.start();
        this.codecs = new CodecFactory(conf, properties.getPageSizeThreshold()); // released by close() or abort()
        this.compressor = codecs.getCompressor(options.codec().parquet());
        startRowGroup();
    }

    private void startRowGroup() {
        pages = new ColumnChunkPageWriteStore(compressor, schema, properties.getAllocator(),
                properties.getColumnIndexTruncateLength(), properties.getPageWriteChecksumEnabled());
        columns = properties.newColumnWriteStore(schema, pages, pages);
        // in the schema's column order, as ChunkFileReader.startRowGroup takes them
        List<ColumnDescriptor> descriptors = schema.getColumns();
        int c = 0;
        sampleId = columns.getColumnWriter(descriptors.get(c++));
        for (int i = 0; i < parameters; i++) {
            parameterColumns[i] = columns.getColumnWriter(descriptors.get(c++));
        }
        for (int i = 0; i < outputColumns.length; i++) {
            outputColumns[i] = columns.getColumnWriter(descriptors.get(c++));
        }
        separationAt = columns.getColumnWriter(descriptors.get(c++));
        convection = columns.getColumnWriter(descriptors.get(c++));
        status = columns.getColumnWriter(descriptors.get(c++));
        reasonCode = columns.getColumnWriter(descriptors.get(c++));
        reasonField = columns.getColumnWriter(descriptors.get(c++));
        reason = columns.getColumnWriter(descriptors.get(c));
        rowsInGroup = 0;
    }

    /** Appends one row: the schema's columns in order, then the record's end. */
    void write(long id, double[] params, ResultBuffer r) throws IOException {
        sampleId.write(id, 0, 0);
        for (int i = 0; i < parameters; i++) {
            parameterColumns[i].write(params[i], 0, 0);
        }
        for (OutputField f : OutputField.ALL) {
            double v = r.get(f);
            if (Double.isNaN(v)) { // NaN is the solver's null
                outputColumns[f.ordinal()].writeNull(0, 0);
            } else {
                outputColumns[f.ordinal()].write(v, 0, 1);
            }
        }
        writeSeparationAt(r);
        boolean ok = r.status() == Status.OK;
        Convection c = r.convection();
        // rejected and failed rows have no outputs, convection included
        optional(convection, ok && c != null ? EnumColumns.CONVECTION[c.ordinal()] : null);
        status.write(EnumColumns.STATUS[r.status().ordinal()], 0, 0);
        Reason why = r.reason();
        optional(reasonCode, why == null ? null : EnumColumns.REASON_CODE[why.code().ordinal()]);
        optional(reasonField, why == null ? null : Binary.fromString(why.field()));
        optional(reason, why == null ? null : Binary.fromString(why.message()));
        columns.endRecord();
        if (++rowsInGroup % SIZE_CHECK_ROWS == 0 && columns.getBufferedSize() >= rowGroupBytes) {
            flushRowGroup();
            startRowGroup();
        }
    }

    private void writeSeparationAt(ResultBuffer r) {
        int n = r.separationAtCount();
        if (n <= 0) {
            separationAt.writeNull(0, n < 0 ? 0 : 1); // a null list, or an empty one
            return;
        }
        for (int i = 0; i < n; i++) {
            int repetition = i == 0 ? 0 : 1;
            double v = r.separationAt(i);
            if (Double.isNaN(v)) {
                separationAt.writeNull(repetition, 2);
            } else {
                separationAt.write(v, repetition, 3);
            }
        }
    }

    private static void optional(ColumnWriter column, Binary value) {
        if (value == null) {
            column.writeNull(0, 0);
        } else {
            column.write(value, 0, 1);
        }
    }

    private void flushRowGroup() throws IOException {
        if (rowsInGroup > 0) {
            file.startBlock(rowsInGroup);
            columns.flush();
            pages.flushToFileWriter(file);
            file.endBlock();
        }
        columns.close();
        pages.close();
    }

    /** Writes the last row group and the footer. */
    @Override
    public void close() throws IOException {
        try {
            flushRowGroup();
            file.end(footer);
        } finally {
            codecs.release();
        }
    }

    /** Gives the file up without completing it (the caller deletes it). */
    void abort() {
        try {
            columns.close();
            pages.close();
            file.abort();
        } catch (RuntimeException ignored) {
            // the file is deleted by the caller either way
        } finally {
            codecs.release();
        }
    }
}
