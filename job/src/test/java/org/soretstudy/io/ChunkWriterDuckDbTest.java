package org.soretstudy.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.soretstudy.solver.OutputField;

/** Chunk files as other tools see them: DuckDB reads what {@link ChunkWriter} committed. */
class ChunkWriterDuckDbTest {
    private static final Map<String, String> FOOTER = Map.of(
            "soret_study.spec", "{\"name\": \"thn-ibb-uq\", \"seed\": 20261123, \"note\": \"ΔT = 1 K\"}",
            "soret_study.seed", "20261123",
            "soret_study.version", "0.1.0-SNAPSHOT");

    private static Connection duck;
    private final Configuration conf = new Configuration();

    @TempDir
    Path dir;

    @BeforeAll
    static void openDuckDb() throws SQLException { duck = DriverManager.getConnection("jdbc:duckdb:"); }

    @AfterAll
    static void closeDuckDb() throws SQLException { duck.close(); }

    private URI out() { return dir.toUri(); }

    private String samplesGlob() { return dir.resolve("samples").resolve("*.parquet").toString(); }

    private String chunkFile(long chunk) { return dir.resolve("samples").resolve(OutputFolder.fileName(chunk)).toString(); }

    private void writeChunk(URI outDir, long chunk, long from, long to, ChunkWriterOptions options) throws IOException {
        try (ChunkWriter w = ChunkWriter.open(conf, outDir, chunk, StudyRows.SCHEMA, FOOTER, options)) {
            new StudyRows().writeRange(w, from, to);
            assertEquals(CommitOutcome.COMMITTED, w.commit());
        }
    }

    @Test
    void columnsAndTypesAreTheContractLayout() throws Exception {
        writeChunk(out(), 0, 0, 10, ChunkWriterOptions.DEFAULTS);
        Map<String, String> types = new LinkedHashMap<>();
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + samplesGlob() + "')")) {
            while (rs.next()) {
                types.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        }
        List<String> expectedNames = new ArrayList<>(List.of("sample_id", "diffusion", "soret", "c0"));
        for (OutputField f : OutputField.ALL) {
            expectedNames.add(f.key());
        }
        expectedNames.addAll(List.of("separation_at", "convection", "status", "reason_code", "reason_field", "reason"));
        assertEquals(expectedNames, new ArrayList<>(types.keySet()));
        assertEquals(StudyRows.SCHEMA.columnNames(), expectedNames);

        assertEquals("BIGINT", types.get("sample_id"));
        for (String p : List.of("diffusion", "soret", "c0")) {
            assertEquals("DOUBLE", types.get(p), p);
        }
        for (OutputField f : OutputField.ALL) {
            assertEquals("DOUBLE", types.get(f.key()), f.key());
        }
        assertEquals("DOUBLE[]", types.get("separation_at"));
        for (String c : List.of("convection", "status", "reason_code", "reason_field", "reason")) {
            assertEquals("VARCHAR", types.get(c), c);
        }
    }

    @Test
    void valuesNullsAndListsReadBackInDuckDb() throws Exception {
        writeChunk(out(), 3, 0, 10, ChunkWriterOptions.DEFAULTS);
        String from = " FROM read_parquet('" + samplesGlob() + "')";
        assertEquals(10L, queryLong("SELECT count(*)" + from));
        assertEquals(45L, queryLong("SELECT sum(sample_id)" + from));
        assertEquals(6L, queryLong("SELECT count(*)" + from + " WHERE status = 'ok'"));
        assertEquals(2L, queryLong("SELECT count(*)" + from + " WHERE status = 'rejected' AND reason_code = 'out_of_range'"
                + " AND reason_field = 'c0' AND reason LIKE 'c0 = % is outside [0, 1] (é)'"));
        assertEquals(2L, queryLong("SELECT count(*)" + from + " WHERE status = 'failed' AND reason_code = 'not_converged'"));
        // NaN was written as null: every output of a non-ok row, the never-set outputs of ok rows
        assertEquals(4L, queryLong("SELECT count(*)" + from + " WHERE separation IS NULL"));
        assertEquals(10L, queryLong("SELECT count(*)" + from + " WHERE lewis IS NULL AND wall_heat_flux IS NULL"));
        assertEquals(0L, queryLong("SELECT count(*)" + from + " WHERE isnan(separation) OR isnan(t99)"));
        assertEquals(10L, queryLong("SELECT count(*)" + from + " WHERE (status = 'ok') = (reason IS NULL AND reason_code IS NULL"
                + " AND reason_field IS NULL AND convection IS NOT NULL)"));
        assertEquals(10L, queryLong("SELECT count(*)" + from + " WHERE (status = 'ok') = (reason IS NULL)"));
        // the exact doubles survive
        StudyRows rows = new StudyRows();
        rows.fill(7);
        assertEquals(rows.params()[0], queryDouble("SELECT diffusion" + from + " WHERE sample_id = 7"));
        assertEquals(rows.fill(5).get(OutputField.TAU), queryDouble("SELECT tau" + from + " WHERE sample_id = 5"));
        assertEquals("stable", queryString("SELECT convection" + from + " WHERE sample_id = 5"));
        assertEquals("unknown", queryString("SELECT convection" + from + " WHERE sample_id = 7"));
        // separation_at: null (steady, not ok), empty (no times), [v, null, v] with a null element
        assertEquals(6L, queryLong("SELECT count(*)" + from + " WHERE separation_at IS NULL"));
        assertEquals(0L, queryLong("SELECT len(separation_at)" + from + " WHERE sample_id = 6"));
        assertEquals(3L, queryLong("SELECT len(separation_at)" + from + " WHERE sample_id = 7"));
        assertEquals(1L, queryLong("SELECT count(*)" + from + " WHERE sample_id = 7 AND separation_at[2] IS NULL"
                + " AND separation_at[1] = 7e-4 AND separation_at[3] = 3e-4 * 7"));
        assertEquals(1e4 + 6, queryDouble("SELECT t99" + from + " WHERE sample_id = 6"));
    }

    @Test
    void footerCarriesTheGivenMetadataAndCodecIsZstd() throws Exception {
        writeChunk(out(), 42, 0, 10, ChunkWriterOptions.DEFAULTS);
        Map<String, String> kv = new HashMap<>();
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT key, value FROM parquet_kv_metadata('" + chunkFile(42) + "')")) {
            while (rs.next()) { // DuckDB returns both as BLOBs
                kv.put(new String(rs.getBytes(1), StandardCharsets.UTF_8), new String(rs.getBytes(2), StandardCharsets.UTF_8));
            }
        }
        for (Map.Entry<String, String> e : FOOTER.entrySet()) {
            assertEquals(e.getValue(), kv.get(e.getKey()), e.getKey());
        }
        assertEquals(List.of("ZSTD"), codecs(chunkFile(42)));
        // dictionaries for the enum-like strings only, not for the sampled doubles
        String meta = "SELECT encodings FROM parquet_metadata('" + chunkFile(42) + "') WHERE path_in_schema = ";
        assertTrue(queryString(meta + "'status'").contains("DICTIONARY"), queryString(meta + "'status'"));
        assertFalse(queryString(meta + "'separation'").contains("DICTIONARY"), queryString(meta + "'separation'"));
        assertEquals(FOOTER.get("soret_study.spec"),
                ChunkReader.readFooterMetadata(conf, URI.create(chunkFile(42))).get("soret_study.spec"));
    }

    @Test
    void snappyIsSelectable() throws Exception {
        writeChunk(out(), 1, 0, 10, ChunkWriterOptions.DEFAULTS.withCodec(ChunkCodec.SNAPPY));
        assertEquals(List.of("SNAPPY"), codecs(chunkFile(1)));
        assertEquals(10L, queryLong("SELECT count(*) FROM read_parquet('" + chunkFile(1) + "')"));
    }

    @Test
    void manyRowGroupsAndChunksReadAsOneTable() throws Exception {
        ChunkWriterOptions small = new ChunkWriterOptions(ChunkCodec.ZSTD, 1 << 16, 1 << 12);
        long[] bounds = {0, 8_000, 8_001, 12_000};
        for (int c = 0; c < 3; c++) {
            writeChunk(out(), c, bounds[c], bounds[c + 1], small);
        }
        String from = " FROM read_parquet('" + samplesGlob() + "')";
        assertEquals(12_000L, queryLong("SELECT count(DISTINCT sample_id)" + from));
        assertEquals(11_999L * 12_000 / 2, queryLong("SELECT sum(sample_id)" + from));
        assertTrue(queryLong("SELECT count(DISTINCT row_group_id) FROM parquet_metadata('" + chunkFile(0) + "')") > 1,
                "the 64 KiB row-group limit splits chunk 0");
        assertArrayEquals(new long[] {0, 1, 2}, new OutputFolder(out().toString(), conf).committedChunks());
    }

    @Test
    void writesThroughHadoopFileUriAndPlainPath() throws Exception {
        // Hadoop's own spelling (Path.toString), next to java.nio's file:///... that the other tests use
        URI hadoopStyle = URI.create("file:" + dir.resolve("a").toAbsolutePath());
        URI plain = URI.create(dir.resolve("b").toAbsolutePath().toString());
        assertEquals("file", hadoopStyle.getScheme());
        assertEquals(null, plain.getScheme());
        writeChunk(hadoopStyle, 5, 0, 7, ChunkWriterOptions.DEFAULTS);
        writeChunk(plain, 5, 0, 7, ChunkWriterOptions.DEFAULTS);
        for (String sub : List.of("a", "b")) {
            String file = dir.resolve(sub).resolve("samples").resolve("chunk-000005.parquet").toString();
            assertEquals(7L, queryLong("SELECT count(*) FROM read_parquet('" + file + "')"));
        }
        assertArrayEquals(new long[] {5}, new OutputFolder(hadoopStyle.toString(), conf).committedChunks());
        assertArrayEquals(new long[] {5}, new OutputFolder(plain.toString(), conf).committedChunks());
        assertFalse(new OutputFolder(dir.resolve("none").toUri().toString(), conf).committedChunks().length > 0);
    }

    private List<String> codecs(String file) throws SQLException {
        List<String> codecs = new ArrayList<>();
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT compression FROM parquet_metadata('" + file + "')")) {
            while (rs.next()) {
                codecs.add(rs.getString(1));
            }
        }
        return codecs;
    }

    private static long queryLong(String sql) throws SQLException {
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    private static double queryDouble(String sql) throws SQLException {
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getDouble(1);
        }
    }

    private static String queryString(String sql) throws SQLException {
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
