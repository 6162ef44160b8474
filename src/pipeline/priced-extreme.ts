import { AUDIT_TOLERANCE } from './audit-tolerance.ts';
import type { GrowingLp } from './growing-lp.ts';

/**
 * The exact maximum (`up`) or minimum of variable `j` over a component, or proof that it reaches `bound`, by column
 * generation on `lp` (which must hold j): solve with everything outside fixed at the true values, then price the
 * outside variables with the row duals; those that could improve the optimum join and it is solved again. When none
 * can, the optimum meets the optimality conditions of the whole component, so it is the component's optimum.
 * Every solution is a feasible point of the component and goes to `onPoint`. At an exact optimum short of `bound`,
 * `binding` lists the relations that hold it there.
 */
export async function pricedExtreme(
  lp: GrowingLp, j: number, up: boolean, bound: number, onPoint: (vars: readonly number[], x: Float64Array) => void,
): Promise<{ value: number; reached: boolean; exact: boolean; binding: number[] }> {
  const cost = new Map([[j, up ? -1 : 1]]);
  const clamp = new Map<number, [number, number]>([[j, up ? [-Infinity, bound] : [bound, Infinity]]]);
  for (;;) {
    const x = await lp.solve(cost, clamp);
    if (!x) return { value: NaN, reached: false, exact: false, binding: [] };
    onPoint(lp.vars, x);
    const value = x[lp.vars.indexOf(j)]!;
    if (up ? value >= bound - AUDIT_TOLERANCE : value <= bound + AUDIT_TOLERANCE) return { value, reached: true, exact: true, binding: [] };
    const joining = lp.joining();
    if (joining.length === 0) return { value, reached: false, exact: true, binding: lp.binding() };
    await lp.add(joining);
  }
}
