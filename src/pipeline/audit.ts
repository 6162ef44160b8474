import { auditIncremental, type AuditOptions } from './audit-incremental.ts';
import { proveCell } from './protect-cell.ts';
import { relationsOfCell } from './relations-of-cell.ts';
import type { AuditReport, ReleaseModel } from './release-model.ts';

/**
 * LP disclosure audit: for every hidden cell, the range an attacker can derive from all published values, all
 * relations and non-negativity (LP relaxation) must be ≥ T−1 wide for a primary cell and ≥ 1 for a secondary one.
 * Cells the witnesses and the block LPs leave unproven get their own max and min LPs over all hidden cells connected
 * to them (proveCell): exact, so a cell that fails there fails.
 */
export async function audit(model: ReleaseModel, status: Uint8Array, opts: AuditOptions): Promise<AuditReport> {
  const start = performance.now();
  const report = await auditIncremental(model, status, opts);
  const rels = relationsOfCell(model), failures = [];
  let lps = report.lps;
  for (const f of report.failures) {
    lps += 2;
    if (!(await proveCell(model, status, rels, f.cell, f.required))) failures.push({ ...f, exact: true });
  }
  return { ...report, ok: failures.length === 0, failures, lps, seconds: (performance.now() - start) / 1000 };
}
