package org.soretstudy.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.soretstudy.error.UserException;
import org.soretstudy.io.ChunkReader;
import org.soretstudy.io.OutputFolder;

/**
 * What a study's output folder holds for the report (contract section 3): the manifest {@code _study.json}
 * (the spec), {@code summary.json}, the committed chunks and the footer metadata of the first one (versions,
 * sampler), the times the manifest and the summary were written, and {@code table/} when it is a table study.
 *
 * @param manifestWritten when {@code _study.json} was written: the run's start (its first start, if resumed)
 * @param summaryWritten  when {@code summary.json} was written: the end of the last run or summarize
 * @param footer          the first chunk's footer key-value metadata (empty when no chunk is committed)
 * @param table           the table of a table study, or null
 */
record StudyFolder(URI uri, Configuration conf, JsonNode spec, JsonNode summary, long[] chunks, Map<String, String> footer,
                   Instant manifestWritten, Instant summaryWritten, TableFolder table) {
    static final String MANIFEST = OutputFolder.MANIFEST;
    static final String SUMMARY = OutputFolder.SUMMARY;
    static final String REPORT = "report.html";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @throws UserException when {@code out} is not a study's output folder or its study is not summarized
     */
    static StudyFolder read(String out, Configuration conf) throws IOException {
        OutputFolder folder = new OutputFolder(out, conf);
        OutputFolder.WrittenJson manifest = readable(() -> folder.readManifestWritten(), MANIFEST, out);
        if (manifest == null) {
            throw new UserException("OUT", out, "a study's output folder (one that holds " + MANIFEST + ")");
        }
        OutputFolder.WrittenJson summary = readable(() -> folder.readSummaryWritten(), SUMMARY, out);
        if (summary == null) {
            throw new UserException("OUT", out, "a finished study: " + SUMMARY + " is missing (finish the run, or write it"
                    + " from the committed chunks with: soret-study summarize OUT)");
        }
        URI uri = folder.uri();
        long[] chunks = folder.committedChunks();
        Map<String, String> footer = chunks.length == 0 ? Map.of()
                : ChunkReader.readFooterMetadata(conf, OutputFolder.committedFile(uri, chunks[0]).toUri());
        Path root = new Path(uri);
        return new StudyFolder(uri, conf, manifest.json().path("spec"), summary.json(), chunks, footer,
                manifest.written(), summary.written(), TableFolder.readIfPresent(root.getFileSystem(conf), root, out));
    }

    private interface JsonRead {
        OutputFolder.WrittenJson read() throws IOException;
    }

    /** A folder file read through {@link OutputFolder}, a malformed one a user error naming it. */
    private static OutputFolder.WrittenJson readable(JsonRead read, String name, String out) throws IOException {
        try {
            return read.read();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UserException("OUT", out, "a well-formed " + name + " (" + e.getOriginalMessage() + ")", e);
        }
    }

    /** The study's closure is dilute (compositions in the unit of c0, not mass fractions). */
    boolean dilute() { return "dilute".equals(spec.path("base").path("closure").asText()); }

    /** The varied parameters, in spec (and column) order. */
    java.util.List<String> parameters() {
        java.util.List<String> names = new java.util.ArrayList<>();
        spec.path("parameters").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Whether a parameter is drawn on a log scale by the spec (log-distributed, a grid axis with log scale) or the table. */
    boolean logParameter(String name) {
        JsonNode p = spec.path("parameters").path(name);
        String dist = p.path("dist").asText();
        if (table != null) {
            for (TableFolder.Axis a : table.axes()) {
                if (a.name().equals(name) && a.log()) {
                    return true; // a refined table's spec lists its axis as discrete values
                }
            }
        }
        return "loguniform".equals(dist) || "lognormal".equals(dist) || "log".equals(p.path("scale").asText());
    }

    static JsonNode json(FileSystem fs, Path file, String out) throws IOException {
        try (InputStream in = fs.open(file)) {
            return JSON.readTree(in);
        } catch (FileNotFoundException e) {
            throw new UserException("OUT", out, "a readable " + file.getName() + " (" + e.getMessage() + ")", e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UserException("OUT", out, "a well-formed " + file.getName() + " (" + e.getOriginalMessage() + ")", e);
        }
    }
}
