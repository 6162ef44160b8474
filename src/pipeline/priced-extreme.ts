import { AUDIT_TOLERANCE } from './audit-tolerance.ts';
import { ballVars } from './ball-vars.ts';
import type { ComponentIndex } from './component-index.ts';
import { GrowingLp } from './growing-lp.ts';

/**
 * The exact maximum (`up`) or minimum of variable `j` over a component, or proof that it reaches `bound`, by column
 * generation: solve on a small neighbourhood with everything outside fixed at the true values, then price the outside
 * variables with the row duals; those that could improve the optimum join and it is solved again. When none can, the
 * neighbourhood's optimum meets the optimality conditions of the whole component, so it is the component's optimum.
 * Every solution is a feasible point of the component and goes to `onPoint`. At an exact optimum short of `bound`,
 * `binding` lists the relations that hold it there.
 */
export async function pricedExtreme(
  ix: ComponentIndex, j: number, up: boolean, bound: number, startSize: number,
  onPoint: (vars: readonly number[], x: Float64Array) => void,
): Promise<{ value: number; reached: boolean; exact: boolean; lps: number; binding: number[] }> {
  const lp = new GrowingLp(ix);
  try {
    await lp.add(ballVars(ix, j, startSize));
    const cost = new Map([[j, up ? -1 : 1]]);
    const clamp = new Map<number, [number, number]>([[j, up ? [-Infinity, bound] : [bound, Infinity]]]);
    for (;;) {
      const x = await lp.solve(cost, clamp);
      if (!x) return { value: NaN, reached: false, exact: false, lps: lp.lps, binding: [] };
      onPoint(lp.vars, x);
      const value = x[lp.vars.indexOf(j)]!;
      if (up ? value >= bound - AUDIT_TOLERANCE : value <= bound + AUDIT_TOLERANCE) return { value, reached: true, exact: true, lps: lp.lps, binding: [] };
      const joining = lp.joining();
      if (joining.length === 0) return { value, reached: false, exact: true, lps: lp.lps, binding: lp.binding() };
      await lp.add(joining);
    }
  } finally {
    lp.dispose();
  }
}
