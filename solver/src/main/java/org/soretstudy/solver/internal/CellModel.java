package org.soretstudy.solver.internal;

import org.soretstudy.solver.CellInputs;
import org.soretstudy.solver.Closure;
import org.soretstudy.solver.SoretModel;
import org.soretstudy.solver.ThermalBc;
import org.soretstudy.solver.ThermoModel;

/**
 * The constitutive model of one admissible cell, resolved from its parameters: S_T(T), the closure g(c),
 * the thermodynamic factor m(c,T), the Dufour coefficient K_D and the effective conductivity
 * (physics.md sections 2 and 4). Reused: {@link #load} it once per solve, then the kernels call its methods in
 * their loops; its fields are private and change only through the load methods. Not thread-safe.
 */
public final class CellModel {
    /** Molar gas constant, J/(mol K) (CODATA 2018, exact). */
    public static final double GAS_CONSTANT = 8.314462618;

    private boolean binary;
    private double length;
    private double c0;
    private double diffusion;
    private ThermalBc thermalBc;
    /** Wall temperatures: given (Dirichlet) or the steady solution's (flux), K. */
    private double tHot;
    private double tCold;
    private double heatFlux;
    private double tInitial;
    /** NaN when not given. */
    private double density;
    private double heatCapacity;
    private double conductivity;

    private boolean piazza;
    private double soretConstant;
    private double soretInf;
    private double tStar;
    private double tWidth;
    private ThermoModel thermo;
    private double dmuDc;
    private double molarMass1;
    private double molarMass2;

    /** Resolves the model of an admissible point (CellSolver has checked it). */
    public void load(CellInputs p) {
        binary = p.closure() == Closure.BINARY;
        length = p.length();
        c0 = p.c0();
        diffusion = p.diffusion();
        thermalBc = p.thermalBc();
        tHot = p.tHot();
        tCold = p.tCold();
        heatFlux = p.heatFlux();
        tInitial = p.tInitial();
        density = p.density();
        heatCapacity = p.heatCapacity();
        conductivity = p.conductivity();
        piazza = p.soretModel() == SoretModel.PIAZZA;
        soretConstant = Double.isNaN(p.soret()) ? p.thermalDiffusion() / p.diffusion() : p.soret();
        soretInf = p.soretInf();
        tStar = p.tStar();
        tWidth = p.tWidth();
        thermo = p.thermo();
        dmuDc = p.dmuDc();
        molarMass1 = p.molarMass1();
        molarMass2 = p.molarMass2();
    }

    /** True for the binary closure g(c) = c(1 - c), false for the dilute one. */
    public boolean binary() { return binary; }

    public double length() { return length; }

    /** L^2/(pi^2 d): the decay time of the slowest mode of a diffusivity d across the cell (tau for d = D). */
    public double diffusionTime(double diffusivity) { return length * length / (Math.PI * Math.PI * diffusivity); }

    public double c0() { return c0; }

    public double diffusion() { return diffusion; }

    public ThermalBc thermalBc() { return thermalBc; }

    /** The hot wall's temperature: given (Dirichlet) or the steady solution's (flux, see {@link #loadWalls}), K. */
    public double tHot() { return tHot; }

    public double tCold() { return tCold; }

    public double heatFlux() { return heatFlux; }

    public double tInitial() { return tInitial; }

    /** Density, NaN when not given. */
    public double density() { return density; }

    public double heatCapacity() { return heatCapacity; }

    public double conductivity() { return conductivity; }

    /**
     * Loads the steady solution's wall temperatures of a flux cell, K: the steady kernel finds them (it tries
     * walls while it searches), after {@link #load}. Package-private: only the kernels set them.
     */
    void loadWalls(double hot, double cold) {
        tHot = hot;
        tCold = cold;
    }

    /** True when S_T does not depend on T. */
    public boolean constantSoret() { return !piazza; }

    /** True when the Dufour heat flux is on. */
    public boolean dufour() { return thermo != ThermoModel.NONE; }

    /** S_T(T), 1/K. */
    public double soret(double t) {
        return piazza ? soretInf * -Math.expm1((tStar - t) / tWidth) : soretConstant;
    }

    /** D_T(T) = D S_T(T), m^2/(s K). */
    public double thermalDiffusion(double t) { return diffusion * soret(t); }

    /** Phi(T), an antiderivative of S_T: the steady state is logit c (or ln c) = K - Phi(T). */
    public double phi(double t) {
        return piazza ? soretInf * (t + tWidth * Math.exp((tStar - t) / tWidth)) : soretConstant * t;
    }

    /** Phi(a) - Phi(b), without the cancellation of subtracting two large values. */
    public double phiDifference(double a, double b) {
        if (!piazza) {
            return soretConstant * (a - b);
        }
        // S_inf [(a - b) + T_w (e^{(T*-a)/T_w} - e^{(T*-b)/T_w})]
        double eb = Math.exp((tStar - b) / tWidth);
        return soretInf * ((a - b) + tWidth * eb * Math.expm1((b - a) / tWidth));
    }

    /** g(c): c(1-c) for the binary closure, c for the dilute one. */
    public double g(double c) { return binary ? c * (1 - c) : c; }

    /** dg/dc. */
    public double gPrime(double c) { return binary ? 1 - 2 * c : 1; }

    /** The thermodynamic factor m(c,T) = c (dmu1/dc1), J/kg (0 without Dufour). */
    public double thermoFactor(double c, double t) {
        return switch (thermo) {
            case NONE -> 0;
            case CONSTANT -> c * dmuDc;
            // R T Mbar/(M1 M2), 1/Mbar = c/M1 + (1-c)/M2
            case IDEAL -> GAS_CONSTANT * t / (c * molarMass2 + (1 - c) * molarMass1);
            case IDEAL_DILUTE -> GAS_CONSTANT * t / molarMass1;
        };
    }

    /**
     * Writes {u0, u1, w0, w1, p0, p1} with {@code m(c,T) T = (u0 + u1 c) T (w0 + w1 T)/(p0 + p1 c)} for every
     * thermo model: one branch-free form that a kernel loop can vectorise.
     */
    void thermoFactorForm(double[] k) {
        java.util.Arrays.fill(k, 0, 6, 0.0);
        k[4] = 1;
        switch (thermo) {
            case NONE -> { }
            case CONSTANT -> { k[1] = dmuDc; k[2] = 1; }
            case IDEAL -> { k[0] = GAS_CONSTANT; k[3] = 1; k[4] = molarMass1; k[5] = molarMass2 - molarMass1; }
            case IDEAL_DILUTE -> { k[0] = GAS_CONSTANT; k[3] = 1; k[4] = molarMass1; }
        }
    }

    /** K_D = rho m T D_T (Onsager: D'' = D_T), the Dufour coefficient of J_q' = -lambda T' - K_D c', W/m. */
    public double dufourCoefficient(double c, double t) {
        return density * thermoFactor(c, t) * t * thermalDiffusion(t);
    }

    /** epsilon_D = K_D S_T g(c)/lambda: the second law needs it below 1 at every state of the cell. */
    public double dufourRatio(double c, double t) {
        if (!dufour()) {
            return 0;
        }
        return dufourCoefficient(c, t) * soret(t) * g(c) / conductivity;
    }

    /**
     * lambda_eff = lambda - K_D S_T g(c): the conductivity of a cell at zero mass flux, W/(m K). Without a
     * given conductivity and without Dufour it is 1 (only ratios are used then).
     */
    public double effectiveConductivity(double c, double t) {
        double lambda = Double.isNaN(conductivity) ? 1.0 : conductivity;
        return dufour() ? lambda * (1 - dufourRatio(c, t)) : lambda;
    }

    /** d(epsilon_D)/dc at fixed T: the composition sensitivity of the effective conductivity. */
    public double dufourRatioDc(double c, double t) {
        if (!dufour()) {
            return 0;
        }
        double s = soret(t);
        double scale = density * t * diffusion * s * s / conductivity; // epsilon_D = scale * m g
        double g = g(c);
        double gp = gPrime(c);
        double dmg = switch (thermo) {
            case NONE -> 0;
            case CONSTANT -> dmuDc * (g + c * gp);
            case IDEAL -> {
                double den = c * molarMass2 + (1 - c) * molarMass1;
                yield GAS_CONSTANT * t * (gp * den - g * (molarMass2 - molarMass1)) / (den * den);
            }
            case IDEAL_DILUTE -> GAS_CONSTANT * t / molarMass1 * gp;
        };
        return scale * dmg;
    }

    /** The temperature scale over which S_T(T) changes (T_w for piazza), infinite for a constant S_T. */
    public double soretTemperatureScale() { return piazza ? Math.abs(tWidth) : Double.POSITIVE_INFINITY; }

    /** Mean wall temperature, K. */
    public double meanTemperature() { return 0.5 * (tHot + tCold); }
}
