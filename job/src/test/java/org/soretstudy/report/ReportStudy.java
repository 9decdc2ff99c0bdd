package org.soretstudy.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.soretstudy.run.RunOptions;
import org.soretstudy.run.SharedSpark;
import org.soretstudy.run.StudyRunner;
import org.soretstudy.spec.SpecParser;

/**
 * One small real study per test JVM for the report tests: a saltelli design over a log-uniform D, S_T and a c0
 * range that reaches inadmissible values (c0 >= 1 is rejected), with HTML in its description, plus a
 * {@code table/} folder written by hand in the documented layout (contract section 4).
 */
final class ReportStudy {
    static final String DESCRIPTION = "<script>alert(\"x\")</script> & 'quotes': a description with markup";
    /** The table's axes: c0 (7 points), soret (5), diffusion (4, log). */
    static final double[][] AXES = {
        {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9},
        {2.5e-3, 2.875e-3, 3.25e-3, 3.625e-3, 4.0e-3},
        {1e-10, 1e-9, 3e-9, 1e-8}};
    private static Path folder;

    private ReportStudy() { }

    /** The study's output folder, built on first use. */
    static synchronized Path folder() {
        if (folder == null) {
            try {
                Path dir = Files.createTempDirectory("soret-report-test");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                Path out = dir.resolve("study");
                new StudyRunner(SharedSpark.get()).run(SpecParser.parse(spec(out)), RunOptions.quiet());
                writeTable(out.resolve("table"));
                folder = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    static String spec(Path out) {
        return """
                {"name": "report-e2e", "description": "%s", "seed": 7,
                 "design": {"type": "saltelli", "samples": 1024},
                 "base": {"length": 0.01, "t_hot": 300.5, "t_cold": 299.5, "closure": "binary",
                          "density": 950, "heat_capacity": 1700, "conductivity": 0.13},
                 "parameters": {"diffusion": {"dist": "loguniform", "low": 1e-10, "high": 1e-8},
                                "soret": {"dist": "uniform", "low": 2.5e-3, "high": 4.0e-3},
                                "c0": {"dist": "uniform", "low": 0.3, "high": 1.1}},
                 "analysis": {"sobol": true, "outputs": ["separation", "tau"]},
                 "output": "%s"}""".formatted(DESCRIPTION.replace("\"", "\\\""), out);
    }

    /** The error bound the fabricated table holds in cell (i, j, k); cell (0, 0, 0) holds NaN. */
    static double error(int i, int j, int k) {
        return i == 0 && j == 0 && k == 0 ? Double.NaN : 1e-6 * (1 + i) * Math.pow(10, 0.5 * j) * (1 + k);
    }

    private static void writeTable(Path dir) throws IOException {
        Files.createDirectories(dir);
        int n0 = AXES[0].length - 1;
        int n1 = AXES[1].length - 1;
        int n2 = AXES[2].length - 1;
        ByteBuffer b = ByteBuffer.allocate(8 * n0 * n1 * n2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n0; i++) {          // C order: the first axis varies slowest
            for (int j = 0; j < n1; j++) {
                for (int k = 0; k < n2; k++) {
                    b.putDouble(error(i, j, k));
                }
            }
        }
        try (OutputStream o = Files.newOutputStream(dir.resolve("separation.err.f64"))) {
            o.write(b.array());
        }
        Files.writeString(dir.resolve("table.json"), """
                {"axes": [{"name": "c0", "scale": "linear", "values": %s},
                          {"name": "soret", "scale": "linear", "values": %s},
                          {"name": "diffusion", "scale": "log", "values": %s}],
                 "outputs": [{"name": "separation", "unit": "", "file": "separation.f64", "error_file": "separation.err.f64"}],
                 "spec": {}, "versions": {}}""".formatted(json(AXES[0]), json(AXES[1]), json(AXES[2])));
    }

    private static String json(double[] v) {
        return java.util.Arrays.toString(v);
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at JVM exit
        }
    }
}
