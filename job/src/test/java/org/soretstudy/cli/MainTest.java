package org.soretstudy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit codes of the command line: 0 success, 2 bad input. */
class MainTest {
    @TempDir
    Path dir;

    @Test
    void exitCodes() throws Exception {
        Path good = dir.resolve("good.json");
        Files.writeString(good, """
                {"seed": 1, "design": {"type": "random", "samples": 10},
                 "base": {"length": 0.01, "t_hot": 300.5, "t_cold": 299.5},
                 "parameters": {"c0": {"dist": "uniform", "low": 0.4, "high": 0.6},
                                "diffusion": {"dist": "loguniform", "low": 1e-10, "high": 1e-9},
                                "soret": {"dist": "triangular", "low": 1e-3, "mode": 2e-3, "high": 4e-3}},
                 "output": "out"}""");
        assertEquals(ExitCode.OK, Main.execute("validate", good.toString()));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(good).replace("\"samples\": 10", "\"samples\": -10"));
        assertEquals(ExitCode.BAD_INPUT, Main.execute("validate", bad.toString()));
        assertEquals(ExitCode.BAD_INPUT, Main.execute("validate", dir.resolve("missing.json").toString()));
        assertEquals(ExitCode.BAD_INPUT, Main.execute("run", good.toString(), "--partitions", "0"));
        assertEquals(ExitCode.BAD_INPUT, Main.execute("frobnicate"));
        assertEquals(ExitCode.OK, Main.execute("--help"));
    }
}
