import { PUBLISHED, type ReleaseModel } from './release-model.ts';
import { requiredWidth } from './witness.ts';

/**
 * What an attacker faces: hidden cells as variables, published cells folded into right-hand sides.
 * Rows are relations with at least two hidden cells; a relation with one hidden cell becomes a bound on it
 * (an equality pins it), and every cell is non-negative.
 */
export interface HiddenSystem {
  cellOfVar: Int32Array;
  varOfCell: Int32Array;
  truth: Float64Array;
  required: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  /** The relation that set each bound, or −1 (non-negativity, or no upper bound). */
  lowerRelation: Int32Array;
  upperRelation: Int32Array;
  /** CSR rows over variables: rowLower ≤ Σ coef·x ≤ rowUpper, and the relation each row comes from. */
  rowRelation: Int32Array;
  starts: Int32Array;
  vars: Int32Array;
  coefs: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
}

/** Reduces the release model to the linear system over hidden cells for a given status. */
export function hiddenSystem(model: ReleaseModel, status: Uint8Array, threshold: number): HiddenSystem {
  const n = model.values.length;
  const varOfCell = new Int32Array(n).fill(-1);
  const cells: number[] = [];
  for (let c = 0; c < n; c++) if (status[c] !== PUBLISHED) varOfCell[c] = cells.push(c) - 1;
  const cellOfVar = Int32Array.from(cells);
  const truth = Float64Array.from(cells, (c) => model.values[c]!);
  const required = Float64Array.from(cells, (c) => requiredWidth(status, c, threshold));
  const lower = new Float64Array(cells.length);
  const upper = new Float64Array(cells.length).fill(Infinity);
  const lowerRelation = new Int32Array(cells.length).fill(-1), upperRelation = new Int32Array(cells.length).fill(-1);
  const rowRelation: number[] = [];
  const starts = [0];
  const vars: number[] = [];
  const coefs: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  model.relations.forEach((rel, r) => {
    let rhs = 0;
    const at = vars.length;
    for (let k = 0; k < rel.cells.length; k++) {
      const v = varOfCell[rel.cells[k]!]!;
      if (v < 0) rhs -= rel.coefs[k]! * model.values[rel.cells[k]!]!;
      else vars.push(v), coefs.push(rel.coefs[k]!);
    }
    const count = vars.length - at;
    if (count === 1) {
      const v = vars.pop()!;
      const a = coefs.pop()!;
      const bound = rhs / a;
      if ((rel.op === '=' || a > 0) && bound > lower[v]!) lower[v] = bound, lowerRelation[v] = r;
      if ((rel.op === '=' || a < 0) && bound < upper[v]!) upper[v] = bound, upperRelation[v] = r;
    } else if (count > 1) {
      starts.push(vars.length);
      rowLower.push(rhs);
      rowUpper.push(rel.op === '=' ? rhs : Infinity);
      rowRelation.push(r);
    }
  });
  return {
    cellOfVar, varOfCell, truth, required, lower, upper, lowerRelation, upperRelation, rowRelation: Int32Array.from(rowRelation),
    starts: Int32Array.from(starts), vars: Int32Array.from(vars), coefs: Float64Array.from(coefs),
    rowLower: Float64Array.from(rowLower), rowUpper: Float64Array.from(rowUpper),
  };
}
