import type { HiddenSystem } from './hidden-system.ts';
import type { CellAreas } from './release-model.ts';

/** One independent block of the audit: its own variables (local indices) and rows, plain arrays so it can go to a worker. */
export interface ComponentLp {
  cells: Int32Array;
  truth: Float64Array;
  required: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  starts: Int32Array;
  vars: Int32Array;
  coefs: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** Model relation behind each row and each variable bound (−1 for none), to report what holds a range in. */
  rowRelation: Int32Array;
  lowerRelation: Int32Array;
  upperRelation: Int32Array;
  /** County and peer group of each variable's cell (CellAreas), or null when the model has none. */
  county: Int32Array | null;
  group: Int32Array | null;
  slice: Int32Array | null;
}

/** Splits a hidden system into connected components (variables linked by sharing a row), ordered by first cell. */
export function components(sys: HiddenSystem, areas?: CellAreas): ComponentLp[] {
  const n = sys.cellOfVar.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]!]!;
    return v;
  };
  const rows = sys.starts.length - 1;
  for (let r = 0; r < rows; r++) {
    const a = find(sys.vars[sys.starts[r]!]!);
    for (let k = sys.starts[r]! + 1; k < sys.starts[r + 1]!; k++) {
      const b = find(sys.vars[k]!);
      if (a !== b) parent[b] = a;
    }
  }
  const compOf = new Int32Array(n);
  const local = new Int32Array(n);
  const members: number[][] = [];
  const rootIndex = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    const root = find(v);
    let c = rootIndex.get(root);
    if (c === undefined) rootIndex.set(root, (c = members.push([]) - 1));
    compOf[v] = c;
    local[v] = members[c]!.push(v) - 1;
  }
  const rowsOf: number[][] = members.map(() => []);
  for (let r = 0; r < rows; r++) rowsOf[compOf[sys.vars[sys.starts[r]!]!]!]!.push(r);
  return members.map((vs, c) => {
    const starts = [0], vars: number[] = [], coefs: number[] = [], lo: number[] = [], hi: number[] = [], rel: number[] = [];
    for (const r of rowsOf[c]!) {
      for (let k = sys.starts[r]!; k < sys.starts[r + 1]!; k++) vars.push(local[sys.vars[k]!]!), coefs.push(sys.coefs[k]!);
      starts.push(vars.length), lo.push(sys.rowLower[r]!), hi.push(sys.rowUpper[r]!), rel.push(sys.rowRelation[r]!);
    }
    const truth = Float64Array.from(vs, (v) => sys.truth[v]!);
    return {
      cells: Int32Array.from(vs, (v) => sys.cellOfVar[v]!),
      truth,
      required: Float64Array.from(vs, (v) => sys.required[v]!),
      lower: Float64Array.from(vs, (v) => sys.lower[v]!),
      upper: Float64Array.from(vs, (v) => sys.upper[v]!),
      starts: Int32Array.from(starts), vars: Int32Array.from(vars), coefs: Float64Array.from(coefs),
      rowLower: Float64Array.from(lo), rowUpper: Float64Array.from(hi), rowRelation: Int32Array.from(rel),
      lowerRelation: Int32Array.from(vs, (v) => sys.lowerRelation[v]!), upperRelation: Int32Array.from(vs, (v) => sys.upperRelation[v]!),
      county: areas ? Int32Array.from(vs, (v) => areas.county[sys.cellOfVar[v]!]!) : null,
      group: areas ? Int32Array.from(vs, (v) => areas.group[sys.cellOfVar[v]!]!) : null,
      slice: areas ? Int32Array.from(vs, (v) => areas.slice[sys.cellOfVar[v]!]!) : null,
    };
  });
}
