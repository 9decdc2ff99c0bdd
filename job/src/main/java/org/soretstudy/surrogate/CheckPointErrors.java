package org.soretstudy.surrogate;

import java.util.Arrays;

/**
 * The errors already found at check points, keyed by the point's flat index on the table's half-step grid, so that
 * a point shared by neighbouring cells of a task (a face centre, an edge midpoint) is solved once: in three
 * dimensions that is about 7 solves per cell instead of 19. Open addressing with linear probing over primitive
 * arrays; it grows by doubling, so a task allocates O(log n) times, never per point. Not thread-safe.
 */
final class CheckPointErrors {
    private final int width;
    private long[] keys; // key + 1; 0 marks an empty slot
    private int[] entries;
    private double[] values;
    private int size;

    /** @param width values per point (one per output) */
    CheckPointErrors(int width) {
        this.width = width;
        keys = new long[1024];
        entries = new int[1024];
        values = new double[512 * width];
    }

    /** The entry of {@code key}, or -1 when the point has not been solved yet. */
    int find(long key) {
        int mask = keys.length - 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == 0) {
                return -1;
            }
            if (k == key + 1) {
                return entries[slot];
            }
        }
    }

    /** Adds {@code key} (not present) and returns its entry, whose values the caller then sets. */
    int add(long key) {
        if (2 * (size + 1) > keys.length) {
            rehash();
        }
        int mask = keys.length - 1;
        int slot = hash(key) & mask;
        while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key + 1;
        entries[slot] = size;
        if ((size + 1) * width > values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        return size++;
    }

    /** Points solved so far. */
    int size() { return size; }

    double get(int entry, int o) { return values[entry * width + o]; }

    void set(int entry, int o, double v) { values[entry * width + o] = v; }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldEntries = entries;
        keys = new long[oldKeys.length * 2];
        entries = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = hash(oldKeys[i] - 1) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                entries[slot] = oldEntries[i];
            }
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
