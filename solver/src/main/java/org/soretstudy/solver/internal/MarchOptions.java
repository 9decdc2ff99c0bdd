package org.soretstudy.solver.internal;

/**
 * How a {@link GridMarch} runs, fixed when it is built (the time tolerance is an argument of each solve, since the
 * kernel tightens it from solve to solve). Production uses {@link #DEFAULT}; tests build the others.
 *
 * @param analyticStart start from the analytic wall layers where they apply; false marches from t = 0 (the
 *     tests' reference for the analytic start)
 * @param profileTime keep the cells of c at the first state at or after this time (the analytic start or an
 *     accepted step; a report time is landed on exactly), readable through {@link GridMarch#profile}; NaN: none
 */
record MarchOptions(boolean analyticStart, double profileTime) {
    /** The analytic start where it applies, no profile kept. */
    static final MarchOptions DEFAULT = new MarchOptions(true, Double.NaN);

    /** These options marching from t = 0. */
    MarchOptions withoutAnalyticStart() {
        return new MarchOptions(false, profileTime);
    }

    /** These options keeping the profile of c at {@code time}. */
    MarchOptions withProfileAt(double time) {
        return new MarchOptions(analyticStart, time);
    }

    /** True when a profile is to be kept. */
    boolean keepsProfile() {
        return !Double.isNaN(profileTime);
    }
}
