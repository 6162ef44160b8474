import { AUDIT_TOLERANCE } from './audit-tolerance.ts';
import { componentIndex } from './component-index.ts';
import type { ComponentLp } from './components.ts';
import { pricedExtreme } from './priced-extreme.ts';
import { GrowingLp } from './growing-lp.ts';
import { seededRandom } from './seeded-random.ts';

export interface ComponentResult {
  /** Local variable index, its exact feasible range, and the relations holding it in. */
  failures: { index: number; lo: number; hi: number; binding: number[] }[];
  settledCheaply: number;
  lps: number;
}

const env = (name: string, fallback: number[]) => (process.env[name] ? process.env[name]!.split(',').map(Number) : fallback);
/** Largest component and rounds for shared push LPs; size a cell's own LPs start from (column generation grows it). */
const [PUSH_SIZE = 2000, PUSH_ROUNDS = 3, START_SIZE = 60] = env('SDC_PUSH', [2000, 3, 60]);

/**
 * Audits one component: every variable's feasible range must be at least `required` wide.
 * Any two feasible points bound a range from inside, so a cell whose values across the points found so far differ by
 * its requirement is safe; the true values are the first point. Each cell still unsettled gets its own max and then
 * min, by column generation (exact for the whole component, see pricedExtreme), capped where it would be settled.
 * Every solution of those LPs is a feasible point for all cells, which settles most cells without LPs of their own.
 * `skip` marks cells not to check here: already proven safe (by the audit of a status that hid a subset of these
 * cells; hiding more only widens ranges), or checked by another worker.
 */
export async function auditComponent(comp: ComponentLp, skip?: Uint8Array, seed = 1): Promise<ComponentResult> {
  const n = comp.cells.length;
  const { truth, required: req } = comp;
  const seenMin = truth.slice(), seenMax = truth.slice();
  const failures: ComponentResult['failures'] = [];
  const settled = (v: number) => skip?.[v] === 1 || seenMax[v]! - seenMin[v]! >= req[v]! - AUDIT_TOLERANCE;
  const record = (vars: readonly number[], x: Float64Array) =>
    vars.forEach((v, i) => (seenMin[v] = Math.min(seenMin[v]!, x[i]!), seenMax[v] = Math.max(seenMax[v]!, x[i]!)));
  let lps = 0, own = 0;
  const ix = componentIndex(comp);
  const random = seededRandom(seed);
  // shared pushes pay off on small components; on large ones LPs on neighbourhoods settle too few cells per LP
  if (comp.rowLower.length > 0 && n <= PUSH_SIZE) {
    {
      const lp = new GrowingLp(ix);
      await lp.add(comp.cells.keys());
      for (let round = 0; round < PUSH_ROUNDS; round++) {
        const cost = new Map<number, number>(), clamp = new Map<number, [number, number]>();
        for (const v of lp.vars) {
          if (settled(v)) continue;
          // capped where the cell would be settled: bounded, and no effort spent beyond what is needed
          if (random() < 0.5) cost.set(v, -1), clamp.set(v, [-Infinity, seenMin[v]! + req[v]!]);
          else cost.set(v, 1), clamp.set(v, [seenMax[v]! - req[v]!, Infinity]);
        }
        if (cost.size === 0) break;
        const x = await lp.solve(cost, clamp);
        if (x) record(lp.vars, x);
      }
      lps += lp.lps, lp.dispose();
    }
  }
  if (process.env.SDC_DEBUG && n > 500) console.error('  after push', [...seenMin.keys()].filter((v) => !settled(v)).length, 'lps', lps);
  for (let j = 0; j < n; j++) {
    if (settled(j)) continue;
    own++;
    // a range lies within the bounds, so bounds closer than required (a cell pinned by a relation where it is the only
    // hidden cell) fail without an LP; with no rows, the bounds are the range
    if (comp.upper[j]! - comp.lower[j]! < req[j]! - AUDIT_TOLERANCE || comp.rowLower.length === 0) {
      const binding = [comp.lowerRelation[j]!, comp.upperRelation[j]!].filter((r) => r >= 0);
      if (comp.upper[j]! - comp.lower[j]! < req[j]! - AUDIT_TOLERANCE) failures.push({ index: j, lo: comp.lower[j]!, hi: comp.upper[j]!, binding });
      continue;
    }
    const hi = await pricedExtreme(ix, j, true, seenMin[j]! + req[j]!, START_SIZE, record);
    lps += hi.lps;
    if (settled(j)) continue;
    const lo = await pricedExtreme(ix, j, false, seenMax[j]! - req[j]!, START_SIZE, record);
    lps += lo.lps;
    if (settled(j)) continue;
    // an LP HiGHS could not solve even on a fresh instance leaves the cell unproven: report it, never pass it
    const binding = [...new Set([...hi.binding, ...lo.binding])].sort((a, b) => a - b);
    failures.push({ index: j, lo: lo.exact ? lo.value : seenMin[j]!, hi: hi.exact ? hi.value : seenMax[j]!, binding });
  }
  return { failures, settledCheaply: n - own, lps };
}
