import type { ComponentLp } from './components.ts';

/**
 * A neighbourhood of `start`: up to `size` variables in breadth-first order over shared rows, and two LPs on it.
 * `inner` keeps every row touching the ball with outside variables fixed at their true values: a restriction, so its
 * solutions are feasible for the whole component and widths it shows are real. `outer` keeps only rows lying wholly
 * inside the ball: a relaxation, so a range it gives contains the true range and a width it refutes is really missing.
 */
export function ballLp(
  comp: ComponentLp, rowsOf: { starts: Int32Array; list: Int32Array }, start: number, size: number,
): { vars: Int32Array; inner: ComponentLp; outer: ComponentLp } {
  const local = new Map<number, number>([[start, 0]]);
  const vars = [start];
  const rowSeen = new Set<number>();
  for (let q = 0; q < vars.length && vars.length < size; q++) {
    const v = vars[q]!;
    for (let k = rowsOf.starts[v]!; k < rowsOf.starts[v + 1]! && vars.length < size; k++) {
      const r = rowsOf.list[k]!;
      if (rowSeen.has(r)) continue;
      rowSeen.add(r);
      for (let i = comp.starts[r]!; i < comp.starts[r + 1]! && vars.length < size; i++) {
        const w = comp.vars[i]!;
        if (!local.has(w)) local.set(w, vars.push(w) - 1);
      }
    }
  }
  const touching = new Set<number>();
  for (const v of vars) for (let k = rowsOf.starts[v]!; k < rowsOf.starts[v + 1]!; k++) touching.add(rowsOf.list[k]!);
  const pick = <T extends Float64Array>(a: T) => Float64Array.from(vars, (v) => a[v]!);
  const build = (wholeOnly: boolean): ComponentLp => {
    const starts = [0], idx: number[] = [], coefs: number[] = [], lo: number[] = [], hi: number[] = [];
    for (const r of [...touching].sort((a, b) => a - b)) {
      let fixed = 0, inside = 0;
      for (let i = comp.starts[r]!; i < comp.starts[r + 1]!; i++) if (local.has(comp.vars[i]!)) inside++;
      if (wholeOnly && inside < comp.starts[r + 1]! - comp.starts[r]!) continue;
      for (let i = comp.starts[r]!; i < comp.starts[r + 1]!; i++) {
        const l = local.get(comp.vars[i]!);
        if (l === undefined) fixed += comp.coefs[i]! * comp.truth[comp.vars[i]!]!;
        else idx.push(l), coefs.push(comp.coefs[i]!);
      }
      starts.push(idx.length), lo.push(comp.rowLower[r]! - fixed), hi.push(comp.rowUpper[r]! - fixed);
    }
    return {
      cells: Int32Array.from(vars, (v) => comp.cells[v]!), truth: pick(comp.truth), required: pick(comp.required),
      lower: pick(comp.lower), upper: pick(comp.upper), starts: Int32Array.from(starts), vars: Int32Array.from(idx),
      coefs: Float64Array.from(coefs), rowLower: Float64Array.from(lo), rowUpper: Float64Array.from(hi),
    };
  };
  return { vars: Int32Array.from(vars), inner: build(false), outer: build(true) };
}
