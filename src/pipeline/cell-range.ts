import { ballVars } from './ball-vars.ts';
import type { ComponentIndex } from './component-index.ts';
import { GrowingLp } from './growing-lp.ts';
import { pricedExtreme } from './priced-extreme.ts';

/** What a component audit knows so far: the spread of each cell over the feasible points found. */
export interface Seen {
  min: Float64Array;
  max: Float64Array;
  settled(v: number): boolean;
  record(vars: readonly number[], x: Float64Array): void;
  /** Moves the unsettled cells of an LP towards being settled, in random directions; records the point. */
  push(lp: GrowingLp): Promise<void>;
}

/**
 * Settles cell j or finds its exact range: its own max and min LPs by column generation on one neighbourhood, each
 * capped where j would be settled, each followed by a push of the neighbours (the neighbourhood grown for j is a cheap
 * place to move them too). When j fails, its range is exact unless HiGHS could not solve an LP.
 */
export async function cellRange(
  ix: ComponentIndex, j: number, seen: Seen, startSize: number,
): Promise<{ failed: boolean; lo: number; hi: number; exact: boolean; lps: number }> {
  const { comp } = ix, req = comp.required[j]!;
  const lp = new GrowingLp(ix);
  try {
    await lp.add(ballVars(ix, j, startSize));
    const extreme = async (up: boolean) => {
      const r = await pricedExtreme(lp, j, up, up ? seen.min[j]! + req : seen.max[j]! - req, (vars, x) => seen.record(vars, x));
      await seen.push(lp);
      return r;
    };
    // near its lower bound a cell can only gain width upwards, and needs less of it once its minimum is known
    const downFirst = comp.truth[j]! - comp.lower[j]! < req;
    const first = await extreme(!downFirst);
    const pass = () => ({ failed: false, lo: NaN, hi: NaN, exact: true, lps: lp.lps });
    if (seen.settled(j)) return pass();
    const second = await extreme(downFirst);
    if (seen.settled(j)) return pass();
    const [lo, hi] = downFirst ? [first, second] : [second, first];
    // an LP HiGHS could not solve even on a fresh instance leaves the cell unproven: report it, never pass it
    return { failed: true, lo: lo.exact ? lo.value : seen.min[j]!, hi: hi.exact ? hi.value : seen.max[j]!, exact: lo.exact && hi.exact, lps: lp.lps };
  } finally {
    lp.dispose();
  }
}
