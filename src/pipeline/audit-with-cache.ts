import type { ComponentResult } from './audit-component.ts';
import { components } from './components.ts';
import { hiddenSystem } from './hidden-system.ts';
import { propagateBounds } from './propagate-bounds.ts';
import type { AuditFailure, AuditReport, CellStatus, ReleaseModel } from './release-model.ts';
import { runComponents } from './run-components.ts';

export interface AuditOptions {
  threshold: number;
  seed?: number;
  /** Worker threads; by default 2 when the hidden system is large, none (solve in this thread) when small. */
  workers?: number;
}

/**
 * The audit, reusing results of components seen before: a component is the same LP whenever its set of hidden cells
 * is the same, because any change to a relation it touches (a cell there newly hidden) would join that cell to it.
 * Report counters cover all components of this status, cached or not; `seconds` is this call's time.
 */
export async function auditWithCache(
  model: ReleaseModel, status: Uint8Array, opts: AuditOptions, cache = new Map<string, ComponentResult>(),
): Promise<AuditReport> {
  const start = performance.now();
  const sys = hiddenSystem(model, status, opts.threshold);
  propagateBounds(sys);
  const comps = components(sys);
  const keys = comps.map((c) => c.cells.join(','));
  const todo = comps.flatMap((_, i) => (cache.has(keys[i]!) ? [] : [i]));
  const seed = opts.seed ?? 1;
  const workers = opts.workers ?? (sys.cellOfVar.length > 5000 ? 2 : 0);
  const fresh = await runComponents(todo.map((i) => comps[i]!), workers);
  todo.forEach((i, k) => cache.set(keys[i]!, fresh[k]!));
  const current = new Set(keys);
  for (const key of cache.keys()) if (!current.has(key)) cache.delete(key);
  const failures: AuditFailure[] = [];
  let settledCheaply = 0, lps = 0, largest = 0;
  comps.forEach((c, i) => {
    const r = cache.get(keys[i]!)!;
    settledCheaply += r.settledCheaply, lps += r.lps, largest = Math.max(largest, c.cells.length);
    for (const f of r.failures) {
      const cell = c.cells[f.index]!;
      failures.push({ cell, label: model.labels[cell] ?? String(cell), status: status[cell] as CellStatus, lo: f.lo, hi: f.hi, required: c.required[f.index]! });
    }
  });
  failures.sort((a, b) => a.cell - b.cell);
  return {
    ok: failures.length === 0, cells: model.values.length, hidden: sys.cellOfVar.length, components: comps.length,
    largestComponent: largest, settledCheaply, lps, seconds: (performance.now() - start) / 1000, failures,
  };
}
