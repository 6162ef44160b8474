import { AUDIT_TOLERANCE } from './audit-tolerance.ts';
import type { HiddenSystem } from './hidden-system.ts';

/**
 * Tightens the variable bounds of a hidden system in place with activity-based bound propagation.
 * Every bound it derives is implied by the rows, so it never changes the feasible set; it only gives cheap upper
 * bounds on ranges (a cell whose bounds are already narrower than required fails without an LP).
 */
export function propagateBounds(sys: HiddenSystem, maxPasses = 20): void {
  const { starts, vars, coefs, rowLower, rowUpper, lower, upper } = sys;
  for (let pass = 0; pass < maxPasses; pass++) {
    let changed = false;
    for (let r = 0; r + 1 < starts.length; r++) {
      // min/max activity of the row as finite sums plus counts of infinite terms
      let minFin = 0, maxFin = 0, minInf = 0, maxInf = 0;
      for (let k = starts[r]!; k < starts[r + 1]!; k++) {
        const a = coefs[k]!, v = vars[k]!;
        const lo = a > 0 ? lower[v]! : upper[v]!, hi = a > 0 ? upper[v]! : lower[v]!;
        if (Number.isFinite(lo)) minFin += a * lo; else minInf++;
        if (Number.isFinite(hi)) maxFin += a * hi; else maxInf++;
      }
      for (let k = starts[r]!; k < starts[r + 1]!; k++) {
        const a = coefs[k]!, v = vars[k]!;
        const lo = a > 0 ? lower[v]! : upper[v]!, hi = a > 0 ? upper[v]! : lower[v]!;
        // activity of the other terms: subtract this term (or its infinite count) from the row totals
        const restMin = Number.isFinite(lo) ? (minInf === 0 ? minFin - a * lo : -Infinity) : (minInf === 1 ? minFin : -Infinity);
        const restMax = Number.isFinite(hi) ? (maxInf === 0 ? maxFin - a * hi : Infinity) : (maxInf === 1 ? maxFin : Infinity);
        // a·x ≥ rowLower − restMax and a·x ≤ rowUpper − restMin
        const axMin = rowLower[r]! - restMax, axMax = rowUpper[r]! - restMin;
        const newLo = a > 0 ? axMin / a : axMax / a, newHi = a > 0 ? axMax / a : axMin / a;
        if (newLo > lower[v]! + AUDIT_TOLERANCE) lower[v] = newLo, changed = true;
        if (newHi < upper[v]! - AUDIT_TOLERANCE) upper[v] = newHi, changed = true;
      }
    }
    if (!changed) return;
  }
}
