package org.soretstudy.solver;

import org.soretstudy.solver.internal.CellModel;
import org.soretstudy.solver.internal.ConvectionStability;
import org.soretstudy.solver.internal.SteadyKernel;
import org.soretstudy.solver.internal.TransientKernel;

/**
 * Everything one thread needs to solve cells without allocating: the resolved model, the kernels' scratch
 * space and the result buffer. Make one per thread (per Spark partition) and reuse it. Not thread-safe.
 */
public final class CellWorkspace {
    final CellModel model = new CellModel();
    final SteadyKernel steady = new SteadyKernel();
    final TransientKernel transient_;
    final ConvectionStability convection = new ConvectionStability();
    final ResultBuffer result = new ResultBuffer();

    /** A workspace at the solver's default settings. */
    public CellWorkspace() {
        this(new TransientKernel());
    }

    /** Tests: a workspace whose transient kernel is configured otherwise (e.g. a tighter time tolerance). */
    CellWorkspace(TransientKernel transientKernel) {
        this.transient_ = transientKernel;
    }

    /** The buffer the last solve wrote (valid until the next solve). */
    public ResultBuffer result() { return result; }
}
