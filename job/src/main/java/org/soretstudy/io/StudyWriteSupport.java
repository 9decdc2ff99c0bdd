package org.soretstudy.io;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.soretstudy.solver.Convection;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.Reason;
import org.soretstudy.solver.ReasonCode;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.Status;

/**
 * Writes {@link StudySchema} rows straight to the {@link RecordConsumer}: no row objects, and the strings that
 * come from enums (status, convection, reason code) are encoded once. Only the free-text reason field and
 * message of a non-ok row are encoded per row.
 */
final class StudyWriteSupport extends WriteSupport<StudyWriteSupport.Row> {

    /** The row being written: filled by {@link ChunkWriter} and reused for every row. */
    static final class Row {
        long sampleId;
        double[] params;
        ResultBuffer result;
    }

    private static final String LIST = "list";
    private static final String ELEMENT = "element";

    private static final Binary[] STATUS = encode(Status.values().length, i -> Status.values()[i].key());
    private static final Binary[] CONVECTION = encode(Convection.values().length, i -> Convection.values()[i].key());
    private static final Binary[] REASON_CODE = encode(ReasonCode.values().length, i -> ReasonCode.values()[i].key());

    private final StudySchema schema;
    private final Map<String, String> footer;
    private final String[] paramNames;
    private final String[] outputNames = new String[OutputField.ALL.length];
    private final int outputsStart;
    private final int separationAtIndex;
    private final int convectionIndex;
    private final int statusIndex;
    private final int reasonCodeIndex;
    private final int reasonFieldIndex;
    private final int reasonIndex;
    private RecordConsumer out;

    StudyWriteSupport(StudySchema schema, Map<String, String> footer) {
        this.schema = schema;
        // in the caller's order: Map.copyOf iterates in an order salted per JVM, which reordered the footer's entries
        // from one JVM to the next (a retried task). Parquet itself still lists a column's encodings in an order that
        // varies per JVM (a set of enums), so attempts agree in rows and footer entries, not always in every byte.
        this.footer = Collections.unmodifiableMap(new LinkedHashMap<>(footer));
        this.paramNames = schema.parameterNames().toArray(new String[0]);
        for (OutputField f : OutputField.ALL) {
            outputNames[f.ordinal()] = f.key();
        }
        this.outputsStart = schema.outputFieldIndex(OutputField.ALL[0]);
        this.separationAtIndex = schema.fieldIndex(StudySchema.SEPARATION_AT);
        this.convectionIndex = schema.fieldIndex(StudySchema.CONVECTION);
        this.statusIndex = schema.fieldIndex(StudySchema.STATUS);
        this.reasonCodeIndex = schema.fieldIndex(StudySchema.REASON_CODE);
        this.reasonFieldIndex = schema.fieldIndex(StudySchema.REASON_FIELD);
        this.reasonIndex = schema.fieldIndex(StudySchema.REASON);
    }

    @Override
    @SuppressWarnings("deprecation") // abstract in 1.17; the ParquetConfiguration variant is the new one
    public WriteContext init(Configuration configuration) { return context(); }

    @Override
    public WriteContext init(ParquetConfiguration configuration) { return context(); }

    private WriteContext context() { return new WriteContext(schema.messageType(), Map.of()); }

    @Override
    public String getName() { return "soret-study"; }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) { this.out = recordConsumer; }

    @Override
    public FinalizedWriteContext finalizeWrite() { return new FinalizedWriteContext(footer); }

    @Override
    public void write(Row row) {
        ResultBuffer r = row.result;
        out.startMessage();

        out.startField(StudySchema.SAMPLE_ID, 0);
        out.addLong(row.sampleId);
        out.endField(StudySchema.SAMPLE_ID, 0);

        double[] params = row.params;
        for (int i = 0; i < paramNames.length; i++) {
            int index = StudySchema.parameterFieldIndex(i);
            out.startField(paramNames[i], index);
            out.addDouble(params[i]);
            out.endField(paramNames[i], index);
        }

        for (OutputField f : OutputField.ALL) {
            double v = r.get(f);
            if (!Double.isNaN(v)) { // NaN is the solver's null
                int index = outputsStart + f.ordinal();
                out.startField(outputNames[f.ordinal()], index);
                out.addDouble(v);
                out.endField(outputNames[f.ordinal()], index);
            }
        }

        writeSeparationAt(r);

        boolean ok = r.status() == Status.OK;
        Convection c = r.convection();
        if (ok && c != null) { // rejected and failed rows have no outputs, convection included
            string(StudySchema.CONVECTION, convectionIndex, CONVECTION[c.ordinal()]);
        }
        string(StudySchema.STATUS, statusIndex, STATUS[r.status().ordinal()]);
        Reason why = r.reason();
        if (why != null) {
            string(StudySchema.REASON_CODE, reasonCodeIndex, REASON_CODE[why.code().ordinal()]);
            string(StudySchema.REASON_FIELD, reasonFieldIndex, Binary.fromString(why.field()));
            string(StudySchema.REASON, reasonIndex, Binary.fromString(why.message()));
        }
        out.endMessage();
    }

    /** Three-level LIST: absent field = null list; a group with no {@code list} field = empty list. */
    private void writeSeparationAt(ResultBuffer r) {
        int n = r.separationAtCount();
        if (n < 0) {
            return;
        }
        out.startField(StudySchema.SEPARATION_AT, separationAtIndex);
        out.startGroup();
        if (n > 0) {
            out.startField(LIST, 0);
            for (int i = 0; i < n; i++) {
                out.startGroup();
                double v = r.separationAt(i);
                if (!Double.isNaN(v)) {
                    out.startField(ELEMENT, 0);
                    out.addDouble(v);
                    out.endField(ELEMENT, 0);
                }
                out.endGroup();
            }
            out.endField(LIST, 0);
        }
        out.endGroup();
        out.endField(StudySchema.SEPARATION_AT, separationAtIndex);
    }

    private void string(String name, int index, Binary value) {
        out.startField(name, index);
        out.addBinary(value);
        out.endField(name, index);
    }

    private static Binary[] encode(int n, java.util.function.IntFunction<String> key) {
        Binary[] b = new Binary[n];
        for (int i = 0; i < n; i++) {
            b[i] = Binary.fromConstantByteArray(key.apply(i).getBytes(StandardCharsets.UTF_8));
        }
        return b;
    }
}
