package org.soretstudy.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.Reason;
import org.soretstudy.solver.ReasonCode;
import org.soretstudy.solver.ResultBuffer;

/**
 * One {@code solve} line in, one result line out (contract section 2), for one thread. The common case goes
 * through the byte-level {@link CellLineParser} and {@link ResultLineWriter}; a line they do not take (bad JSON, an
 * unknown key, a wrong type, {@code gas}, escapes, a reason with non-ASCII text) goes through the full Jackson
 * reader and writer of {@link CellJson}, which give the same result and name the fault. Both paths print numbers
 * the same way (shortest round trip). Not thread-safe: one per thread.
 */
public final class CellLineCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Jackson's writer with the same shortest round-trip numbers as the fast writer (a mapper, to write the id tree). */
    private static final JsonFactory FULL_WRITER = new ObjectMapper(
            JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build()).getFactory();
    private static final int MAX_SHOWN_ERROR = 120;

    private final CellLineParser parser = new CellLineParser();
    private final CellParameters.Builder defaults = CellParameters.builder();
    private final CellParameters.Builder builder = CellParameters.builder();
    private final CharArrayWriter chars = new CharArrayWriter(1024);
    private byte[] line;
    private boolean fastId;
    private JsonNode id;

    /** Reads one line ({@code len} bytes of UTF-8 from {@code off}, without its end) into the cell to solve. */
    public CellParameters read(byte[] buf, int off, int len) {
        line = buf;
        builder.reset(defaults);
        if (parser.parse(buf, off, len, builder)) {
            fastId = true;
            id = null;
            return builder.build();
        }
        fastId = false;
        id = null;
        builder.reset(defaults);
        readFully(new String(buf, off, len, StandardCharsets.UTF_8));
        return builder.build();
    }

    /** The full reader: what {@code solve} has always done with a line, Jackson's messages included. */
    private void readFully(String text) {
        try {
            JsonNode obj = MAPPER.readTree(text);
            if (obj == null || !obj.isObject()) {
                builder.inputError(new Reason(ReasonCode.UNPARSEABLE, "line", "the line is not a JSON object"));
            } else {
                id = obj.get(CellJson.ID);
                CellJson.read(obj, builder);
            }
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            builder.inputError(new Reason(ReasonCode.UNPARSEABLE, "line", "not valid JSON: "
                    + (msg.length() > MAX_SHOWN_ERROR ? msg.substring(0, MAX_SHOWN_ERROR - 3) + "..." : msg)));
        }
    }

    /** Appends the result of the line last {@link #read} (with its {@code \n}) to {@code out}. */
    public void write(ResultBuffer r, ByteSink out) throws IOException {
        if (fastId && ResultLineWriter.write(r, line, parser.idStart(), parser.idEnd(), out)) {
            return;
        }
        JsonNode echoed = id;
        if (fastId && parser.idStart() >= 0) { // a plain id token: read it back as the tree the full writer echoes
            echoed = MAPPER.readTree(new String(line, parser.idStart(), parser.idEnd() - parser.idStart(), StandardCharsets.US_ASCII));
        }
        chars.reset();
        try (JsonGenerator g = FULL_WRITER.createGenerator(chars)) {
            g.setRootValueSeparator(null);
            CellJson.write(g, echoed, r);
            g.writeRaw('\n');
        }
        out.append(chars.toString().getBytes(StandardCharsets.UTF_8));
    }
}
