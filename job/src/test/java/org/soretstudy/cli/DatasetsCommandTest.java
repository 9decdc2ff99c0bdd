package org.soretstudy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code soret-study datasets --json}: the contract's fields for every entry. */
class DatasetsCommandTest {
    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            assertEquals(ExitCode.OK, Main.execute(args));
        } finally {
            System.setOut(old);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonHasTheContractFields() throws Exception {
        JsonNode all = new ObjectMapper().readTree(run("datasets", "--json"));
        assertTrue(all.isArray() && all.size() >= 8);
        Set<String> kinds = new HashSet<>();
        for (JsonNode e : all) {
            for (String key : new String[] {"name", "kind", "inputs", "uncertainty", "source"}) {
                assertTrue(e.has(key), e.get("name") + " lacks " + key);
            }
            assertTrue(e.at("/source/citation").isTextual());
            kinds.add(e.get("kind").asText());
            e.get("uncertainty").fieldNames().forEachRemaining(k -> assertTrue(e.get("inputs").get(k).isNumber(), k));
            if (e.get("kind").asText().equals("gas")) {
                assertEquals(2, e.at("/inputs/gas/species").size());
                assertTrue(e.at("/inputs/gas/x1").isNumber());
            }
            // a verified source says which copy of it was read; an unverified one does not pretend to
            assertEquals(e.at("/source/verified").asBoolean(), e.at("/source/verified_from").isTextual(), e.get("name").asText());
        }
        assertEquals(Set.of("liquid", "gas"), kinds, "no colloid entry until its parameters are transcribed");
    }

    @Test
    void listNamesEveryEntryWithItsSource() {
        String text = run("datasets");
        assertTrue(text.contains("fontainebleau-thn-nc12") && text.contains("he-ar") && text.contains("[unverified]"), text);
        assertTrue(text.contains("Phil. Mag. 83 (2003) 1965"), text);
    }
}
