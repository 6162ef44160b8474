import { ballVars } from './ball-vars.ts';
import type { ComponentIndex } from './component-index.ts';
import { GrowingLp } from './growing-lp.ts';
import { pricedExtreme } from './priced-extreme.ts';

/**
 * The relations holding a failing cell's range [lo, hi] in, from the duals of its exact max and min LPs. Each LP is
 * built afresh from the same start, so the answer depends only on the component and the cell (not on which worker
 * got there first or what it solved before): suppression stays deterministic.
 */
export async function bindingRelations(ix: ComponentIndex, j: number, lo: number, hi: number, startSize: number): Promise<{ relations: number[]; lps: number }> {
  const out = new Set<number>();
  let lps = 0;
  for (const up of [true, false]) {
    const lp = new GrowingLp(ix);
    try {
      await lp.add(ballVars(ix, j, startSize));
      // a bound beyond the known extreme is never reached, so the LP runs to that extreme
      const r = await pricedExtreme(lp, j, up, up ? hi + 1 : lo - 1, () => {});
      for (const rel of r.binding) out.add(rel);
    } finally {
      lps += lp.lps, lp.dispose();
    }
  }
  return { relations: [...out].sort((a, b) => a - b), lps };
}
