package org.soretstudy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.soretstudy.solver.OutputField;

class StudySchemaTest {
    @Test
    void columnOrderIsTheContracts() {
        StudySchema s = StudySchema.of(List.of("soret", "diffusion"));
        List<String> expected = new ArrayList<>(List.of("sample_id", "soret", "diffusion"));
        for (OutputField f : OutputField.ALL) {
            expected.add(f.key());
        }
        expected.addAll(List.of("separation_at", "convection", "status", "reason_code", "reason_field", "reason"));
        assertEquals(expected, s.columnNames());
        MessageType m = s.messageType();
        assertEquals(expected.size(), m.getFieldCount());
        assertEquals(Type.Repetition.REQUIRED, m.getType("sample_id").getRepetition());
        assertEquals(Type.Repetition.REQUIRED, m.getType("soret").getRepetition());
        assertEquals(Type.Repetition.OPTIONAL, m.getType("separation").getRepetition());
        assertEquals(Type.Repetition.REQUIRED, m.getType("status").getRepetition());
        assertEquals(Type.Repetition.OPTIONAL, m.getType("reason").getRepetition());
        // standard three-level list
        assertEquals(LogicalTypeAnnotation.listType(), m.getType("separation_at").getLogicalTypeAnnotation());
        assertEquals(Type.Repetition.REPEATED, m.getType("separation_at").asGroupType().getType("list").getRepetition());
        assertEquals(Type.Repetition.OPTIONAL,
                m.getType("separation_at").asGroupType().getType("list").asGroupType().getType("element").getRepetition());
        assertEquals(LogicalTypeAnnotation.stringType(), m.getType("convection").getLogicalTypeAnnotation());
    }

    @Test
    void refusesBadParameterNames() {
        assertThrows(IllegalArgumentException.class, () -> StudySchema.of(List.of("c0", "c0")));
        assertThrows(IllegalArgumentException.class, () -> StudySchema.of(List.of("separation")));
        assertThrows(IllegalArgumentException.class, () -> StudySchema.of(List.of("status")));
        assertThrows(IllegalArgumentException.class, () -> StudySchema.of(List.of("sample_id")));
        assertThrows(IllegalArgumentException.class, () -> StudySchema.of(List.of("")));
    }

    @Test
    void chunkFileNames() {
        assertEquals("chunk-000042.parquet", OutputFolder.fileName(42));
        assertEquals("chunk-1234567.parquet", OutputFolder.fileName(1_234_567));
        assertEquals(42, OutputFolder.parseChunk("chunk-000042.parquet"));
        assertEquals(1_234_567, OutputFolder.parseChunk("chunk-1234567.parquet"));
        assertEquals(-1, OutputFolder.parseChunk("chunk-0000042.parquet"));
        assertEquals(-1, OutputFolder.parseChunk("chunk-000042.1f2e.parquet"));
        assertEquals(-1, OutputFolder.parseChunk("chunk-00004a.parquet"));
        assertEquals(-1, OutputFolder.parseChunk(".chunk-000042.parquet.crc"));
    }
}
