package org.soretstudy.solver.internal;

import org.soretstudy.solver.Convection;

/**
 * The convective-stability flag of a horizontal binary-fluid layer between rigid impermeable walls
 * (physics.md section 8). Not thread-safe (may keep scratch space).
 */
public final class ConvectionStability {
    /**
     * @param signedRayleigh Ra = |g| beta_T |dT| L^3/(nu kappa), positive when thermal buoyancy destabilises
     *                       (heated from below with beta_T > 0), negative when heated from above, 0 without gravity
     * @param psi            separation ratio (beta_c/beta_T) S_T c0(1-c0)
     * @param lewis          kappa/D
     * @param prandtl        nu/kappa
     */
    public Convection classify(double signedRayleigh, double psi, double lewis, double prandtl) {
        throw new UnsupportedOperationException("convection criterion not written yet");
    }
}
