/** A strict JSON reader for the modules that have no dependency (the solver, the curated data). */
package org.soretstudy.solver.json;
