/**
 * The solver's kernels and numerics: not API. Nothing here is stable between versions; callers outside the solver
 * module use {@code org.soretstudy.solver} ({@code CellSolver}, {@code CellWorkspace}, the records and enums). The
 * classes are public only because the API package drives them.
 */
package org.soretstudy.solver.internal;
