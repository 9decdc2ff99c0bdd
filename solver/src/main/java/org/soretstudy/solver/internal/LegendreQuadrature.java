package org.soretstudy.solver.internal;

/**
 * Gauss–Legendre quadrature on [-1, 1] for a Galerkin basis of a given size: built once per basis size
 * (immutable, shared between threads).
 *
 * <p>The nodes are the roots of P_q, found by Newton's method from the asymptotic guess
 * cos(pi (i - 1/4)/(q + 1/2)); the weights are 2/((1 - x^2) P_q'(x)^2) (Abramowitz & Stegun 25.4.29), P_q from
 * Bonnet's recurrence, stable on [-1, 1].
 */
final class LegendreQuadrature {
    /** Basis size n (polynomials of degree below n) and number of nodes. */
    final int basis;
    final int nodes;
    final double[] x;
    final double[] weight;

    /** The quadrature for a basis of {@code basis} polynomials on {@code nodes} Gauss points. */
    LegendreQuadrature(int basis, int nodes) {
        this.basis = basis;
        this.nodes = nodes;
        x = new double[nodes];
        weight = new double[nodes];
        for (int i = 0; i < nodes; i++) {
            double r = Math.cos(Math.PI * (i + 0.75) / (nodes + 0.5));
            double derivative = 0;
            for (int iteration = 0; iteration < 100; iteration++) {
                double[] pd = legendreAndDerivative(nodes, r);
                derivative = pd[1];
                double step = pd[0] / derivative;
                r -= step;
                if (Math.abs(step) <= 1e-16 * Math.max(1, Math.abs(r))) {
                    break;
                }
            }
            derivative = legendreAndDerivative(nodes, r)[1];
            x[i] = r;
            weight[i] = 2 / ((1 - r * r) * derivative * derivative);
        }
    }

    /** {P_n(x), P_n'(x)} (for the nodes; allocates, used only while building a table). */
    private static double[] legendreAndDerivative(int n, double x) {
        double previous = 1, current = x;
        for (int k = 1; k < n; k++) {
            double next = ((2 * k + 1) * x * current - k * previous) / (k + 1);
            previous = current;
            current = next;
        }
        // (1 - x^2) P_n' = n (P_{n-1} - x P_n)
        return new double[] {current, n * (previous - x * current) / (1 - x * x)};
    }
}
