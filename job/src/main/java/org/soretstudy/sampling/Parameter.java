package org.soretstudy.sampling;

import java.util.Objects;

/**
 * A varied parameter: its name (a solve input key, also the Parquet column), its distribution and,
 * for a grid design, its axis. Built by the spec layer from the spec's {@code parameters} entry.
 *
 * @param name         column and input key
 * @param distribution how the parameter varies
 * @param grid         the grid axis, or {@code null} outside grid designs
 */
public record Parameter(String name, Distribution distribution, GridAxis grid) implements java.io.Serializable {
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(distribution, "distribution");
    }

    public Parameter(String name, Distribution distribution) {
        this(name, distribution, null);
    }
}
