package org.soretstudy.surrogate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The check-point map against java.util.HashMap, through many rehashes. */
class CheckPointErrorsTest {
    @Test
    void behavesLikeAMap() {
        CheckPointErrors m = new CheckPointErrors(2);
        Map<Long, Integer> reference = new HashMap<>();
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 200_000; i++) {
            long key = r.nextLong(0, 1L << 40);
            Integer expected = reference.get(key);
            int found = m.find(key);
            assertEquals(expected == null ? -1 : expected, found);
            if (found < 0) {
                int entry = m.add(key);
                m.set(entry, 0, key);
                m.set(entry, 1, -key);
                reference.put(key, entry);
            }
        }
        reference.forEach((key, entry) -> {
            assertEquals(entry, m.find(key));
            assertEquals((double) key, m.get(entry, 0));
            assertEquals((double) -key, m.get(entry, 1));
        });
        assertEquals(reference.size(), m.size());
    }
}
