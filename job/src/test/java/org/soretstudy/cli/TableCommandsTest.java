package org.soretstudy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** table and lookup refuse bad input with exit code 2 before any work starts. */
class TableCommandsTest {
    @TempDir
    Path dir;

    @Test
    void badInputExitsWithTwo() throws Exception {
        Path noTable = dir.resolve("grid.json");
        Files.writeString(noTable, """
                {"seed": 1, "design": {"type": "grid"},
                 "base": {"length": 0.01, "t_hot": 300.5, "t_cold": 299.5, "diffusion": 1e-9},
                 "parameters": {"c0": {"dist": "uniform", "low": 0.4, "high": 0.6, "points": 3},
                                "soret": {"dist": "uniform", "low": 1e-3, "high": 4e-3, "points": 3}},
                 "output": "%s"}""".formatted(dir.resolve("out")));
        assertEquals(ExitCode.BAD_INPUT, Main.execute("table", noTable.toString()));
        assertEquals(ExitCode.OK, Main.execute("validate", noTable.toString()));
        Path badTable = dir.resolve("bad.json");
        Files.writeString(badTable, Files.readString(noTable).replace("\"output\"", "\"table\": {\"outputs\": [\"t99\"]}, \"output\""));
        assertEquals(ExitCode.BAD_INPUT, Main.execute("validate", badTable.toString()), "t99 needs transient mode");
        assertEquals(ExitCode.BAD_INPUT, Main.execute("lookup", dir.resolve("no-such-table").toString()));
        Files.createDirectories(dir.resolve("broken"));
        Files.writeString(dir.resolve("broken/table.json"), "{\"axes\": 3}");
        assertEquals(ExitCode.BAD_INPUT, Main.execute("lookup", dir.resolve("broken").toString()));
        assertEquals(ExitCode.OK, Main.execute("table", "--help"));
        assertEquals(ExitCode.OK, Main.execute("lookup", "--help"));
    }
}
