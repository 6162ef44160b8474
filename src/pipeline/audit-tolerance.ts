/**
 * Numerical tolerance of the audit, in counts. HiGHS meets constraints to about 1e-7, so a width within 1e-6 of the
 * requirement counts as met and a width short of it by more counts as a failure; the same constant is used for
 * bound propagation, for settling cells from LP solutions and for the exact per-cell verdicts.
 */
export const AUDIT_TOLERANCE = 1e-6;
