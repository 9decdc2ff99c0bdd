package org.soretstudy.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.soretstudy.error.UserException;
import org.soretstudy.spec.CentralPointCheck;
import org.soretstudy.spec.SpecParser;
import org.soretstudy.spec.StudySpec;

/** Reads a spec file: an unreadable file is bad input (exit 2), as is a bad spec. */
final class SpecFiles {
    private SpecFiles() { }

    static StudySpec read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UserException("SPEC", file.toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        StudySpec spec = name.endsWith(".yaml") || name.endsWith(".yml") ? SpecParser.parseYaml(text) : SpecParser.parse(text);
        CentralPointCheck.check(spec);
        return spec;
    }
}
