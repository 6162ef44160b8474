import type { ComponentLp } from './components.ts';

/** Rows of each variable of a component (CSR), shortest rows first so that neighbourhoods grow along tight relations. */
export function varRows(comp: ComponentLp): { starts: Int32Array; list: Int32Array } {
  const n = comp.cells.length, rows = comp.rowLower.length;
  const starts = new Int32Array(n + 1);
  for (const v of comp.vars) starts[v + 1]!++;
  for (let v = 0; v < n; v++) starts[v + 1]! += starts[v]!;
  const fill = starts.slice(0, -1);
  const list = new Int32Array(comp.vars.length);
  const bySize = [...Array(rows).keys()].sort((a, b) => comp.starts[a + 1]! - comp.starts[a]! - (comp.starts[b + 1]! - comp.starts[b]!) || a - b);
  for (const r of bySize) for (let k = comp.starts[r]!; k < comp.starts[r + 1]!; k++) list[fill[comp.vars[k]!]!++] = r;
  return { starts, list };
}
