import { auditIncremental } from './audit-incremental.ts';
import { AUDIT_TOLERANCE } from './audit-tolerance.ts';
import { hideSingletons } from './hide-singletons.ts';
import { relationsOfCell } from './relations-of-cell.ts';
import { PRIMARY, PUBLISHED, SECONDARY, type AuditReport, type ReleaseModel } from './release-model.ts';
import { widenFailures } from './widen-failures.ts';

/** Rounds after which the search gives up (the returned audit is not ok, and the pipeline publishes nothing). */
const MAX_ROUNDS = 40;

/**
 * Primary and secondary suppression: hides every count in 1..T−1, then hides further cells until the LP audit passes.
 * Each round audits only cells not yet proven safe (hiding more never narrows a range); once that passes, the whole
 * status is audited again from scratch, and cells that audit cannot prove are hidden around as well, so the returned
 * audit is exactly what `audit` gives on the final status. `start` (hidden cells of an earlier run on the same model)
 * lets the search begin where that run ended; it can only add hidden cells, and the audit still decides. `onRound`
 * sees the status after each round's hiding (a valid start for a later run). Deterministic for a given model and
 * options. Ends when the audit passes or nothing more can be hidden near the failing cells (then the returned audit is
 * not ok).
 */
export async function suppress(
  model: ReleaseModel,
  opts: { threshold: number; seed?: number; workers?: number; start?: Uint8Array | null; onRound?: (status: Uint8Array) => void },
): Promise<{ status: Uint8Array; rounds: number; audit: AuditReport }> {
  const status = new Uint8Array(model.values.length);
  model.values.forEach((v, c) => {
    if (v >= 1 && v < opts.threshold) status[c] = PRIMARY;
    else if (opts.start?.[c]) status[c] = SECONDARY;
  });
  const rels = relationsOfCell(model);
  const degree = Int32Array.from({ length: model.values.length }, (_, c) => rels.starts[c + 1]! - rels.starts[c]!);
  hideSingletons(model, status, rels, degree);
  const proven = new Uint8Array(model.values.length), avoid = new Uint8Array(model.values.length);
  for (let rounds = 1; ; rounds++) {
    const fromScratch = !proven.includes(1);
    let audit = await auditIncremental(model, status, opts, proven);
    // the audit that decides is one from scratch, the same one anyone can rerun on the published status
    if (audit.ok && !fromScratch) audit = await auditIncremental(model, status, opts, proven.fill(0));
    if (process.env.SDC_DEBUG) console.error('round', rounds, 'hidden', audit.hidden, 'largest', audit.largestComponent, 'lps', audit.lps, 'fail', audit.failures.length,  'secondary', audit.failures.filter((f) => f.status === SECONDARY).length, 's', audit.seconds.toFixed(2));
    if (audit.ok || rounds >= MAX_ROUNDS) return { status, rounds, audit };
    // a secondary cell that no feasible point found could move at all is as good as published: its hiding protects
    // nothing, so it is published again and not picked again
    const zeroWidth = (f: AuditReport['failures'][number]) => f.status === SECONDARY && f.hi - f.lo < AUDIT_TOLERANCE;
    const stuck = audit.failures.filter(zeroWidth);
    for (const f of stuck) status[f.cell] = PUBLISHED, avoid[f.cell] = 1;
    // publishing a cell again can undo proofs that moved it, so the next audit starts from scratch
    if (stuck.length > 0) proven.fill(0);
    const rest = audit.failures.filter((f) => !zeroWidth(f));
    if (widenFailures(model, status, rest, rels, degree, avoid).length === 0 && stuck.length === 0) return { status, rounds, audit };
    hideSingletons(model, status, rels, degree, avoid);
    opts.onRound?.(status);
  }
}
