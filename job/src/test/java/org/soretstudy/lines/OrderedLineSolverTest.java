package org.soretstudy.lines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.soretstudy.io.CellJson;
import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.CellSolver;
import org.soretstudy.solver.CellWorkspace;
import org.soretstudy.solver.Reason;
import org.soretstudy.solver.ReasonCode;

/** The solve engine: input order kept, results identical on any thread count and to the plain one-line-at-a-time loop. */
class OrderedLineSolverTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The reference: solve's loop as it was before the engine (BufferedReader lines, Jackson tree, CellJson,
     * one workspace), numbers printed by the same shortest-round-trip writer.
     */
    private static String plainLoop(String input) throws IOException {
        BufferedReader lines = new BufferedReader(new StringReader(input));
        StringWriter out = new StringWriter();
        JsonGenerator g = new ObjectMapper(JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build())
                .getFactory().createGenerator(out);
        g.setRootValueSeparator(null);
        CellWorkspace ws = new CellWorkspace();
        for (String line; (line = lines.readLine()) != null; ) {
            CellParameters.Builder b = CellParameters.builder();
            JsonNode id = null;
            try {
                JsonNode obj = MAPPER.readTree(line);
                if (obj == null || !obj.isObject()) {
                    b.inputError(new Reason(ReasonCode.UNPARSEABLE, "line", "the line is not a JSON object"));
                } else {
                    id = obj.get(CellJson.ID);
                    CellJson.read(obj, b);
                }
            } catch (JsonProcessingException e) {
                String msg = e.getOriginalMessage();
                b.inputError(new Reason(ReasonCode.UNPARSEABLE, "line", "not valid JSON: "
                        + (msg.length() > 120 ? msg.substring(0, 117) + "..." : msg)));
            }
            CellJson.write(g, id, CellSolver.solve(b.build(), ws));
            g.writeRaw('\n');
        }
        g.flush();
        return out.toString();
    }

    private static byte[] solve(byte[] input, int threads) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OrderedLineSolver solver = new OrderedLineSolver(threads)) {
            solver.solve(new ByteArrayInputStream(input), out);
        }
        return out.toByteArray();
    }

    @Test
    void fiveThousandMixedLinesGiveTheSameBytesOnOneAndThreeThreadsAsThePlainLoop() throws IOException {
        String input = LineCorpus.text(5000, 17);
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        byte[] one = solve(bytes, 1);
        byte[] three = solve(bytes, 3);
        assertArrayEquals(one, three, "the thread count changes nothing");
        String expected = plainLoop(input);
        String[] want = expected.split("\n", -1);
        String[] got = new String(one, StandardCharsets.UTF_8).split("\n", -1);
        assertEquals(want.length, got.length, "one result per input line");
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], got[i], "line " + (i + 1));
        }
    }

    @Test
    void aSlowStreamIsReadInSmallBatchesWithTheSameResult() throws IOException {
        String input = LineCorpus.text(1500, 5);
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        // a stream that hands out 1 to 700 bytes a read and says nothing more is available: many tiny batches
        ByteArrayInputStream all = new ByteArrayInputStream(bytes);
        java.io.InputStream trickle = new java.io.InputStream() {
            private int k;

            @Override
            public int read() {
                return all.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return all.read(b, off, Math.min(len, 1 + (k++ * 37) % 700));
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long lines;
        try (OrderedLineSolver solver = new OrderedLineSolver(2)) {
            lines = solver.solve(trickle, out);
        }
        byte[] whole = solve(bytes, 1);
        assertArrayEquals(whole, out.toByteArray());
        // lines as BufferedReader counts them ("\r" then an empty line then "\n" is one line end, not two)
        assertEquals(new BufferedReader(new StringReader(input)).lines().count(), lines);
    }

    @Test
    void charactersInAndOutGiveTheSameText() throws IOException {
        String input = LineCorpus.text(800, 9);
        StringWriter out = new StringWriter();
        try (OrderedLineSolver solver = new OrderedLineSolver(2)) {
            solver.solve(new StringReader(input), out);
        }
        assertEquals(plainLoop(input), out.toString());
    }

    @Test
    void oneLineInGivesOneLineOutBeforeTheNextLineIsSent() throws Exception {
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(typing, 1 << 16);
        PipedInputStream results = new PipedInputStream(1 << 16);
        OutputStream stdout = new PipedOutputStream(results);
        Thread engine = new Thread(() -> {
            try (OrderedLineSolver solver = new OrderedLineSolver(2); stdout) {
                solver.solve(stdin, stdout);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        engine.start();
        BufferedReader answers = new BufferedReader(new InputStreamReader(results, StandardCharsets.UTF_8));
        // a guard against a hang only (it fails if an answer never comes), not a speed requirement
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (int i = 0; i < 3; i++) {
                typing.write(("{\"id\": " + i + ", \"length\": 0.01, \"t_hot\": 300.5, \"t_cold\": 299.5, \"c0\": 0.5,"
                        + " \"diffusion\": 1e-9, \"soret\": 3e-3}\n").getBytes(StandardCharsets.UTF_8));
                typing.flush();
                JsonNode answer = MAPPER.readTree(answers.readLine());
                assertEquals(i, answer.get("id").asInt());
                assertEquals("ok", answer.get("status").asText());
            }
            typing.close();
            engine.join();
            assertEquals(null, answers.readLine(), "nothing after the last answer");
        });
    }
}
