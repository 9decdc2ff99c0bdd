package org.soretstudy.solver.table;

import java.util.Objects;

/**
 * One tabulated output.
 *
 * @param name the output key (contract section 2), e.g. {@code separation}
 * @param unit its unit as the contract states it (e.g. {@code s}, {@code 1/K}, {@code as c})
 */
public record TableOutput(String name, String unit) implements java.io.Serializable {
    public TableOutput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
    }
}
