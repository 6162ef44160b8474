import { auditIncremental, type AuditOptions } from './audit-incremental.ts';
import type { AuditReport, ReleaseModel } from './release-model.ts';

/**
 * LP disclosure audit: for every hidden cell, the range an attacker can derive from all published values, all
 * relations and non-negativity (LP relaxation) must be ≥ T−1 wide for a primary cell and ≥ 1 for a secondary one.
 */
export function audit(model: ReleaseModel, status: Uint8Array, opts: AuditOptions): Promise<AuditReport> {
  return auditIncremental(model, status, opts);
}
