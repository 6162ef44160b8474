import { AUDIT_TOLERANCE } from './audit-tolerance.ts';
import { bindingRelations } from './binding-relations.ts';
import { cellRange, type Seen } from './cell-range.ts';
import { componentIndex } from './component-index.ts';
import type { ComponentLp } from './components.ts';
import { GrowingLp } from './growing-lp.ts';
import { seededRandom } from './seeded-random.ts';

export interface ComponentResult {
  /** Local variable index, its feasible range (exact unless an LP could not be solved), the relations holding it in. */
  failures: { index: number; lo: number; hi: number; binding: number[] }[];
  settledCheaply: number;
  lps: number;
}

/** Largest component pushed whole before cells get LPs of their own; size of the neighbourhood those start from. */
const WHOLE_PUSH = 2000, PUSH_ROUNDS = 3, START_SIZE = 60;

/**
 * Audits one component: every variable's feasible range must be at least `required` wide.
 * Any two feasible points bound a range from inside, so a cell whose values across the points found so far differ by
 * its requirement is safe; the true values are the first point. Points come from LPs that push all unsettled cells
 * at once in random directions, capped where each would be settled (the whole of a small component; each cell's
 * neighbourhood), and from each still unsettled cell's own max and min (cellRange), exact for the whole component.
 * `skip` marks cells not to check: already proven safe (by the audit of a status that hid a subset of these cells;
 * hiding more only widens ranges). `shared` (on a SharedArrayBuffer) is where workers on one component mark cells
 * they have proven; each starts at its own `startAt` and goes round, so they meet rather than split the work ahead.
 */
export async function auditComponent(comp: ComponentLp, skip?: Uint8Array, shared?: Uint8Array, startAt = 0, seed = 1): Promise<ComponentResult> {
  const n = comp.cells.length, { truth, required: req, lower, upper } = comp;
  const random = seededRandom(seed);
  const wide = (v: number) => seen.max[v]! - seen.min[v]! >= req[v]! - AUDIT_TOLERANCE;
  const seen: Seen = {
    min: truth.slice(), max: truth.slice(),
    settled: (v) => skip?.[v] === 1 || (shared !== undefined && Atomics.load(shared, v) === 1) || wide(v),
    record: (vars, x) => vars.forEach((v, i) => {
      seen.min[v] = Math.min(seen.min[v]!, x[i]!), seen.max[v] = Math.max(seen.max[v]!, x[i]!);
      if (shared && wide(v)) Atomics.store(shared, v, 1);
    }),
    push: async (lp) => {
      const cost = new Map<number, number>(), clamp = new Map<number, [number, number]>();
      for (const v of lp.vars) {
        if (seen.settled(v)) continue;
        if (random() < 0.5) cost.set(v, -1), clamp.set(v, [-Infinity, seen.min[v]! + req[v]!]);
        else cost.set(v, 1), clamp.set(v, [seen.max[v]! - req[v]!, Infinity]);
      }
      const x = cost.size > 0 ? await lp.solve(cost, clamp) : null;
      if (x) seen.record(lp.vars, x);
    },
  };
  const ix = componentIndex(comp), failures: ComponentResult['failures'] = [];
  let lps = 0, own = 0;
  if (comp.rowLower.length > 0 && n <= WHOLE_PUSH) {
    const lp = new GrowingLp(ix);
    await lp.add(comp.cells.keys());
    for (let round = 0; round < PUSH_ROUNDS; round++) await seen.push(lp);
    lps += lp.lps, lp.dispose();
  }
  for (let step = 0; step < n; step++) {
    const j = (startAt + step) % n;
    if (seen.settled(j)) continue;
    own++;
    // a range lies within the bounds, so bounds closer than required (a cell pinned by a relation where it is the only
    // hidden cell) fail without an LP; with no rows, the bounds are the range
    if (upper[j]! - lower[j]! < req[j]! - AUDIT_TOLERANCE || comp.rowLower.length === 0) {
      const binding = [comp.lowerRelation[j]!, comp.upperRelation[j]!].filter((r) => r >= 0);
      if (upper[j]! - lower[j]! < req[j]! - AUDIT_TOLERANCE) failures.push({ index: j, lo: lower[j]!, hi: upper[j]!, binding });
      continue;
    }
    const range = await cellRange(ix, j, seen, START_SIZE);
    lps += range.lps;
    if (!range.failed) continue;
    const cert = range.exact ? await bindingRelations(ix, j, range.lo, range.hi, START_SIZE) : { relations: [], lps: 0 };
    failures.push({ index: j, lo: range.lo, hi: range.hi, binding: cert.relations }), lps += cert.lps;
  }
  return { failures, settledCheaply: n - own, lps };
}
