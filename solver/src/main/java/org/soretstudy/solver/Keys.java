package org.soretstudy.solver;

import java.util.function.Function;

/** Lookup of an enum constant by its JSON key. */
final class Keys {
    private Keys() { }

    /** @return the constant whose key equals {@code key}, or null when none does */
    static <E> E lookup(E[] values, String key, Function<E, String> keyOf) {
        for (E e : values) {
            if (keyOf.apply(e).equals(key)) {
                return e;
            }
        }
        return null;
    }
}
