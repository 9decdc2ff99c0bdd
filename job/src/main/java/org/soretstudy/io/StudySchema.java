package org.soretstudy.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.soretstudy.solver.OutputField;

/**
 * The columns of {@code samples/*.parquet} (contract section 3), in their fixed order: {@code sample_id}, one
 * DOUBLE per varied parameter (in spec order), the scalar outputs in {@link OutputField} order, then
 * {@code separation_at}, {@code convection}, {@code status}, {@code reason_code}, {@code reason_field},
 * {@code reason}. Immutable.
 *
 * <p>Nullability says what a reader may expect: {@code sample_id}, the parameters and {@code status} are
 * always there; every output and the reason columns are null where they do not apply. {@code separation_at}
 * uses the standard three-level LIST ({@code list}/{@code element}) so Spark, DuckDB and Arrow read it as
 * an array of doubles.
 */
public final class StudySchema {
    public static final String SAMPLE_ID = "sample_id";
    public static final String SEPARATION_AT = "separation_at";
    public static final String CONVECTION = "convection";
    public static final String STATUS = "status";
    public static final String REASON_CODE = "reason_code";
    public static final String REASON_FIELD = "reason_field";
    public static final String REASON = "reason";

    /** Name of the Parquet message; readers ignore it. */
    static final String MESSAGE_NAME = "soret_study_sample";

    private final List<String> parameters;
    private final List<String> columns;
    private final MessageType messageType;

    private StudySchema(List<String> parameters) {
        this.parameters = List.copyOf(parameters);
        this.columns = Collections.unmodifiableList(columnNames(this.parameters));
        this.messageType = buildMessage(this.parameters);
    }

    /**
     * @param parameterNames the varied parameters, in spec order; distinct, non-empty and none equal to a
     *                       fixed column name (that would be a parameter also fixed as an output)
     */
    public static StudySchema of(List<String> parameterNames) {
        Objects.requireNonNull(parameterNames, "parameterNames");
        Set<String> fixed = new HashSet<>(columnNames(List.of()));
        Set<String> seen = new HashSet<>();
        for (String name : parameterNames) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("parameter name must be non-empty, got " + parameterNames);
            }
            if (fixed.contains(name)) {
                throw new IllegalArgumentException("parameter '" + name + "' clashes with the output column of that name");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("parameter '" + name + "' is listed twice");
            }
        }
        return new StudySchema(parameterNames);
    }

    /** The varied parameters, in column order. */
    public List<String> parameterNames() { return parameters; }

    public int parameterCount() { return parameters.size(); }

    /** Every top-level column name, in file order. */
    public List<String> columnNames() { return columns; }

    /** The Parquet schema written to and expected from chunk files. */
    public MessageType messageType() { return messageType; }

    /** Index of a parameter's column among the top-level fields: the parameters follow {@code sample_id}. */
    static int parameterFieldIndex(int parameter) { return 1 + parameter; }

    int outputFieldIndex(OutputField f) { return 1 + parameters.size() + f.ordinal(); }

    int fieldIndex(String fixedColumn) { return columns.indexOf(fixedColumn); }

    private static List<String> columnNames(List<String> parameters) {
        List<String> names = new ArrayList<>(8 + parameters.size() + OutputField.ALL.length);
        names.add(SAMPLE_ID);
        names.addAll(parameters);
        for (OutputField f : OutputField.ALL) {
            names.add(f.key());
        }
        names.addAll(List.of(SEPARATION_AT, CONVECTION, STATUS, REASON_CODE, REASON_FIELD, REASON));
        return names;
    }

    private static MessageType buildMessage(List<String> parameters) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        b.required(PrimitiveTypeName.INT64).named(SAMPLE_ID);
        for (String p : parameters) {
            b.required(PrimitiveTypeName.DOUBLE).named(p);
        }
        for (OutputField f : OutputField.ALL) {
            b.optional(PrimitiveTypeName.DOUBLE).named(f.key());
        }
        b.optionalGroup().as(LogicalTypeAnnotation.listType())
                .repeatedGroup().optional(PrimitiveTypeName.DOUBLE).named("element").named("list")
                .named(SEPARATION_AT);
        b.addField(string(Type.Repetition.OPTIONAL, CONVECTION));
        b.addField(string(Type.Repetition.REQUIRED, STATUS));
        b.addField(string(Type.Repetition.OPTIONAL, REASON_CODE));
        b.addField(string(Type.Repetition.OPTIONAL, REASON_FIELD));
        b.addField(string(Type.Repetition.OPTIONAL, REASON));
        return b.named(MESSAGE_NAME);
    }

    private static Type string(Type.Repetition repetition, String name) {
        return Types.primitive(PrimitiveTypeName.BINARY, repetition).as(LogicalTypeAnnotation.stringType()).named(name);
    }

    /**
     * Recovers the schema of a chunk file: the parameters are the fields between {@code sample_id} and the
     * first output. Throws if the file's schema is not exactly the one this class would write for them.
     */
    static StudySchema fromFile(MessageType fileSchema) {
        List<Type> fields = fileSchema.getFields();
        String firstOutput = OutputField.ALL[0].key();
        int end = 1;
        while (end < fields.size() && !fields.get(end).getName().equals(firstOutput)) {
            end++;
        }
        if (fields.isEmpty() || !fields.get(0).getName().equals(SAMPLE_ID) || end == fields.size()) {
            throw new IllegalArgumentException("not a soret-study chunk schema: " + fileSchema);
        }
        List<String> params = new ArrayList<>();
        for (int i = 1; i < end; i++) {
            params.add(fields.get(i).getName());
        }
        StudySchema schema = of(params);
        // Compare field by field: the message name is not part of the layout readers rely on.
        if (!schema.messageType.getFields().equals(fields)) {
            throw new IllegalArgumentException("chunk schema differs from the study layout: " + fileSchema);
        }
        return schema;
    }

    @Override
    public boolean equals(Object o) { return o instanceof StudySchema s && parameters.equals(s.parameters); }

    @Override
    public int hashCode() { return parameters.hashCode(); }

    @Override
    public String toString() { return "StudySchema" + columns; }
}
