import { auditIncremental } from './audit-incremental.ts';
import { hideSingletons } from './hide-singletons.ts';
import { relationsOfCell } from './relations-of-cell.ts';
import { PRIMARY, type AuditReport, type ReleaseModel } from './release-model.ts';
import { widenFailures } from './widen-failures.ts';

/**
 * Primary and secondary suppression: hides every count in 1..T−1, then hides further cells until the LP audit passes.
 * Each round audits only cells not yet proven safe (hiding more never narrows a range). Deterministic for a given
 * model and options. Ends when the audit passes or nothing more can be hidden near the failing cells (then the
 * returned audit is not ok). The returned audit covers the final status; its `lps` and `seconds` are the last round's.
 */
export async function suppress(
  model: ReleaseModel, opts: { threshold: number; seed?: number; workers?: number },
): Promise<{ status: Uint8Array; rounds: number; audit: AuditReport }> {
  const status = new Uint8Array(model.values.length);
  model.values.forEach((v, c) => {
    if (v >= 1 && v < opts.threshold) status[c] = PRIMARY;
  });
  const rels = relationsOfCell(model);
  const degree = Int32Array.from({ length: model.values.length }, (_, c) => rels.starts[c + 1]! - rels.starts[c]!);
  hideSingletons(model, status, rels, degree);
  const proven = new Uint8Array(model.values.length);
  for (let rounds = 1; ; rounds++) {
    const audit = await auditIncremental(model, status, opts, proven);
    if (process.env.SDC_DEBUG) console.error('round', rounds, 'hidden', audit.hidden, 'largest', audit.largestComponent, 'lps', audit.lps, 'fail', audit.failures.length, 's', audit.seconds.toFixed(2));
    if (audit.ok || widenFailures(model, status, audit.failures, rels, degree).length === 0) return { status, rounds, audit };
    hideSingletons(model, status, rels, degree);
  }
}
