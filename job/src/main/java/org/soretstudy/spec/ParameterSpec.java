package org.soretstudy.spec;

import com.fasterxml.jackson.databind.JsonNode;
import org.soretstudy.solver.NumericInput;

/**
 * One varied input of a study.
 *
 * @param name       the input key (also the Parquet column name)
 * @param input      the solver input it sets
 * @param definition its JSON definition (distribution and, for grids, points and scale)
 * @param points     grid points (grid design only, else 0)
 * @param logScale   grid spacing (grid design only)
 */
public record ParameterSpec(String name, NumericInput input, JsonNode definition, int points, boolean logScale) implements java.io.Serializable { }
