import type { ComponentResult } from './audit-component.ts';
import { auditWithCache } from './audit-with-cache.ts';
import { hideSingletons } from './hide-singletons.ts';
import { relationsOfCell } from './relations-of-cell.ts';
import { PRIMARY, type AuditReport, type ReleaseModel } from './release-model.ts';
import { widenFailures } from './widen-failures.ts';

/**
 * Primary and secondary suppression: hides every count in 1..T−1, then hides further cells until the LP audit passes.
 * Deterministic for a given model and options. Ends when the audit passes or nothing more can be hidden near the
 * failing cells (then the returned audit is not ok).
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
  const cache = new Map<string, ComponentResult>();
  for (let rounds = 1; ; rounds++) {
    const audit = await auditWithCache(model, status, opts, cache);
    if (process.env.SDC_DEBUG) console.error('round', rounds, 'hidden', audit.hidden, 'comps', audit.components, 'largest', audit.largestComponent, 'lps', audit.lps, 'fail', audit.failures.length, 's', audit.seconds.toFixed(2));
    if (audit.ok || widenFailures(model, status, audit.failures, rels, degree).length === 0) return { status, rounds, audit };
    hideSingletons(model, status, rels, degree);
  }
}
