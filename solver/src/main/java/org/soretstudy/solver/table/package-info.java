/**
 * Surrogate tables (contract section 4), read back without any dependency: {@link
 * org.soretstudy.solver.table.SurrogateTable} loads a table folder ({@code table.json} and raw little-endian
 * float64 files in C order) and interpolates it multilinearly, in ln x along log axes, with the error bound
 * stored for each cell; {@link org.soretstudy.solver.table.TableWorkspace} makes lookups allocation-free.
 */
package org.soretstudy.solver.table;
