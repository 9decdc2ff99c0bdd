package org.soretstudy.solver;

import org.soretstudy.solver.internal.CellModel;
import org.soretstudy.solver.internal.ConvectionStability;

/**
 * The scales of the cell: tau, D and S_T used, Lewis, Rayleigh, separation ratio and the convection flag
 * (contract section 2, physics.md sections 5 and 8). Each is null (NaN) when an input it needs is absent.
 */
final class DimensionlessNumbers {
    private DimensionlessNumbers() { }

    static void fill(CellInputs p, CellModel m, ConvectionStability stability, ResultBuffer out) {
        double d = m.diffusion();
        double length = m.length();
        out.set(OutputField.TAU, length * length / (Math.PI * Math.PI * d));
        out.set(OutputField.DIFFUSION_USED, d);
        double soretMean = m.soret(m.meanTemperature());
        out.set(OutputField.SORET_USED, soretMean);

        double kappa = m.conductivity() / (m.density() * m.heatCapacity()); // NaN unless all three are given
        out.set(OutputField.LEWIS, kappa / d);
        double wallDt = out.get(OutputField.WALL_DT);
        double g = p.gravity();
        double betaT = p.thermalExpansion();
        double nu = p.viscosity();
        double rayleigh = Math.abs(g) * betaT * Math.abs(wallDt) * length * length * length / (nu * kappa);
        out.set(OutputField.RAYLEIGH, rayleigh);
        double psi = p.solutalExpansion() / betaT * soretMean * (m.binary() ? m.c0() * (1 - m.c0()) : m.c0());
        out.set(OutputField.SEPARATION_RATIO, psi);

        if (Double.isNaN(rayleigh) || Double.isNaN(psi)) {
            out.setConvection(Convection.UNKNOWN);
        } else if (g == 0 || wallDt == 0) {
            out.setConvection(Convection.STABLE); // microgravity, or no temperature difference to drive anything
        } else {
            // g > 0: the hot wall (x = 0) is the bottom; thermal buoyancy destabilises when g dT beta_T > 0
            double signedRayleigh = Math.signum(g) * Math.signum(wallDt) * rayleigh;
            out.setConvection(stability.classify(signedRayleigh, psi, kappa / d, nu / kappa));
        }
    }
}
