import { AUDIT_TOLERANCE } from './audit-tolerance.ts';
import { ballLp } from './ball-lp.ts';
import type { ComponentLp } from './components.ts';
import { ComponentSolver } from './component-solver.ts';
import { seededRandom } from './seeded-random.ts';
import { varRows } from './var-rows.ts';

export interface ComponentResult {
  /** Local variable index and an interval containing its feasible range (exact when found by whole-component LPs). */
  failures: { index: number; lo: number; hi: number }[];
  settledCheaply: number;
  lps: number;
}

const env = (name: string, fallback: number[]) => (process.env[name] ? process.env[name]!.split(',').map(Number) : fallback);
/** Neighbourhood size for shared push LPs, and sizes tried per cell before the whole component. */
const [PUSH_SIZE = 1000, PUSH_ROUNDS = 3] = env('SDC_PUSH', [1000, 3]);
const DECIDE_SIZES = env('SDC_BALLS', [150, 1000, 5000]);

/**
 * Audits one component: every variable's feasible range must be at least `required` wide.
 * Any two feasible points bound a range from inside, so a cell whose values across the points found so far differ by
 * its requirement is safe; the true values are the first point. LPs on a neighbourhood with everything outside fixed
 * at the true values (a restriction: its solutions are feasible points) first push all unsettled cells there in random
 * directions, then move the one cell alone; the same neighbourhood without the rows leaving it (a relaxation: its
 * range contains the true one) can prove that a cell fails. Undecided cells go to larger neighbourhoods and finally to
 * exact min/max LPs on the whole component.
 */
export async function auditComponent(comp: ComponentLp, seed: number): Promise<ComponentResult> {
  const n = comp.cells.length;
  const { truth, required: req } = comp;
  const seenMin = truth.slice(), seenMax = truth.slice();
  const failed = new Uint8Array(n), own = new Uint8Array(n);
  const failures: ComponentResult['failures'] = [];
  const settled = (v: number) => seenMax[v]! - seenMin[v]! >= req[v]! - AUDIT_TOLERANCE;
  const fail = (v: number, lo: number, hi: number) => (failed[v] = 1, failures.push({ index: v, lo, hi }));
  const open = () => [...failed.keys()].filter((v) => !failed[v] && !settled(v));
  const random = seededRandom(seed);
  const T0 = performance.now();
  let lps = 0;

  /** Moves `targets` (LP indices) up or down on one LP, capped where each would be settled; records feasible points. */
  const move = async (s: ComponentSolver, lp: ComponentLp, vars: Int32Array, targets: number[], up: () => boolean, record: boolean) => {
    const cost = new Float64Array(vars.length), lo = lp.lower.slice(), hi = lp.upper.slice();
    for (const i of targets) {
      const v = vars[i]!;
      if (up()) cost[i] = -1, hi[i] = Math.min(hi[i]!, seenMin[v]! + req[v]!);
      else cost[i] = 1, lo[i] = Math.max(lo[i]!, seenMax[v]! - req[v]!);
    }
    const { x, optimal } = await s.solve(cost, lo, hi);
    if (x && record) vars.forEach((v, i) => (seenMin[v] = Math.min(seenMin[v]!, x[i]!), seenMax[v] = Math.max(seenMax[v]!, x[i]!)));
    return optimal ? x : null;
  };
  const unsettledIn = (vars: Int32Array) => [...vars.keys()].filter((i) => !settled(vars[i]!) && !failed[vars[i]!]);
  const push = async (s: ComponentSolver, lp: ComponentLp, vars: Int32Array) => {
    for (let round = 0; round < PUSH_ROUNDS; round++) {
      const targets = unsettledIn(vars);
      if (targets.length === 0) return;
      await move(s, lp, vars, targets, () => random() < 0.5, true);
    }
  };
  const up = () => true, down = () => false;

  for (let v = 0; v < n; v++) if (comp.upper[v]! - comp.lower[v]! < req[v]! - AUDIT_TOLERANCE) fail(v, comp.lower[v]!, comp.upper[v]!);
  // without rows a variable ranges over exactly its bounds
  if (comp.rowLower.length === 0) return { failures, settledCheaply: n - failures.length, lps };
  const rowsOf = varRows(comp), all = Int32Array.from(comp.cells.keys());
  const withSolver = async <T>(lp: ComponentLp, f: (s: ComponentSolver) => Promise<T>) => {
    const s = new ComponentSolver(lp);
    try {
      return await f(s);
    } finally {
      lps += s.lps, s.dispose();
    }
  };

  if (n <= PUSH_SIZE) await withSolver(comp, (s) => push(s, comp, all));
  else for (const j of open()) {
    if (settled(j)) continue;
    const ball = ballLp(comp, rowsOf, j, PUSH_SIZE);
    await withSolver(ball.inner, (s) => push(s, ball.inner, ball.vars));
  }

  if (process.env.SDC_DEBUG && n > 500) console.error('  after push open', open().length, 'lps', lps, performance.now() - T0);
  for (const size of [...DECIDE_SIZES.filter((s) => s < n), n]) {
    const whole = size >= n;
    const wholeSolver = whole ? new ComponentSolver(comp) : undefined;
    for (const j of open()) {
      if (settled(j) || failed[j]) continue;
      own[j] = 1;
      const ball = whole ? undefined : ballLp(comp, rowsOf, j, size);
      const lp = ball?.inner ?? comp, vars = ball?.vars ?? all, i = ball ? 0 : j;
      const decide = async (s: ComponentSolver) => {
        const xMax = await move(s, lp, vars, [i], up, true);
        const xMin = settled(j) ? null : await move(s, lp, vars, [i], down, true);
        // an LP that failed even on a fresh instance leaves the cell unproven: report it, never pass it
        if (whole && !settled(j)) fail(j, xMin ? xMin[i]! : seenMin[j]!, xMax ? xMax[i]! : seenMax[j]!);
      };
      if (wholeSolver) await decide(wholeSolver);
      else await withSolver(lp, decide);
      if (!ball || settled(j)) continue;
      // relaxation points are not feasible points, so they are not recorded
      const [oMax, oMin] = await withSolver(ball.outer, async (s) => [
        await move(s, ball.outer, vars, [0], up, false), await move(s, ball.outer, vars, [0], down, false)]);
      if (oMax && oMin && oMax[0]! - oMin[0]! < req[j]! - AUDIT_TOLERANCE) fail(j, oMin[0]!, oMax[0]!);
    }
    if (wholeSolver) lps += wholeSolver.lps, wholeSolver.dispose();
    if (process.env.SDC_DEBUG && n > 500) console.error('  after size', size, 'open', open().length, 'failed', failures.length, 'lps', lps, performance.now() - T0);
    if (open().length === 0) break;
  }
  let cheap = 0;
  for (let v = 0; v < n; v++) if (!failed[v] && !own[v]) cheap++;
  return { failures: failures.sort((a, b) => a.index - b.index), settledCheaply: cheap, lps };
}
