import type { ComponentIndex } from './component-index.ts';

/** Up to `size` variables around `start`, breadth-first over shared rows, shortest rows first. */
export function ballVars(ix: ComponentIndex, start: number, size: number): number[] {
  const { comp, rowStarts, rowList } = ix;
  const seen = new Set<number>([start]), rowSeen = new Set<number>();
  const vars = [start];
  for (let q = 0; q < vars.length && vars.length < size; q++) {
    const v = vars[q]!;
    for (let k = rowStarts[v]!; k < rowStarts[v + 1]! && vars.length < size; k++) {
      const r = rowList[k]!;
      if (rowSeen.has(r)) continue;
      rowSeen.add(r);
      for (let i = comp.starts[r]!; i < comp.starts[r + 1]! && vars.length < size; i++) {
        const w = comp.vars[i]!;
        if (!seen.has(w)) seen.add(w), vars.push(w);
      }
    }
  }
  return vars;
}
