import type { ComponentLp } from './components.ts';

export interface ComponentIndex {
  comp: ComponentLp;
  /** Rows of each variable (CSR), shortest rows first so that neighbourhoods grow along tight relations. */
  rowStarts: Int32Array;
  rowList: Int32Array;
  /** Coefficient of the variable in each row of rowList. */
  rowCoefs: Float64Array;
  /** Row bounds minus the row's activity at the true values: the bounds on A·(x − truth). */
  shiftedLower: Float64Array;
  shiftedUpper: Float64Array;
  /** Rows an LP includes from the start: equalities and inequalities with little slack at the true values. */
  eager: Uint8Array;
}

/** Inequalities with more slack than this at the true values are left out of LPs until a solution violates them. */
const LAZY_SLACK = 16;

/** Indexes a component for neighbourhood LPs. */
export function componentIndex(comp: ComponentLp): ComponentIndex {
  const n = comp.cells.length, rows = comp.rowLower.length;
  const rowStarts = new Int32Array(n + 1);
  for (const v of comp.vars) rowStarts[v + 1]!++;
  for (let v = 0; v < n; v++) rowStarts[v + 1]! += rowStarts[v]!;
  const fill = rowStarts.slice(0, -1);
  const rowList = new Int32Array(comp.vars.length), rowCoefs = new Float64Array(comp.vars.length);
  const len = (r: number) => comp.starts[r + 1]! - comp.starts[r]!;
  const bySize = [...Array(rows).keys()].sort((a, b) => len(a) - len(b) || a - b);
  for (const r of bySize) {
    for (let k = comp.starts[r]!; k < comp.starts[r + 1]!; k++) {
      const at = fill[comp.vars[k]!]!++;
      rowList[at] = r, rowCoefs[at] = comp.coefs[k]!;
    }
  }
  const shiftedLower = new Float64Array(rows), shiftedUpper = new Float64Array(rows), eager = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    let act = 0;
    for (let k = comp.starts[r]!; k < comp.starts[r + 1]!; k++) act += comp.coefs[k]! * comp.truth[comp.vars[k]!]!;
    shiftedLower[r] = comp.rowLower[r]! - act, shiftedUpper[r] = comp.rowUpper[r]! - act;
    eager[r] = Math.min(-shiftedLower[r]!, shiftedUpper[r]!) < LAZY_SLACK ? 1 : 0;
  }
  return { comp, rowStarts, rowList, rowCoefs, shiftedLower, shiftedUpper, eager };
}
