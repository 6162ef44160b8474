import { AUDIT_TOLERANCE } from './audit-tolerance.ts';
import { auditBlocks } from './audit-blocks.ts';
import { componentIndex } from './component-index.ts';
import type { ComponentLp } from './components.ts';
import { GrowingLp } from './growing-lp.ts';
import { seededRandom } from './seeded-random.ts';

export interface ComponentResult {
  /** Local variable index and the range found (exact when `exact`). */
  failures: { index: number; lo: number; hi: number; exact: boolean }[];
  settledCheaply: number;
  lps: number;
}

/**
 * Audits one component: every variable's feasible range must be at least `required` wide.
 * Any two feasible points bound a range from inside, so a cell whose values across the points found differ by its
 * requirement is safe; the true values are the first point. Points come from LPs over blocks of the component with
 * every variable outside the block held at its true value: a point feasible for a block is feasible for the whole
 * component, so a cell proven in a block is proven. Each block first pushes all its unsettled cells at once in random
 * directions, capped where each would be settled, then gives each still unsettled cell its own max and min LP.
 * Blocks come in tiers (auditBlocks); a cell still unsettled after the last tier fails. When its own LPs ran over the
 * whole component they are exact, and so is the failure's range; otherwise the cell is only unproven, and suppression
 * treats it as failing all the same (hiding more can only widen ranges).
 * `skip` marks cells already proven safe. The result depends only on the component, `skip` and `seed`.
 */
export async function auditComponent(comp: ComponentLp, skip?: Uint8Array, seed = 1): Promise<ComponentResult> {
  const n = comp.cells.length, { truth, required: req, lower, upper } = comp;
  const random = seededRandom(seed + comp.cells[0]!);
  const min = truth.slice(), max = truth.slice();
  const settled = (v: number) => skip?.[v] === 1 || max[v]! - min[v]! >= req[v]! - AUDIT_TOLERANCE;
  const record = (vars: readonly number[], x: Float64Array) => vars.forEach((v, i) => {
    if (x[i]! < min[v]!) min[v] = x[i]!;
    if (x[i]! > max[v]!) max[v] = x[i]!;
  });
  const failures: ComponentResult['failures'] = [];
  const open: number[] = [], dead = new Uint8Array(n), unsolved = new Uint8Array(n), exactFor = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    if (settled(v)) continue;
    // a range lies within the bounds, so bounds closer than required (a cell pinned by a relation where it is the
    // only hidden cell) fail without an LP; with no rows, the bounds are the range
    if (upper[v]! - lower[v]! < req[v]! - AUDIT_TOLERANCE || comp.rowLower.length === 0) {
      if (upper[v]! - lower[v]! < req[v]! - AUDIT_TOLERANCE) failures.push({ index: v, lo: lower[v]!, hi: upper[v]!, exact: true }), dead[v] = 1;
      else min[v] = lower[v]!, max[v] = upper[v]!;
      continue;
    }
    open.push(v);
  }
  const ix = componentIndex(comp);
  let lps = 0, own = 0;
  const isOpen = (v: number) => dead[v] === 0 && !settled(v);
  const tiers = auditBlocks(comp, open);
  for (const [t, tier] of tiers.entries()) {
    const t0 = performance.now(), lps0 = lps;
    for (const block of tier.blocks(isOpen)) {
      if (!block.vars.some(isOpen)) continue;
      const lp = new GrowingLp(ix);
      try {
        await lp.add(block.vars);
        for (let p = 0; p < tier.pushes; p++) {
          const cost = new Map<number, number>(), clamp = new Map<number, [number, number]>();
          for (const v of block.vars) {
            if (!isOpen(v)) continue;
            if (random() < 0.5) cost.set(v, -1), clamp.set(v, [-Infinity, min[v]! + req[v]!]);
            else cost.set(v, 1), clamp.set(v, [max[v]! - req[v]!, Infinity]);
          }
          if (cost.size === 0) break;
          const x = await lp.solve(cost, clamp);
          if (x) record(lp.vars, x);
        }
        for (const v of block.own) {
          if (!isOpen(v)) continue;
          own++;
          if (tier.whole) exactFor[v] = 1;
          // near its lower bound a cell can only gain width upwards
          const upFirst = truth[v]! - lower[v]! < req[v]!;
          for (const up of [upFirst, !upFirst]) {
            if (settled(v)) break;
            const cap: [number, number] = up ? [-Infinity, min[v]! + req[v]!] : [max[v]! - req[v]!, Infinity];
            const x = await lp.solve(new Map([[v, up ? -1 : 1]]), new Map([[v, cap]]));
            if (x) record(lp.vars, x);
            else unsolved[v] = 1;
          }
        }
      } finally {
        lps += lp.lps, lp.dispose();
      }
    }
    if (process.env.SDC_DEBUG) console.error(`  component ${n}: tier ${t} ${((performance.now() - t0) / 1000).toFixed(1)} s, ${lps - lps0} LPs, open ${open.filter(isOpen).length}`);
  }
  for (const v of open) {
    if (!settled(v)) failures.push({ index: v, lo: min[v]!, hi: max[v]!, exact: exactFor[v] === 1 && unsolved[v] === 0 });
  }
  failures.sort((a, b) => a.index - b.index);
  return { failures, settledCheaply: n - own, lps };
}
