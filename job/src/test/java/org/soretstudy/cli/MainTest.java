package org.soretstudy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit codes of the command line (0 success, 2 bad input) and what a user sees on bad input. */
class MainTest {
    @TempDir
    Path dir;
    Path good;

    @BeforeEach
    void spec() throws Exception {
        good = dir.resolve("good.json");
        Files.writeString(good, """
                {"seed": 1, "design": {"type": "random", "samples": 10},
                 "base": {"length": 0.01, "t_hot": 300.5, "t_cold": 299.5},
                 "parameters": {"c0": {"dist": "uniform", "low": 0.4, "high": 0.6},
                                "diffusion": {"dist": "loguniform", "low": 1e-10, "high": 1e-9},
                                "soret": {"dist": "triangular", "low": 1e-3, "mode": 2e-3, "high": 4e-3}},
                 "output": "OUTPUT"}""".replace("OUTPUT", dir.resolve("out").toString()));
    }

    @Test
    void exitCodes() throws Exception {
        assertEquals(ExitCode.OK, Main.execute("validate", good.toString()));
        assertEquals(ExitCode.BAD_INPUT, Main.execute("frobnicate"));
        assertEquals(ExitCode.OK, Main.execute("--help"));
    }

    /** What the user sees: exit 2, one line on stderr that names the field and the value, and no stack trace. */
    private Result userError(String... args) {
        Result r = run(args);
        assertEquals(ExitCode.BAD_INPUT, r.code, r.err);
        assertFalse(r.err.contains("\tat "), "no stack trace: " + r.err);
        assertEquals(1, r.err.strip().lines().count(), "one line: " + r.err);
        assertTrue(r.err.startsWith("soret-study: "), r.err);
        return r;
    }

    @Test
    void everyUserErrorIsOneLineNamingWhatAndWhy() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(good).replace("\"samples\": 10", "\"samples\": -10"));
        assertTrue(userError("validate", bad.toString()).err.contains("design.samples = -10"));
        assertTrue(userError("validate", dir.resolve("missing.json").toString()).err.contains("SPEC = "));
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        assertTrue(userError("validate", empty.toString()).err.contains("spec = \"(empty)\": a JSON object"));
        Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]");
        assertTrue(userError("validate", array.toString()).err.contains("spec = \"(a JSON array)\": a JSON object"));
        assertTrue(userError("run", good.toString(), "--partitions", "0").err.contains("--partitions = 0"));
        assertTrue(userError("bench", "--threads", "0").err.contains("--threads = 0"));

        // what picocli cannot parse: one line too, naming the argument (the nearest option when one was mistyped)
        String err = userError("run", good.toString(), "--overwirte").err;
        assertTrue(err.contains("'--overwirte'") && err.contains("did you mean --overwrite?")
                && err.contains("soret-study run --help"), err);
        assertTrue(userError("run", good.toString(), "--partitions", "many").err.contains("'many'"));
        assertTrue(userError("run").err.contains("SPEC"));
        assertTrue(userError("frobnicate").err.contains("'frobnicate'"));

        // an output folder that cannot be created: named, with the cause
        Path unwritable = dir.resolve("file-not-folder");
        Files.writeString(unwritable, "x");
        Path spec = dir.resolve("unwritable.json");
        Files.writeString(spec, Files.readString(good).replace(dir.resolve("out").toString(), unwritable.resolve("out").toString()));
        err = userError("run", spec.toString()).err;
        assertTrue(err.contains("output = ") && err.contains("file-not-folder/out") && err.contains("cannot be created"), err);

        // a standalone master that nothing answers at: refused at once (a closed port), not after a minute of retries
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        err = userError("run", good.toString(), "--master", "spark://127.0.0.1:" + closedPort).err;
        assertTrue(err.contains("--master = \"spark://127.0.0.1:" + closedPort + "\"") && err.contains("nothing answers"), err);

        // masters this driver cannot use: said before Spark starts (it would log a stack trace), spark-submit's way
        // named (Kubernetes here: the tests' classpath has YARN's cluster manager, as a Spark installation does)
        err = userError("run", good.toString(), "--master", "k8s://https://127.0.0.1:6443").err;
        assertTrue(err.contains("--master = \"k8s://https://127.0.0.1:6443\"") && err.contains("--runner spark"), err);
        assertTrue(userError("run", good.toString(), "--master", "lokal[2]").err.contains("a Spark master URL"));
    }

    @Test
    void theCommandListGivesEachCommandOneCompleteSentence() {
        Result r = run("--help");
        assertEquals(ExitCode.OK, r.code);
        String list = r.out.substring(r.out.indexOf("Commands:"));
        long commands = list.lines().skip(1).filter(l -> l.matches("^  [a-z]+ .*")).count();
        assertTrue(commands >= 5, list);
        for (String line : list.lines().skip(1).filter(l -> l.matches("^  [a-z]+ .*")).toList()) {
            assertTrue(line.strip().endsWith("."), "a complete sentence: " + line);
        }
        assertTrue(run("run", "--help").out.contains("Examples:"), "a command's help keeps its examples");
    }

    private record Result(int code, String out, String err) { }

    private static Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
