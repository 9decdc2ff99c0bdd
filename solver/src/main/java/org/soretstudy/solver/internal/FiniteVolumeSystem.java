package org.soretstudy.solver.internal;

/**
 * The finite-volume system of a {@link GridMarch}: the semi-discrete right-hand side R(c, T) and the linear systems
 * {@code M - s J} that the time step and the steady-state iterations solve. Its own scratch: the face fluxes and
 * the factored (block) tridiagonal systems.
 *
 * <p>{@code n} cell averages of c (and of T when the temperature is solved) on a uniform grid. Face fluxes are the
 * central second-order ones, {@code J1/rho = -D [dc + S_T(T_f) g(c_f) dT]/h},
 * {@code Jq/(rho c_p) = -[kappa dT + (K_D(c_f,T_f)/(rho c_p)) dc]/h}, with zero mass flux at both walls, so the
 * steady state is second-order accurate and mass is conserved to round-off. The time derivative carries the compact
 * (Numerov) mass matrix {@code (1, 10, 1)/12} (wall rows {@code (11, 1)/12} for zero or given flux, {@code (3, 1)/4}
 * with a compact third-order wall gradient for a Dirichlet temperature): it makes the scheme fourth-order for
 * constant coefficients (the de Groot problem) and keeps the column sums at 1, so mass stays conserved. With
 * variable coefficients (large separations, S_T(T)) the scheme is second order. Without Dufour, a Dirichlet cell
 * started from the linear profile keeps T exactly linear: only c is solved (scalar tridiagonal); otherwise c and T
 * are solved together (2x2 block tridiagonal), or as two scalar systems when the Dufour coupling is weak (see
 * {@link MarchState#split}). The Jacobian is the frozen-coefficient one (derivatives of S_T(T), K_D(c,T) and
 * lambda_eff dropped): the problem is nearly linear, so the loss against the exact Jacobian is negligible.
 */
final class FiniteVolumeSystem {
    /** The s of the factors held ({@link #assembleOrReuse}); NaN when none are. */
    private double factoredFor = Double.NaN;

    private final MarchState state;
    private final Tridiagonal tri = new Tridiagonal();
    private final Tridiagonal triT = new Tridiagonal();
    private final BlockTridiagonal block = new BlockTridiagonal();
    /** Per face: s dJ1/dT, the c rows' coupling to the T stage in the split solve. */
    private double[] faceCoupling = new double[0];
    /** Face fluxes J1/rho, Jq/(rho c_p) and -K_D/(rho c_p h) of the last residual. */
    private double[] jFace = new double[0];
    private double[] qFace = new double[0];
    private double[] kdFace = new double[0];

    FiniteVolumeSystem(MarchState state) {
        this.state = state;
    }

    /** Grows the scratch to {@code cells} cells (no allocation when it is large enough). */
    void resize(int cells) {
        if (jFace.length < cells + 1) {
            faceCoupling = new double[cells + 1];
            jFace = new double[cells + 1];
            qFace = new double[cells + 1];
            kdFace = new double[cells + 1];
        }
        tri.resize(cells);
        triT.resize(cells);
        block.resize(cells);
    }

    /** R(c, T): the right-hand sides of M c' = R_c, M T' = R_T (T unused when it is exactly linear). */
    void residual(double[] cc, double[] tt, double[] rc, double[] rt) {
        int n = state.n;
        double h = state.h;
        double diff = state.diff;
        double kappa = state.kappa;
        CellModel m = state.m;
        double tHot = state.tHot;
        double tCold = state.tCold;
        double[] thermoForm = state.thermoForm;
        double invH = 1 / h;
        if (!state.solveT) {
            double[] j = jFace;
            // face fluxes first, then their differences: two loops without a carried value (they vectorise)
            double d = -diff * invH, ga = state.gLinear, gb = state.gQuadratic;
            for (int f = 1; f < n; f++) {
                double a = cc[f - 1], b = cc[f], cf = 0.5 * (a + b);
                j[f] = d * ((b - a) + state.faceDrift[f] * cf * (ga - gb * cf));
            }
            differences(j, 0, 0, rc, invH);
            return;
        }
        double[] q = qFace, kdf = kdFace;
        if (m.constantSoret()) {
            // the face fluxes and their differences in one pass (the carried flux is cheaper than a second loop here)
            double invH2 = invH * invH;
            double d = -diff * invH2, ds = -diff * state.soretConstant * invH2, ga = state.gLinear, gb = state.gQuadratic;
            double kq = -kappa * invH2, kds = -state.kdScale * invH2;
            double u0 = thermoForm[0], u1 = thermoForm[1], w0 = thermoForm[2], w1 = thermoForm[3];
            double p0 = thermoForm[4], p1 = thermoForm[5];
            double jPrev = 0, wallHeat = state.fluxOverRhoCp * invH, qPrev = wallHeat;
            for (int f = 1; f < n; f++) {
                double ca = cc[f - 1], cb = cc[f], ta = tt[f - 1], tb = tt[f];
                double cf = 0.5 * (ca + cb), tf = 0.5 * (ta + tb), dc = cb - ca, dT = tb - ta;
                double jf = d * dc + ds * cf * (ga - gb * cf) * dT;
                double kd = kds * (u0 + u1 * cf) * tf * (w0 + w1 * tf) / (p0 + p1 * cf); // -K_D/(rho c_p h^2)
                kdf[f] = kd * h;
                double qf = kq * dT + kd * dc;
                rc[f - 1] = jPrev - jf;
                rt[f - 1] = qPrev - qf;
                jPrev = jf;
                qPrev = qf;
            }
            rc[n - 1] = jPrev;
            rt[n - 1] = qPrev - wallHeat;
        } else {
            double[] j = jFace;
            for (int f = 1; f < n; f++) {
                double ca = cc[f - 1], cb = cc[f], ta = tt[f - 1], tb = tt[f];
                double cf = 0.5 * (ca + cb), tf = 0.5 * (ta + tb), dc = cb - ca, dT = tb - ta;
                j[f] = -diff * (dc + m.soret(tf) * state.g(cf) * dT) * invH;
                double kd = state.dufour ? -m.dufourCoefficient(cf, tf) / state.rhoCp * invH : 0;
                kdf[f] = kd;
                q[f] = -kappa * dT * invH + kd * dc;
            }
            differences(j, 0, 0, rc, invH);
            differences(q, state.fluxOverRhoCp, state.fluxOverRhoCp, rt, invH);
        }
        if (state.dirichlet) {
            double invH2 = invH * invH;
            double kdFirst = -kdf[1] * h, kdLast = -kdf[n - 1] * h;
            double ke = wallKappa(cc[0], tHot);
            rt[0] = ((kappa + 2 * ke) * (tt[1] - tt[0]) + kdFirst * (cc[1] - cc[0])
                    - ke * (-3 * tHot + 1.5 * tt[0] + 1.5 * tt[1])) * invH2;
            ke = wallKappa(cc[n - 1], tCold);
            rt[n - 1] = ((kappa + 2 * ke) * (tt[n - 2] - tt[n - 1]) + kdLast * (cc[n - 2] - cc[n - 1])
                    - ke * (-3 * tCold + 1.5 * tt[n - 1] + 1.5 * tt[n - 2])) * invH2;
        }
    }
    /** r_i = (flux_i - flux_(i+1))/h over the cells, the wall fluxes given. */
    private void differences(double[] flux, double first, double last, double[] r, double invH) {
        int n = state.n;
        flux[0] = first;
        flux[n] = last;
        for (int i = 0; i < n; i++) {
            r[i] = (flux[i] - flux[i + 1]) * invH;
        }
    }
    /** lambda_eff/(rho c_p) at a wall (zero mass flux there: the Dufour flux lowers the conductivity). */
    private double wallKappa(double cw, double tw) {
        return state.dufour ? state.m.effectiveConductivity(cw, tw) / state.rhoCp : state.kappa;
    }
    /** Assembles and factors M - s J (s = gamma dt in a step); false on a zero or non-finite pivot. */
    boolean assemble(double s) {
        boolean ok = state.solveT ? (state.split ? assembleSplit(s) : assembleCoupled(s)) : assembleMass(s);
        factoredFor = ok ? s : Double.NaN;
        return ok;
    }
    /**
     * The factors of M - s J kept from the last {@link #assemble} when it was for this s, J then from an earlier state
     * (any J keeps a W-method's order; a step the stale J makes too inaccurate is rejected, and the next size differs),
     * else {@link #assemble}: the steps held to the Dufour bump's step (a gas's ~8 on its first grid) assemble once.
     */
    boolean assembleOrReuse(double s) {
        return s == factoredFor || assemble(s);
    }
    /** Nothing factored carries over (a new grid or state). */
    void forgetFactors() {
        factoredFor = Double.NaN;
    }
    /** Solves (M - s J) u = r in place with the last {@link #assemble}: c part in uc, T part in ut. */
    void solveLinear(double[] uc, double[] ut) {
        if (!state.solveT) {
            tri.solve(uc);
        } else if (state.split) {
            solveSplit(uc, ut);
        } else {
            block.solve(uc, ut);
        }
    }
    /** tri = M_c - s J_c for the c-only system (T exactly linear). */
    private boolean assembleMass(double s) {
        int n = state.n;
        double h = state.h;
        double diff = state.diff;
        double[] c = state.c;
        double invH2 = 1 / (h * h);
        double[] lo = tri.lower, di = tri.diag, up = tri.upper;
        for (int i = 0; i < n; i++) {
            lo[i] = 1.0 / 12;
            di[i] = 10.0 / 12;
            up[i] = 1.0 / 12;
        }
        di[0] = 11.0 / 12;
        di[n - 1] = 11.0 / 12;
        for (int f = 1; f < n; f++) {
            int a = f - 1;
            double half = 0.5 * state.faceDrift[f] * state.gPrime(0.5 * (c[a] + c[f]));
            // R_a -= j_f/h, R_b += j_f/h; j_f h/(-D) = dc + drift g(c_f)
            double ja = -diff * (-1 + half) * invH2;
            double jb = -diff * (1 + half) * invH2;
            di[a] += s * ja;
            up[a] += s * jb;
            lo[f] -= s * ja;
            di[f] -= s * jb;
        }
        return tri.factor();
    }
    /** The split stage solve: T first (its rows without the c coupling), then c with the T stage known. */
    private void solveSplit(double[] uc, double[] ut) {
        if (state.dufour) {
            // weak coupling both ways: the block-diagonal W Jacobian, the two solves side by side
            Tridiagonal.solvePair(tri, uc, triT, ut);
            return;
        }
        triT.solve(ut);
        double[] k = faceCoupling;
        for (int f = 1; f < state.n; f++) {
            double d = k[f] * (ut[f - 1] - ut[f]);
            uc[f - 1] -= d;
            uc[f] += d;
        }
        tri.solve(uc);
    }
    /** tri = M_c - s J_cc, triT = M_T - s J_TT and the c-T coupling per face (see {@link MarchState#split}). */
    private boolean assembleSplit(double s) {
        int n = state.n;
        double h = state.h;
        double diff = state.diff;
        double kappa = state.kappa;
        double[] c = state.c;
        double[] temp = state.temp;
        double invH2 = 1 / (h * h);
        double[] lo = tri.lower, di = tri.diag, up = tri.upper;
        double[] loT = triT.lower, diT = triT.diag, upT = triT.upper;
        double sq = s * kappa * invH2;
        for (int i = 0; i < n; i++) {
            lo[i] = 1.0 / 12;
            di[i] = 10.0 / 12;
            up[i] = 1.0 / 12;
            loT[i] = 1.0 / 12 - sq;
            diT[i] = 10.0 / 12 + 2 * sq;
            upT[i] = 1.0 / 12 - sq;
        }
        di[0] = 11.0 / 12;
        di[n - 1] = 11.0 / 12;
        for (int f = 1; f < n; f++) {
            int a = f - 1;
            double cf = 0.5 * (c[a] + c[f]), tf = 0.5 * (temp[a] + temp[f]);
            double soret = state.m.soret(tf);
            double half = 0.5 * soret * state.gPrime(cf) * (temp[f] - temp[a]);
            double ja = -diff * (-1 + half) * invH2;
            double jb = -diff * (1 + half) * invH2;
            di[a] += s * ja;
            up[a] += s * jb;
            lo[f] -= s * ja;
            di[f] -= s * jb;
            faceCoupling[f] = state.dufour ? 0 : s * diff * soret * state.g(cf) * invH2; // unused with Dufour (solvePair)
        }
        if (state.dirichlet) {
            // the temperature rows of the wall cells (see residual): M row (3, 1)/4
            double ke = wallKappa(c[0], state.tHot);
            diT[0] = 0.75 + s * (kappa + 3.5 * ke) * invH2;
            upT[0] = 0.25 - s * (kappa + 0.5 * ke) * invH2;
            ke = wallKappa(c[n - 1], state.tCold);
            diT[n - 1] = 0.75 + s * (kappa + 3.5 * ke) * invH2;
            loT[n - 1] = 0.25 - s * (kappa + 0.5 * ke) * invH2;
        } else {
            diT[0] = 11.0 / 12 + sq;
            diT[n - 1] = 11.0 / 12 + sq;
        }
        return tri.factor() && triT.factor();
    }

    /** block = M - s J for the coupled system (J with frozen coefficients: a W-method Jacobian). */
    private boolean assembleCoupled(double s) {
        int n = state.n;
        double h = state.h;
        double diff = state.diff;
        double kappa = state.kappa;
        CellModel m = state.m;
        double[] c = state.c;
        double[] temp = state.temp;
        boolean dirichlet = state.dirichlet;
        double invH2 = 1 / (h * h);
        double[] lo = block.lower, di = block.diag, up = block.upper;
        double mtEnd = dirichlet ? 0.75 : 11.0 / 12;
        for (int i = 0; i < n; i++) {
            int k = 4 * i;
            boolean end = i == 0 || i == n - 1;
            di[k] = end ? 11.0 / 12 : 10.0 / 12;
            di[k + 1] = 0;
            di[k + 2] = 0;
            di[k + 3] = end ? mtEnd : 10.0 / 12;
            lo[k] = 1.0 / 12;
            lo[k + 1] = 0;
            lo[k + 2] = 0;
            lo[k + 3] = 1.0 / 12;
            up[k] = 1.0 / 12;
            up[k + 1] = 0;
            up[k + 2] = 0;
            up[k + 3] = 1.0 / 12;
        }
        double kdFirst = 0, kdLast = 0;
        for (int f = 1; f < n; f++) {
            int a = f - 1;
            double ca = c[a], cb = c[f], ta = temp[a], tb = temp[f];
            double cf = 0.5 * (ca + cb), tf = 0.5 * (ta + tb), dT = tb - ta;
            double soret = m.soret(tf);
            double half = 0.5 * soret * state.gPrime(cf) * dT;
            double drift = diff * soret * state.g(cf) * invH2;
            double kd = state.dufour ? m.dufourCoefficient(cf, tf) / state.rhoCp : 0;
            // derivatives of (face flux)/h wrt (c_a, c_b, T_a, T_b)
            double jca = -diff * (-1 + half) * invH2, jcb = -diff * (1 + half) * invH2;
            double jta = drift, jtb = -drift;
            double qca = kd * invH2, qcb = -kd * invH2;
            double qta = kappa * invH2, qtb = -kappa * invH2;
            int ka = 4 * a, kb = 4 * f;
            di[ka] += s * jca;
            di[ka + 1] += s * jta;
            di[ka + 2] += s * qca;
            di[ka + 3] += s * qta;
            up[ka] += s * jcb;
            up[ka + 1] += s * jtb;
            up[ka + 2] += s * qcb;
            up[ka + 3] += s * qtb;
            lo[kb] -= s * jca;
            lo[kb + 1] -= s * jta;
            lo[kb + 2] -= s * qca;
            lo[kb + 3] -= s * qta;
            di[kb] -= s * jcb;
            di[kb + 1] -= s * jtb;
            di[kb + 2] -= s * qcb;
            di[kb + 3] -= s * qtb;
            if (f == 1) {
                kdFirst = kd;
            }
            kdLast = kd;
        }
        if (dirichlet) {
            // the temperature rows of the wall cells (see residual): M row (3, 1)/4
            double ke = wallKappa(c[0], state.tHot);
            di[2] = s * kdFirst * invH2;
            di[3] = 0.75 + s * (kappa + 3.5 * ke) * invH2;
            up[2] = -s * kdFirst * invH2;
            up[3] = 0.25 - s * (kappa + 0.5 * ke) * invH2;
            int k = 4 * (n - 1);
            ke = wallKappa(c[n - 1], state.tCold);
            di[k + 2] = s * kdLast * invH2;
            di[k + 3] = 0.75 + s * (kappa + 3.5 * ke) * invH2;
            lo[k + 2] = -s * kdLast * invH2;
            lo[k + 3] = 0.25 - s * (kappa + 0.5 * ke) * invH2;
        }
        return block.factor();
    }
}
