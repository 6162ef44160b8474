import type { CellRelations } from './relations-of-cell.ts';
import { AUDIT_TOLERANCE } from './audit-tolerance.ts';
import { PRIMARY, PUBLISHED, type ReleaseModel } from './release-model.ts';

/**
 * A feasible point of the attacker's system, kept as its deviation from the true values on the few cells it moves:
 * true values + d satisfy every relation and non-negativity, and d is zero on every published cell. The true values
 * are a feasible point too, so a hidden cell's range is at least max(d, 0) − min(d, 0) wide over the witnesses that
 * hold. Hiding more cells keeps a witness holding; publishing a cell it moves breaks it.
 */
export interface Witness { cells: number[]; d: number[] }


/** Whether a witness is a feasible point for this status: checked against every relation it touches. */
export function witnessHolds(model: ReleaseModel, status: Uint8Array, rels: CellRelations, w: Witness): boolean {
  const delta = new Map<number, number>();
  for (let k = 0; k < w.cells.length; k++) {
    const c = w.cells[k]!, d = w.d[k]!;
    if (!Number.isFinite(d) || c < 0 || c >= model.values.length || status[c] === PUBLISHED) return false;
    if (model.values[c]! + d < -AUDIT_TOLERANCE) return false;
    delta.set(c, d);
  }
  const seen = new Set<number>();
  for (const c of w.cells) {
    for (let t = rels.starts[c]!; t < rels.starts[c + 1]!; t++) {
      const r = rels.list[t]!;
      if (seen.has(r)) continue;
      seen.add(r);
      const rel = model.relations[r]!;
      let moved = 0, truth = 0;
      rel.cells.forEach((x, i) => {
        moved += rel.coefs[i]! * (delta.get(x) ?? 0);
        truth += rel.coefs[i]! * model.values[x]!;
      });
      if (rel.op === '=' ? Math.abs(moved) > AUDIT_TOLERANCE : truth + moved < -AUDIT_TOLERANCE) return false;
    }
  }
  return true;
}

/** The width each hidden cell's range is proven to have by the witnesses (those that do not hold are left out). */
export function witnessedWidths(model: ReleaseModel, status: Uint8Array, rels: CellRelations, witnesses: readonly Witness[]): Float64Array {
  const lo = new Float64Array(model.values.length), hi = new Float64Array(model.values.length);
  for (const w of witnesses) {
    if (!witnessHolds(model, status, rels, w)) continue;
    w.cells.forEach((c, k) => {
      if (w.d[k]! < lo[c]!) lo[c] = w.d[k]!;
      if (w.d[k]! > hi[c]!) hi[c] = w.d[k]!;
    });
  }
  return hi.map((h, c) => h - lo[c]!);
}

/** The width a hidden cell's range must have: T−1 for a primary cell, 1 for a secondary one. */
export function requiredWidth(status: Uint8Array, cell: number, threshold: number): number {
  return status[cell] === PRIMARY ? threshold - 1 : 1;
}
