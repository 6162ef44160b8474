import { AUDIT_TOLERANCE } from './audit-tolerance.ts';
import { ballLp } from './ball-lp.ts';
import type { ComponentLp } from './components.ts';
import { ComponentSolver } from './component-solver.ts';
import { varRows } from './var-rows.ts';
import { seededRandom } from './seeded-random.ts';

export interface ComponentResult {
  /** Local variable index and an interval containing its feasible range (exact when found by the whole-component LPs). */
  failures: { index: number; lo: number; hi: number }[];
  settledCheaply: number;
  lps: number;
}

/** Neighbourhood sizes tried before the whole component: most cells are settled, or refuted, close by. */
const BALL_SIZES = process.env.SDC_BALLS ? process.env.SDC_BALLS.split(",").map(Number) : [120, 1000, 6000];

/**
 * Audits one component: every variable's feasible range must be at least `required` wide.
 * Any two feasible points bound a range from inside, so a cell whose values across solutions found so far differ by its
 * requirement is safe; the true values are the first such point. Around each unsettled cell, LPs on a neighbourhood
 * with the rest fixed at true values (so their solutions are feasible points) push all unsettled cells there up, then
 * down, then this cell alone; if it is still unsettled, the neighbourhood without the rows leaving it (a relaxation)
 * can prove that it fails. Undecided cells go to larger neighbourhoods and finally to exact LPs on the whole component.
 */
export async function auditComponent(comp: ComponentLp, seed = 1): Promise<ComponentResult> {
  const n = comp.cells.length;
  const { truth, required: req } = comp;
  const seenMin = truth.slice(), seenMax = truth.slice();
  const failed = new Uint8Array(n), own = new Uint8Array(n);
  const failures: ComponentResult['failures'] = [];
  const settled = (v: number) => seenMax[v]! - seenMin[v]! >= req[v]! - AUDIT_TOLERANCE;
  const fail = (v: number, lo: number, hi: number) => (failed[v] = 1, failures.push({ index: v, lo, hi }));
  const open = () => [...failed.keys()].filter((v) => !failed[v] && !settled(v));
  let lps = 0;
  const random = seededRandom(seed);

  /** Minimises Σ ±x over `targets` (capped where each would be settled) on `lp`; records the solution; returns its value. */
  const solve = async (s: ComponentSolver, lp: ComponentLp, vars: Int32Array, targets: number[], dir: boolean | (() => boolean), record = true) => {
    const cost = new Float64Array(vars.length), lo = lp.lower.slice(), hi = lp.upper.slice();
    for (const i of targets) {
      const v = vars[i]!;
      const up = typeof dir === 'boolean' ? dir : dir();
      cost[i] = up ? -1 : 1;
      if (up) hi[i] = Math.min(hi[i]!, seenMin[v]! + req[v]!);
      else lo[i] = Math.max(lo[i]!, seenMax[v]! - req[v]!);
    }
    const x = await s.solve(cost, lo, hi);
    if (x && record) {
      vars.forEach((v, i) => (seenMin[v] = Math.min(seenMin[v]!, x[i]!), seenMax[v] = Math.max(seenMax[v]!, x[i]!)));
    }
    return x;
  };
  for (let v = 0; v < n; v++) if (comp.upper[v]! - comp.lower[v]! < req[v]! - AUDIT_TOLERANCE) fail(v, comp.lower[v]!, comp.upper[v]!);
  // without rows a variable ranges over exactly its bounds
  if (comp.rowLower.length === 0) return { failures, settledCheaply: n - failures.length, lps };
  const rowsOf = varRows(comp);
  for (const size of [...BALL_SIZES.filter((s) => s < n), n]) {
    const whole = size >= n;
    const all = Int32Array.from(comp.cells.keys());
    const shared = whole ? new ComponentSolver(comp) : undefined;
    if (process.env.SDC_DEBUG && n > 500) console.error('  level', size, 'open', open().length, 'lps', lps);
    for (const j of open()) {
      if (settled(j) || failed[j]) continue;
      const ball = whole ? undefined : ballLp(comp, rowsOf, j, size);
      const lp = ball?.inner ?? comp, vars = ball?.vars ?? all, i = ball ? 0 : j;
      const inner = shared ?? new ComponentSolver(lp);
      const dbg: number[] = [vars.length];
      const dirs = (process.env.SDC_DIRS ?? 'ud').split('').map((c) => (c === 'u' ? true : c === 'd' ? false : () => random() < 0.5));
      for (const up of dirs) {
        const t = [...vars.keys()].filter((k) => !settled(vars[k]!) && !failed[vars[k]!]);
        dbg.push(t.length);
        if (!settled(j)) await solve(inner, lp, vars, t, up);
      }
      dbg.push([...vars.keys()].filter((k) => !settled(vars[k]!) && !failed[vars[k]!]).length);
      if (process.env.SDC_DEBUG2) (globalThis as any).__dbg ??= [], (globalThis as any).__dbg.push([dbg[1]! - dbg[dbg.length - 1]!, settled(j) ? 1 : 0]);
      if (process.env.SDC_DEBUG2 && (globalThis as any).__dbg.length % 100 === 0) { const d = (globalThis as any).__dbg.slice(-100); console.error('balls', (globalThis as any).__dbg.length, 'avg newly', d.reduce((a: number, b: number[]) => a + b[0]!, 0) / 100, 'j settled by push', d.reduce((a: number, b: number[]) => a + b[1]!, 0), 'open', open().length, 'lps', lps); }
      let xMax: Float64Array | null = null, xMin: Float64Array | null = null;
      if (!settled(j)) own[j] = 1, xMax = await solve(inner, lp, vars, [i], true);
      if (!settled(j)) xMin = await solve(inner, lp, vars, [i], false);
      if (!shared) lps += inner.lps, inner.dispose();
      if (settled(j)) continue;
      if (whole) {
        // an LP that failed even on a fresh instance leaves the cell unproven: report it, never pass it
        fail(j, xMin ? xMin[i]! : seenMin[j]!, xMax ? xMax[i]! : seenMax[j]!);
        continue;
      }
      // relaxation solutions are not feasible points, so they are not recorded
      const outer = new ComponentSolver(ball!.outer);
      const oMax = await solve(outer, ball!.outer, vars, [0], true, false);
      const oMin = oMax && (await solve(outer, ball!.outer, vars, [0], false, false));
      lps += outer.lps, outer.dispose();
      if (oMax && oMin && oMax[0]! - oMin[0]! < req[j]! - AUDIT_TOLERANCE) fail(j, oMin[0]!, oMax[0]!);
    }
    if (shared) lps += shared.lps, shared.dispose();
    if (open().length === 0) break;
  }
  let cheap = 0;
  for (let v = 0; v < n; v++) if (!failed[v] && !own[v]) cheap++;
  return { failures: failures.sort((a, b) => a.index - b.index), settledCheaply: cheap, lps };
}
