package org.soretstudy.solver.properties;

/**
 * Reduced collision integrals Omega(l,s)* of a pair potential as functions of the reduced temperature
 * T* = kT/epsilon (Hirschfelder, Curtiss & Bird 1954, section 7.4; 1 for rigid spheres by construction). The
 * Chapman-Enskog first approximations need Omega(1,1)*, Omega(1,2)*, Omega(1,3)* and Omega(2,2)*.
 */
public interface CollisionIntegrals {
    double omega11(double tStar);

    double omega12(double tStar);

    double omega13(double tStar);

    double omega22(double tStar);

    /** True when T* lies where the integrals are known (the range of the fits). */
    boolean covers(double tStar);

    /** The range {@link #covers} accepts, for messages. */
    String range();

    /** A* = Omega(2,2)* / Omega(1,1)*. */
    default double aStar(double tStar) { return omega22(tStar) / omega11(tStar); }

    /** B* = (5 Omega(1,2)* - 4 Omega(1,3)*) / Omega(1,1)*. */
    default double bStar(double tStar) { return (5 * omega12(tStar) - 4 * omega13(tStar)) / omega11(tStar); }

    /** C* = Omega(1,2)* / Omega(1,1)*. */
    default double cStar(double tStar) { return omega12(tStar) / omega11(tStar); }
}
