package org.soretstudy.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.soretstudy.solver.Convection;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ReasonCode;
import org.soretstudy.solver.Status;

/**
 * A chunk file's rows read straight from its column readers into one reused {@link ChunkRow}: the mirror of
 * {@link ChunkFileWriter}, the same levels (see there), without Parquet's record assembly. Enum-valued strings are
 * matched against their encoded keys ({@link EnumColumns}), so only a non-ok row's free-text reason allocates.
 */
final class ChunkFileReader implements Closeable {
    private static final Status[] STATUSES = Status.values();
    private static final Convection[] CONVECTIONS = Convection.values();
    private static final ReasonCode[] CODES = ReasonCode.values();

    private final ParquetFileReader file;
    private final MessageType schema;
    private final String createdBy;
    private final GroupConverter ignored;
    private final ChunkRow row;
    private final int parameters;

    private long rowsLeftInGroup;
    private ColumnReader sampleId;
    private final ColumnReader[] parameterColumns;
    private final ColumnReader[] outputColumns = new ColumnReader[OutputField.ALL.length];
    private ColumnReader separationAt;
    /** Values of separation_at's column not read yet in this row group (its entries outnumber the rows). */
    private long separationAtLeft;
    private ColumnReader convection;
    private ColumnReader status;
    private ColumnReader reasonCode;
    private ColumnReader reasonField;
    private ColumnReader reason;

    /** Reads {@code file}, whose schema is {@code studySchema}'s (checked by the caller); takes over the file. */
    ChunkFileReader(ParquetFileReader file, StudySchema studySchema) {
        this.file = file;
        this.schema = studySchema.messageType();
        this.createdBy = file.getFileMetaData().getCreatedBy();
        this.ignored = ignoring(schema);
        this.parameters = studySchema.parameterCount();
        this.parameterColumns = new ColumnReader[parameters];
        this.row = new ChunkRow(parameters);
    }

    /** The row {@link #next()} fills. */
    ChunkRow row() {
        return row;
    }

    /** Reads the next row into {@link #row()}; false at the end of the file. */
    boolean next() throws IOException {
        while (rowsLeftInGroup == 0) {
            PageReadStore group = file.readNextRowGroup();
            if (group == null) {
                return false;
            }
            startRowGroup(group);
        }
        rowsLeftInGroup--;
        ChunkRow r = row;
        r.clear();
        r.sampleId = sampleId.getLong();
        sampleId.consume();
        for (int i = 0; i < parameters; i++) {
            ColumnReader c = parameterColumns[i];
            r.params[i] = c.getDouble();
            c.consume();
        }
        double[] outputs = r.outputs;
        for (int i = 0; i < outputs.length; i++) {
            ColumnReader c = outputColumns[i];
            if (c.getCurrentDefinitionLevel() == 1) {
                outputs[i] = c.getDouble();
            }
            c.consume(); // a null stays NaN (clear)
        }
        readSeparationAt(r);
        Binary value = optional(convection);
        r.convection = value == null ? null : CONVECTIONS[EnumColumns.match(EnumColumns.CONVECTION, value)];
        r.status = STATUSES[EnumColumns.match(EnumColumns.STATUS, status.getBinary())];
        status.consume();
        value = optional(reasonCode);
        if (value != null) {
            int i = EnumColumns.find(EnumColumns.REASON_CODE, value);
            // an unknown code is kept as text; ChunkRow.toResult reports it
            r.reasonCode = i >= 0 ? CODES[i].key() : value.toStringUsingUTF8();
        }
        value = optional(reasonField);
        r.reasonField = value == null ? null : value.toStringUsingUTF8();
        value = optional(reason);
        r.reason = value == null ? null : value.toStringUsingUTF8();
        return true;
    }

    /** One row's list: its first entry (repetition 0) says null list, empty list or first element; then the rest. */
    private void readSeparationAt(ChunkRow r) {
        int level = separationAt.getCurrentDefinitionLevel();
        if (level > 0) {
            r.separationAtCount = 0;
            if (level > 1) {
                element(r, level);
                while (separationAtLeft > 0 && separationAt.getCurrentRepetitionLevel() == 1) {
                    element(r, separationAt.getCurrentDefinitionLevel());
                }
                return;
            }
        }
        separationAt.consume();
        separationAtLeft--;
    }

    private void element(ChunkRow r, int level) {
        r.addSeparationAt(level == 3 ? separationAt.getDouble() : Double.NaN);
        separationAt.consume();
        separationAtLeft--;
    }

    private static Binary optional(ColumnReader c) {
        Binary value = c.getCurrentDefinitionLevel() == 1 ? c.getBinary() : null;
        c.consume();
        return value;
    }

    private void startRowGroup(PageReadStore group) {
        ColumnReadStoreImpl columns = new ColumnReadStoreImpl(group, ignored, schema, createdBy);
        List<ColumnDescriptor> descriptors = schema.getColumns();
        int c = 0;
        sampleId = columns.getColumnReader(descriptors.get(c++));
        for (int i = 0; i < parameters; i++) {
            parameterColumns[i] = columns.getColumnReader(descriptors.get(c++));
        }
        for (int i = 0; i < outputColumns.length; i++) {
            outputColumns[i] = columns.getColumnReader(descriptors.get(c++));
        }
        separationAt = columns.getColumnReader(descriptors.get(c++));
        separationAtLeft = separationAt.getTotalValueCount();
        convection = columns.getColumnReader(descriptors.get(c++));
        status = columns.getColumnReader(descriptors.get(c++));
        reasonCode = columns.getColumnReader(descriptors.get(c++));
        reasonField = columns.getColumnReader(descriptors.get(c++));
        reason = columns.getColumnReader(descriptors.get(c));
        rowsLeftInGroup = group.getRowCount();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    /**
     * The converters the column readers ask for: none of them is called, since the values are taken from the readers
     * themselves (getDouble, getBinary), which decode dictionary pages on their own.
     */
    private static GroupConverter ignoring(GroupType type) {
        Converter[] fields = new Converter[type.getFieldCount()];
        for (int i = 0; i < fields.length; i++) {
            Type field = type.getType(i);
            fields[i] = field.isPrimitive() ? new PrimitiveConverter() { } : ignoring(field.asGroupType());
        }
        return new GroupConverter() {
            @Override
            public Converter getConverter(int fieldIndex) { return fields[fieldIndex]; }

            @Override
            public void start() { }

            @Override
            public void end() { }
        };
    }
}
