/**
 * Surrogate tables (contract section 4): {@link org.soretstudy.surrogate.TableBuilder} tabulates outputs over a
 * grid spec on Spark, bounds the interpolation error of every cell by solving the cell's half-step points again,
 * refines the axes to a tolerance, and writes {@code table/} beside the study's {@code samples/};
 * {@link org.soretstudy.surrogate.TableLookup} answers JSON-lines lookups with the solver module's
 * {@link org.soretstudy.solver.table.SurrogateTable}.
 */
package org.soretstudy.surrogate;
