package org.soretstudy.solver.properties;

/**
 * Rigid elastic spheres: every reduced collision integral is 1 at every temperature (the reduction is by the
 * rigid-sphere values). The reference case of the kinetic theory: its isotopic thermal diffusion factor is
 * exactly 105/118 of (m1 - m2)/(m1 + m2) in the first approximation (Chapman & Cowling).
 */
public enum RigidSpheres implements CollisionIntegrals {
    INSTANCE;

    @Override public double omega11(double tStar) { return 1; }

    @Override public double omega12(double tStar) { return 1; }

    @Override public double omega13(double tStar) { return 1; }

    @Override public double omega22(double tStar) { return 1; }

    @Override public boolean covers(double tStar) { return tStar > 0 && Double.isFinite(tStar); }

    @Override public String range() { return "T* > 0"; }
}
