import { components } from './components.ts';
import { hiddenSystem } from './hidden-system.ts';
import type { AuditFailure, AuditReport, CellStatus, ReleaseModel } from './release-model.ts';
import { relationsOfCell } from './relations-of-cell.ts';
import { runComponents } from './run-components.ts';
import { AUDIT_TOLERANCE } from './audit-tolerance.ts';
import { requiredWidth, witnessedWidths, type Witness } from './witness.ts';

export interface AuditOptions {
  threshold: number;
  /** Seeds the random directions of the shared push LPs (they decide how fast cells are settled, and for large
   * components, which cells are proven rather than left unproven and hidden further). */
  seed?: number;
  /** Worker threads; by default 2 when many cells are hidden, none (solve in this thread) when few. */
  workers?: number;
  /** Feasible points found earlier (by suppression); those that hold for this status prove cells without LPs. */
  witnesses?: readonly Witness[];
}

/**
 * The audit, skipping cells in `proven` (per model cell) and marking every hidden cell it proves safe there.
 * Sound across statuses that only hide more cells: hiding more relaxes the attacker's system (a point feasible before,
 * with the newly hidden cells at their true values, is still feasible), so no range can shrink.
 */
export async function auditIncremental(
  model: ReleaseModel, status: Uint8Array, opts: AuditOptions, proven = new Uint8Array(model.values.length),
): Promise<AuditReport> {
  const start = performance.now();
  const sys = hiddenSystem(model, status, opts.threshold);
  if (opts.witnesses?.length) {
    const widths = witnessedWidths(model, status, relationsOfCell(model), opts.witnesses);
    for (const c of sys.cellOfVar) if (widths[c]! >= requiredWidth(status, c, opts.threshold) - AUDIT_TOLERANCE) proven[c] = 1;
  }
  const comps = components(sys, model.areas);
  const skips = comps.map((c) => Uint8Array.from(c.cells, (cell) => proven[cell]!));
  const todo = comps.flatMap((_, i) => (skips[i]!.includes(0) ? [i] : []));
  const workers = opts.workers ?? (todo.reduce((s, i) => s + comps[i]!.cells.length, 0) > 4000 ? 2 : 0);
  const results = await runComponents(todo.map((i) => comps[i]!), todo.map((i) => skips[i]!), workers, opts.seed ?? 1);
  const failures: AuditFailure[] = [];
  let settledCheaply = sys.cellOfVar.length, lps = 0;
  todo.forEach((i, k) => {
    const c = comps[i]!, r = results[k]!;
    settledCheaply -= c.cells.length - r.settledCheaply, lps += r.lps;
    for (const f of r.failures) {
      const cell = c.cells[f.index]!;
      failures.push({
        cell, label: model.labels[cell] ?? String(cell), status: status[cell] as CellStatus,
        lo: f.lo, hi: f.hi, exact: f.exact, required: c.required[f.index]!,
      });
    }
  });
  failures.sort((a, b) => a.cell - b.cell);
  for (const cell of sys.cellOfVar) proven[cell] = 1;
  for (const f of failures) proven[f.cell] = 0;
  return {
    ok: failures.length === 0, cells: model.values.length, hidden: sys.cellOfVar.length, components: comps.length,
    largestComponent: comps.reduce((m, c) => Math.max(m, c.cells.length), 0), settledCheaply, lps,
    seconds: (performance.now() - start) / 1000, failures,
  };
}
