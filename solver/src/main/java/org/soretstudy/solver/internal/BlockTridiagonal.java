package org.soretstudy.solver.internal;

/**
 * A tridiagonal system of 2x2 blocks, factored once and solved for several right-hand sides (block elimination
 * without pivoting: the kernels build block diagonally dominant matrices {@code M - gamma dt J}). Each block is
 * stored row-major in 4 consecutive doubles: {@code [a00, a01, a10, a11]}. Row {@code i} has the blocks
 * {@code lower(i) = A[i][i-1]}, {@code diag(i) = A[i][i]}, {@code upper(i) = A[i][i+1]}. The unknowns of block row
 * i are {@code (x[i], y[i])}. Scratch is kept and grown only when n grows. Not thread-safe.
 *
 * <p><b>Twisted elimination.</b> The rows above the middle one are eliminated downwards and those below it upwards
 * at the same time, meeting at the middle row; the back substitution then runs outwards from it in both directions.
 * Each sweep is a chain of dependent operations whose latency, not its arithmetic, sets the cost on the small grids
 * of a march: two chains of n/2 rows side by side take about half the time of one of n rows (the arithmetic is the
 * same, and so is the stability on diagonally dominant matrices).
 */
final class BlockTridiagonal {
    double[] lower = new double[0];
    double[] diag = new double[0];
    double[] upper = new double[0];
    /** Inverses of the eliminated diagonal blocks (from above, from below, and the middle row's). */
    private double[] pivotInverse = new double[0];
    /** Above the middle: lower(i) pivotInverse(i-1) (at the middle too); below it: upper(i) pivotInverse(i+1). */
    private double[] multiplier = new double[0];
    /** At the middle row: upper(m) pivotInverse(m+1) (its multiplier from below; the one from above is in multiplier). */
    private final double[] middleFromBelow = new double[4];
    /** pivotInverse(i) upper(i) above the middle, pivotInverse(i) lower(i) below: one multiply-add per link back. */
    private double[] neighbourScaled = new double[0];
    private int n;
    /** The middle row, where the two eliminations meet. */
    private int middle;

    /** Sizes the system for n block rows (contents undefined until filled). */
    void resize(int n) {
        if (diag.length < 4 * n) {
            lower = new double[4 * n];
            diag = new double[4 * n];
            upper = new double[4 * n];
            pivotInverse = new double[4 * n];
            multiplier = new double[4 * n];
            neighbourScaled = new double[4 * n];
        }
        this.n = n;
        this.middle = n / 2;
    }

    /** Factors the filled blocks; returns false when a pivot block is singular or not finite. */
    boolean factor() {
        double[] l = lower, d = diag, u = upper, p = pivotInverse, w = multiplier, v = neighbourScaled;
        int m = middle, below = n - 1 - m; // rows eliminated from above (0 .. m-1) and from below (n-1 .. m+1)
        // the pivots being eliminated: (a, b, c, e) from above, (a2, b2, c2, e2) from below. The two mirrored halves
        // are written out so that both chains stay in registers: with 2x2 helpers passing blocks through arrays the gas
        // ran 9 % slower
        double a = d[0], b = d[1], c = d[2], e = d[3];
        int last = 4 * (n - 1);
        double a2 = d[last], b2 = d[last + 1], c2 = d[last + 2], e2 = d[last + 3];
        for (int step = 0; step < m; step++) {
            int k = 4 * step;
            // from above: invert the pivot of row step, scale upper(step), eliminate lower(step+1)
            double det = a * e - b * c;
            if (!(Math.abs(det) > 0) || !Double.isFinite(det)) {
                return false;
            }
            double r = 1 / det;
            double p0 = e * r, p1 = -b * r, p2 = -c * r, p3 = a * r;
            p[k] = p0;
            p[k + 1] = p1;
            p[k + 2] = p2;
            p[k + 3] = p3;
            v[k] = p0 * u[k] + p1 * u[k + 2];
            v[k + 1] = p0 * u[k + 1] + p1 * u[k + 3];
            v[k + 2] = p2 * u[k] + p3 * u[k + 2];
            v[k + 3] = p2 * u[k + 1] + p3 * u[k + 3];
            int next = k + 4;
            double w0 = l[next] * p0 + l[next + 1] * p2;
            double w1 = l[next] * p1 + l[next + 1] * p3;
            double w2 = l[next + 2] * p0 + l[next + 3] * p2;
            double w3 = l[next + 2] * p1 + l[next + 3] * p3;
            w[next] = w0;
            w[next + 1] = w1;
            w[next + 2] = w2;
            w[next + 3] = w3;
            if (step + 1 < m) {
                a = d[next] - (w0 * u[k] + w1 * u[k + 2]);
                b = d[next + 1] - (w0 * u[k + 1] + w1 * u[k + 3]);
                c = d[next + 2] - (w2 * u[k] + w3 * u[k + 2]);
                e = d[next + 3] - (w2 * u[k + 1] + w3 * u[k + 3]);
            }
            if (step < below) {
                // from below: row j = n-1-step, its pivot inverted, lower(j) scaled, upper(j-1) eliminated
                int j = last - k, prev = j - 4;
                double det2 = a2 * e2 - b2 * c2;
                if (!(Math.abs(det2) > 0) || !Double.isFinite(det2)) {
                    return false;
                }
                double r2 = 1 / det2;
                double q0 = e2 * r2, q1 = -b2 * r2, q2 = -c2 * r2, q3 = a2 * r2;
                p[j] = q0;
                p[j + 1] = q1;
                p[j + 2] = q2;
                p[j + 3] = q3;
                v[j] = q0 * l[j] + q1 * l[j + 2];
                v[j + 1] = q0 * l[j + 1] + q1 * l[j + 3];
                v[j + 2] = q2 * l[j] + q3 * l[j + 2];
                v[j + 3] = q2 * l[j + 1] + q3 * l[j + 3];
                double z0 = u[prev] * q0 + u[prev + 1] * q2;
                double z1 = u[prev] * q1 + u[prev + 1] * q3;
                double z2 = u[prev + 2] * q0 + u[prev + 3] * q2;
                double z3 = u[prev + 2] * q1 + u[prev + 3] * q3;
                double[] zTarget = prev == 4 * m ? middleFromBelow : w;
                int at = prev == 4 * m ? 0 : prev;
                zTarget[at] = z0;
                zTarget[at + 1] = z1;
                zTarget[at + 2] = z2;
                zTarget[at + 3] = z3;
                if (step + 1 < below) {
                    a2 = d[prev] - (z0 * l[j] + z1 * l[j + 2]);
                    b2 = d[prev + 1] - (z0 * l[j + 1] + z1 * l[j + 3]);
                    c2 = d[prev + 2] - (z2 * l[j] + z3 * l[j + 2]);
                    e2 = d[prev + 3] - (z2 * l[j + 1] + z3 * l[j + 3]);
                }
            }
        }
        // the middle row: its diagonal less what both eliminations carried into it
        int k = 4 * m;
        a = d[k];
        b = d[k + 1];
        c = d[k + 2];
        e = d[k + 3];
        if (m > 0) {
            int up = k - 4;
            a -= w[k] * u[up] + w[k + 1] * u[up + 2];
            b -= w[k] * u[up + 1] + w[k + 1] * u[up + 3];
            c -= w[k + 2] * u[up] + w[k + 3] * u[up + 2];
            e -= w[k + 2] * u[up + 1] + w[k + 3] * u[up + 3];
        }
        if (below > 0) {
            int down = k + 4;
            double[] z = middleFromBelow;
            a -= z[0] * l[down] + z[1] * l[down + 2];
            b -= z[0] * l[down + 1] + z[1] * l[down + 3];
            c -= z[2] * l[down] + z[3] * l[down + 2];
            e -= z[2] * l[down + 1] + z[3] * l[down + 3];
        }
        double det = a * e - b * c;
        if (!(Math.abs(det) > 0) || !Double.isFinite(det)) {
            return false;
        }
        double r = 1 / det;
        p[k] = e * r;
        p[k + 1] = -b * r;
        p[k + 2] = -c * r;
        p[k + 3] = a * r;
        return true;
    }

    /** Solves in place: on entry (x, y) hold the right-hand side, on exit the solution. */
    void solve(double[] x, double[] y) {
        double[] v = neighbourScaled, p = pivotInverse, w = multiplier;
        int m = middle, below = n - 1 - m;
        // inwards: r'_i = r_i - W_i r'_{i-1} from above and r'_j = r_j - Z_j r'_{j+1} from below (carried in
        // registers), each stored as P_i r'_i (off the chains)
        double ax = 0, ay = 0, bx = 0, by = 0;
        for (int step = 0; step < m; step++) {
            int k = 4 * step;
            double nx = x[step], ny = y[step];
            if (step > 0) {
                nx = Math.fma(-w[k + 1], ay, Math.fma(-w[k], ax, nx));
                ny = Math.fma(-w[k + 3], ay, Math.fma(-w[k + 2], ax, ny));
            }
            x[step] = p[k] * nx + p[k + 1] * ny;
            y[step] = p[k + 2] * nx + p[k + 3] * ny;
            ax = nx;
            ay = ny;
            if (step < below) {
                int j = n - 1 - step, kj = 4 * j;
                double ox = x[j], oy = y[j];
                if (step > 0) {
                    ox = Math.fma(-w[kj + 1], by, Math.fma(-w[kj], bx, ox));
                    oy = Math.fma(-w[kj + 3], by, Math.fma(-w[kj + 2], bx, oy));
                }
                x[j] = p[kj] * ox + p[kj + 1] * oy;
                y[j] = p[kj + 2] * ox + p[kj + 3] * oy;
                bx = ox;
                by = oy;
            }
        }
        // the middle row
        int k = 4 * m;
        double mx = x[m], my = y[m];
        if (m > 0) {
            mx -= w[k] * ax + w[k + 1] * ay;
            my -= w[k + 2] * ax + w[k + 3] * ay;
        }
        if (below > 0) {
            double[] z = middleFromBelow;
            mx -= z[0] * bx + z[1] * by;
            my -= z[2] * bx + z[3] * by;
        }
        double sx = p[k] * mx + p[k + 1] * my, sy = p[k + 2] * mx + p[k + 3] * my;
        x[m] = sx;
        y[m] = sy;
        // outwards: x_i = P_i r'_i - (P_i U_i) x_{i+1} above, x_j = P_j r'_j - (P_j L_j) x_{j-1} below
        double ux = sx, uy = sy, dx = sx, dy = sy;
        for (int step = 1; step <= m; step++) {
            int i = m - step, ki = 4 * i;
            double nx = Math.fma(-v[ki + 1], uy, Math.fma(-v[ki], ux, x[i]));
            double ny = Math.fma(-v[ki + 3], uy, Math.fma(-v[ki + 2], ux, y[i]));
            x[i] = nx;
            y[i] = ny;
            ux = nx;
            uy = ny;
            if (step <= below) {
                int j = m + step, kj = 4 * j;
                double ox = Math.fma(-v[kj + 1], dy, Math.fma(-v[kj], dx, x[j]));
                double oy = Math.fma(-v[kj + 3], dy, Math.fma(-v[kj + 2], dx, y[j]));
                x[j] = ox;
                y[j] = oy;
                dx = ox;
                dy = oy;
            }
        }
    }
}
