package org.soretstudy.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commit protocol: one final file per chunk, whole or absent, whatever the attempts did. */
class ChunkCommitTest {
    private static final Map<String, String> FOOTER = Map.of("soret_study.seed", "7");
    private final Configuration conf = new Configuration();

    @TempDir
    Path dir;

    private URI out() { return dir.toUri(); }

    private ChunkWriter open(long chunk) throws IOException {
        return ChunkWriter.open(conf, out(), chunk, StudyRows.SCHEMA, FOOTER);
    }

    /** Visible .parquet files of samples/ (what a reader's glob sees), by name. */
    private List<String> committedNames() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("samples"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".parquet") && !n.startsWith("."))
                    .sorted().toList();
        }
    }

    private List<Path> tempParquetFiles() throws IOException {
        Path tmp = dir.resolve("samples").resolve("_tmp");
        if (!Files.exists(tmp)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList();
        }
    }

    private long[] readIds(long chunk) throws IOException {
        try (ChunkReader r = ChunkReader.open(conf, out(), chunk)) {
            long[] ids = new long[(int) r.rowCount()];
            int n = 0;
            while (r.next()) {
                ids[n++] = r.row().sampleId();
            }
            assertEquals(ids.length, n);
            return ids;
        }
    }

    @Test
    void tempFileUntilCommitThenOnlyTheFinalFile() throws IOException {
        try (ChunkWriter w = open(42)) {
            new StudyRows().writeRange(w, 100, 120);
            assertEquals(20, w.rowCount());
            assertTrue(w.tempPath().getName().startsWith("chunk-000042."));
            assertEquals("_tmp", w.tempPath().getParent().getName());
            assertEquals(1, tempParquetFiles().size());
            assertArrayEquals(new long[0], new OutputFolder(out().toString(), conf).committedChunks());
            assertEquals(CommitOutcome.COMMITTED, w.commit());
            assertEquals("chunk-000042.parquet", w.committedPath().getName());
        }
        assertEquals(List.of("chunk-000042.parquet"), committedNames());
        assertEquals(List.of(), tempParquetFiles());
        assertArrayEquals(new long[] {42}, new OutputFolder(out().toString(), conf).committedChunks());
    }

    @Test
    void secondCommitOfAChunkKeepsOneFileWithTheSameRows() throws IOException {
        StudyRows rows = new StudyRows();
        try (ChunkWriter first = open(7); ChunkWriter second = open(7)) { // e.g. a speculative attempt
            rows.writeRange(first, 0, 50);
            rows.writeRange(second, 0, 50);
            assertEquals(CommitOutcome.COMMITTED, first.commit());
            byte[] committed = Files.readAllBytes(dir.resolve("samples/chunk-000007.parquet"));
            assertEquals(CommitOutcome.ALREADY_COMMITTED, second.commit());
            // the loser did not touch the winner's file (and would have written the same bytes)
            assertArrayEquals(committed, Files.readAllBytes(dir.resolve("samples/chunk-000007.parquet")));
        }
        // a retry after the chunk was committed, as a resumed run could do
        try (ChunkWriter retry = open(7)) {
            rows.writeRange(retry, 0, 50);
            assertEquals(CommitOutcome.ALREADY_COMMITTED, retry.commit());
        }
        assertEquals(List.of("chunk-000007.parquet"), committedNames());
        assertEquals(List.of(), tempParquetFiles());
        // attempts are interchangeable: the same rows give the same bytes (no timestamps or attempt ids)
        try (ChunkWriter elsewhere = ChunkWriter.open(conf, dir.resolve("other").toUri(), 7, StudyRows.SCHEMA, FOOTER)) {
            rows.writeRange(elsewhere, 0, 50);
            elsewhere.commit();
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("samples/chunk-000007.parquet")),
                Files.readAllBytes(dir.resolve("other/samples/chunk-000007.parquet")));
        long[] expected = new long[50];
        for (int i = 0; i < 50; i++) {
            expected[i] = i;
        }
        assertArrayEquals(expected, readIds(7));
    }

    @Test
    void abortedOrUnclosedWritersLeaveNoChunkFile() throws IOException {
        ChunkWriter aborted = open(3);
        new StudyRows().writeRange(aborted, 0, 10);
        aborted.abort();
        aborted.abort(); // idempotent
        assertThrows(IllegalStateException.class, aborted::commit);

        try (ChunkWriter closedWithoutCommit = open(4)) { // an exception in the task body
            new StudyRows().writeRange(closedWithoutCommit, 0, 10);
        }

        ChunkWriter killed = open(5); // a killed task: never closed, its temp file stays
        new StudyRows().writeRange(killed, 0, 10);
        assertEquals(1, tempParquetFiles().size());
        assertEquals(List.of(), committedNames());
        assertArrayEquals(new long[0], new OutputFolder(out().toString(), conf).committedChunks());

        // a retry of the killed chunk commits next to the leftover, which the driver can clear
        try (ChunkWriter retry = open(5)) {
            new StudyRows().writeRange(retry, 0, 10);
            retry.commit();
        }
        assertArrayEquals(new long[] {5}, new OutputFolder(out().toString(), conf).committedChunks());
        killed.abort();
        new OutputFolder(out().toString(), conf).deleteTemp();
        assertFalse(Files.exists(dir.resolve("samples/_tmp")));
        assertEquals(List.of("chunk-000005.parquet"), committedNames());
    }

    @Test
    void listingIgnoresTempFilesAndForeignNames() throws IOException {
        for (long c : new long[] {12, 2, 1_000_000}) {
            try (ChunkWriter w = open(c)) {
                new StudyRows().writeRange(w, c, c + 3);
                w.commit();
            }
        }
        Path samples = dir.resolve("samples");
        Files.createDirectories(samples.resolve("_tmp"));
        Files.writeString(samples.resolve("_tmp/chunk-000099.parquet"), "partial");
        Files.writeString(samples.resolve("_tmp/chunk-000098.0b8e.parquet"), "partial");
        Files.writeString(samples.resolve("chunk-000009.0b8e.parquet"), "not a chunk name");
        Files.writeString(samples.resolve("chunk-0000011.parquet"), "not the canonical spelling");
        Files.writeString(samples.resolve("chunk-13.parquet"), "too few digits");
        Files.writeString(samples.resolve("notes.txt"), "");
        Files.createDirectories(samples.resolve("chunk-000014.parquet")); // a directory, not a file
        assertArrayEquals(new long[] {2, 12, 1_000_000}, new OutputFolder(out().toString(), conf).committedChunks());
    }

    @Test
    void writerRefusesMisuse() throws IOException {
        try (ChunkWriter w = open(0)) {
            StudyRows rows = new StudyRows();
            assertThrows(IllegalArgumentException.class, () -> w.write(0, new double[2], rows.fill(0)));
            rows.writeRange(w, 0, 1);
            w.commit();
            assertThrows(IllegalStateException.class, () -> w.write(1, rows.params(), rows.fill(1)));
            assertThrows(IllegalStateException.class, w::commit);
        }
        assertThrows(IllegalArgumentException.class, () -> open(-1));
        assertArrayEquals(new long[] {0}, readIds(0));
    }
}
