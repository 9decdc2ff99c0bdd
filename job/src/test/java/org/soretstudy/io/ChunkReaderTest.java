package org.soretstudy.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.soretstudy.solver.CellWorkspace;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.Status;

/** What {@link ChunkWriter} wrote, {@link ChunkReader} gives back exactly. */
class ChunkReaderTest {
    private final Configuration conf = new Configuration();

    @TempDir
    Path dir;

    @Test
    void roundTripEqualsWhatWasWritten() throws IOException {
        Map<String, String> footer = Map.of("soret_study.spec", "{\"seed\": 1}", "soret_study.design", "sobol");
        ChunkWriterOptions small = new ChunkWriterOptions(ChunkCodec.ZSTD, 1 << 16, 1 << 12); // several row groups
        long from = 1_000;
        long to = 9_000;
        try (ChunkWriter w = ChunkWriter.open(conf, dir.toUri(), 9, StudyRows.SCHEMA, footer, small)) {
            new StudyRows().writeRange(w, from, to);
            w.commit();
        }
        StudyRows expected = new StudyRows();
        try (ChunkReader r = ChunkReader.open(conf, dir.toUri(), 9)) {
            assertEquals(StudyRows.SCHEMA, r.schema());
            assertEquals(to - from, r.rowCount());
            assertTrue(rowGroups(OutputFolder.committedFile(dir.toUri(), 9)) > 1, "the 64 KiB row-group limit splits the chunk");
            assertEquals("sobol", r.footerMetadata().get("soret_study.design"));
            long id = from;
            while (r.next()) {
                ChunkRow row = r.row();
                assertEquals(id, row.sampleId());
                assertArrayEquals(expected.expectedParams(id), row.params());
                assertEquals(expected.expected(id), row.toResult(), "row " + id);
                id++;
            }
            assertEquals(to, id);
            assertFalse(r.next());
        }
    }

    private int rowGroups(org.apache.hadoop.fs.Path file) throws IOException {
        try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(file, conf))) {
            return r.getRowGroups().size();
        }
    }

    @Test
    void rowAccessorsReportNullsAsNaN() throws IOException {
        try (ChunkWriter w = ChunkWriter.open(conf, dir.toUri(), 0, StudyRows.SCHEMA, Map.of())) {
            new StudyRows().writeRange(w, 0, 5);
            w.commit();
        }
        URI file = URI.create(dir.resolve("samples/chunk-000000.parquet").toString());
        try (ChunkReader r = ChunkReader.open(conf, file)) {
            assertThrows(IllegalStateException.class, r::row);
            assertTrue(r.next()); // 0: steady ok
            assertEquals(Status.OK, r.row().status());
            assertTrue(Double.isNaN(r.row().get(OutputField.T99)));
            assertEquals(-1, r.row().separationAtCount());
            assertEquals("stable", r.row().convection().key());
            assertTrue(r.next()); // 1: transient, no times
            assertEquals(0, r.row().separationAtCount());
            assertTrue(r.next()); // 2: transient, [0.0002, null, 0.0006]
            assertEquals(3, r.row().separationAtCount());
            assertEquals(2e-4, r.row().separationAt(0));
            assertTrue(Double.isNaN(r.row().separationAt(1)));
            assertTrue(r.next()); // 3: rejected
            assertEquals(Status.REJECTED, r.row().status());
            assertEquals("out_of_range", r.row().reasonCode());
            assertEquals("c0", r.row().reasonField());
            assertEquals(null, r.row().convection());
            for (OutputField f : OutputField.ALL) {
                assertTrue(Double.isNaN(r.row().get(f)), f.key());
            }
            assertTrue(r.next()); // 4: failed
            assertEquals(Status.FAILED, r.row().status());
            assertFalse(r.next());
        }
    }

    @Test
    void schemaWithoutParametersAndOtherCodes() throws IOException {
        StudySchema none = StudySchema.of(List.of());
        ResultBuffer b = new CellWorkspace().result();
        b.clear();
        b.set(OutputField.SEPARATION, 0.25);
        try (ChunkWriter w = ChunkWriter.open(conf, dir.toUri(), 1, none, Map.of())) {
            w.write(77, new double[0], b);
            w.commit();
        }
        try (ChunkReader r = ChunkReader.open(conf, dir.toUri(), 1)) {
            assertEquals(none, r.schema());
            assertTrue(r.next());
            assertEquals(77, r.row().sampleId());
            assertEquals(b.snapshot(), r.row().toResult());
        }
    }

    @Test
    void refusesAFileThatIsNotAChunk() {
        MessageType other = org.apache.parquet.schema.Types.buildMessage()
                .required(org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64).named("sample_id")
                .required(org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE).named("x")
                .named("m");
        assertThrows(IllegalArgumentException.class, () -> StudySchema.fromFile(other));
        MessageType full = StudyRows.SCHEMA.messageType();
        assertEquals(StudyRows.SCHEMA, StudySchema.fromFile(full));
    }
}
