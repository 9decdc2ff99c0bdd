package org.soretstudy.solver.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The minimal JSON reader accepts RFC 8259 JSON and refuses what is not. */
class StrictJsonTest {
    @Test
    void readsEveryKindOfValue() {
        Object v = StrictJson.parse(" {\"a\": [1, -2.5e-3, 0, 1E2], \"b\": \"x\\\"\\\\\\/\\n\\u00e9\", \"c\": true, \"d\": null, \"e\": {}} ");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(List.of(1.0, -2.5e-3, 0.0, 100.0), m.get("a"));
        assertEquals("x\"\\/\n\u00e9", m.get("b"));
        assertEquals(true, m.get("c"));
        assertEquals(true, m.containsKey("d"));
        assertEquals(Map.of(), m.get("e"));
        assertEquals(List.of("a", "b", "c", "d", "e"), List.copyOf(m.keySet()));
        assertEquals(0.1, StrictJson.parse("0.1")); // correctly rounded
        assertEquals(4.9e-324, StrictJson.parse("4.9e-324"));
    }

    @Test
    void refusesWhatIsNotJson() {
        for (String bad : Arrays.asList("", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "tru", "\"a", "{\"a\":1,\"a\":2}",
                "[1] x", "NaN", "'a'", "\"\\x\"", "{a: 1}")) {
            assertThrows(IllegalArgumentException.class, () -> StrictJson.parse(bad), bad);
        }
    }
}
