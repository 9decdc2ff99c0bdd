package org.soretstudy.io;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.InitContext;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;
import org.soretstudy.solver.Convection;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ReasonCode;
import org.soretstudy.solver.Status;

/**
 * Materializes chunk rows into one reused {@link ChunkRow}. Enum-valued strings are matched against their
 * encoded keys, so only a non-ok row's free-text reason allocates.
 */
final class StudyReadSupport extends ReadSupport<ChunkRow> {
    private static final Status[] STATUSES = Status.values();
    private static final Convection[] CONVECTIONS = Convection.values();
    private static final ReasonCode[] CODES = ReasonCode.values();
    private static final Binary[] STATUS_KEYS = keys(STATUSES.length, i -> STATUSES[i].key());
    private static final Binary[] CONVECTION_KEYS = keys(CONVECTIONS.length, i -> CONVECTIONS[i].key());
    private static final Binary[] CODE_KEYS = keys(CODES.length, i -> CODES[i].key());

    private final StudySchema schema;

    StudyReadSupport(StudySchema schema) { this.schema = schema; }

    @Override
    public ReadContext init(InitContext context) { return new ReadContext(schema.messageType()); }

    @Override
    @SuppressWarnings("deprecation") // abstract in 1.17; the ParquetConfiguration variant is the new one
    public RecordMaterializer<ChunkRow> prepareForRead(Configuration configuration, Map<String, String> keyValueMetaData,
                                                       MessageType fileSchema, ReadContext readContext) {
        return materializer();
    }

    @Override
    public RecordMaterializer<ChunkRow> prepareForRead(ParquetConfiguration configuration,
                                                       Map<String, String> keyValueMetaData, MessageType fileSchema,
                                                       ReadContext readContext) {
        return materializer();
    }

    private RecordMaterializer<ChunkRow> materializer() {
        ChunkRow row = new ChunkRow(schema.parameterCount());
        Root root = new Root(row, schema);
        return new RecordMaterializer<>() {
            @Override
            public ChunkRow getCurrentRecord() { return row; }

            @Override
            public GroupConverter getRootConverter() { return root; }
        };
    }

    private static final class Root extends GroupConverter {
        private final ChunkRow row;
        private final Converter[] fields;

        Root(ChunkRow row, StudySchema schema) {
            this.row = row;
            int n = schema.columnNames().size();
            fields = new Converter[n];
            fields[0] = new PrimitiveConverter() {
                @Override
                public void addLong(long value) { row.sampleId = value; }
            };
            for (int i = 0; i < schema.parameterCount(); i++) {
                int p = i;
                fields[StudySchema.parameterFieldIndex(i)] = new PrimitiveConverter() {
                    @Override
                    public void addDouble(double value) { row.params[p] = value; }
                };
            }
            for (OutputField f : OutputField.ALL) {
                int k = f.ordinal();
                fields[schema.outputFieldIndex(f)] = new PrimitiveConverter() {
                    @Override
                    public void addDouble(double value) { row.outputs[k] = value; }
                };
            }
            fields[schema.fieldIndex(StudySchema.SEPARATION_AT)] = new SeparationAt(row);
            fields[schema.fieldIndex(StudySchema.CONVECTION)] = new PrimitiveConverter() {
                @Override
                public void addBinary(Binary value) { row.convection = CONVECTIONS[match(CONVECTION_KEYS, value)]; }
            };
            fields[schema.fieldIndex(StudySchema.STATUS)] = new PrimitiveConverter() {
                @Override
                public void addBinary(Binary value) { row.status = STATUSES[match(STATUS_KEYS, value)]; }
            };
            fields[schema.fieldIndex(StudySchema.REASON_CODE)] = new PrimitiveConverter() {
                @Override
                public void addBinary(Binary value) {
                    int i = find(CODE_KEYS, value);
                    // An unknown code is kept as text; ChunkRow.toResult reports it.
                    row.reasonCode = i >= 0 ? CODES[i].key() : value.toStringUsingUTF8();
                }
            };
            fields[schema.fieldIndex(StudySchema.REASON_FIELD)] = new PrimitiveConverter() {
                @Override
                public void addBinary(Binary value) { row.reasonField = value.toStringUsingUTF8(); }
            };
            fields[schema.fieldIndex(StudySchema.REASON)] = new PrimitiveConverter() {
                @Override
                public void addBinary(Binary value) { row.reason = value.toStringUsingUTF8(); }
            };
        }

        @Override
        public Converter getConverter(int fieldIndex) { return fields[fieldIndex]; }

        @Override
        public void start() { row.clear(); }

        @Override
        public void end() { }
    }

    /** {@code separation_at} (LIST) / {@code list} (repeated) / {@code element} (optional double). */
    private static final class SeparationAt extends GroupConverter {
        private final ChunkRow row;
        private final GroupConverter list;
        private double element;

        SeparationAt(ChunkRow row) {
            this.row = row;
            PrimitiveConverter value = new PrimitiveConverter() {
                @Override
                public void addDouble(double v) { element = v; }
            };
            this.list = new GroupConverter() {
                @Override
                public Converter getConverter(int fieldIndex) { return value; }

                @Override
                public void start() { element = Double.NaN; } // a null element stays NaN

                @Override
                public void end() { row.addSeparationAt(element); }
            };
        }

        @Override
        public Converter getConverter(int fieldIndex) { return list; }

        @Override
        public void start() { row.separationAtCount = 0; } // present: an empty list unless elements follow

        @Override
        public void end() { }
    }

    private static int match(Binary[] keys, Binary value) {
        int i = find(keys, value);
        if (i < 0) {
            throw new IllegalStateException("unexpected value '" + value.toStringUsingUTF8() + "' in a chunk file");
        }
        return i;
    }

    private static int find(Binary[] keys, Binary value) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(value)) {
                return i;
            }
        }
        return -1;
    }

    private static Binary[] keys(int n, java.util.function.IntFunction<String> key) {
        Binary[] b = new Binary[n];
        for (int i = 0; i < n; i++) {
            b[i] = Binary.fromConstantByteArray(key.apply(i).getBytes(StandardCharsets.UTF_8));
        }
        return b;
    }
}
