import { auditIncremental } from './audit-incremental.ts';
import { hideSingletons } from './hide-singletons.ts';
import { hidingCosts, protectCell, proveCell } from './protect-cell.ts';
import { relationsOfCell } from './relations-of-cell.ts';
import { PRIMARY, PUBLISHED, SECONDARY, type AuditReport, type ReleaseModel } from './release-model.ts';
import { requiredWidth, type Witness } from './witness.ts';
import { AUDIT_TOLERANCE } from './audit-tolerance.ts';

/** Rounds after which the search gives up (the returned audit is not ok, and the pipeline publishes nothing). */
const MAX_ROUNDS = 40;

export interface SuppressOptions {
  threshold: number;
  seed?: number;
  workers?: number;
  /** Hidden cells (per cell, 1 = hidden) of an earlier run on the same model: the search can only add to them. */
  start?: Uint8Array | null;
  /** Witnesses of an earlier run on the same model; they are checked before use. */
  witnesses?: readonly Witness[];
  /** Sees the status and witnesses after each round's hiding (a valid start for a later run). */
  onRound?: (status: Uint8Array, witnesses: readonly Witness[]) => void;
}

/**
 * Primary and secondary suppression: hides every count in 1..T−1 and the cells that would otherwise be a published
 * total minus published parts, then audits. For each cell the audit cannot prove, an LP finds the cheapest feasible
 * point that moves it as far as it must go (protectCell); the published cells that point moves are hidden, and the
 * point is kept as a witness that proves the cell from then on. Hiding only ever grows, and hiding more keeps every
 * feasible point feasible, so a proof never breaks. Rounds audit only unproven cells; once that passes, a deciding
 * round audits from scratch (with the witnesses) and gives each cell its block LPs leave open exact max and min LPs
 * (proveCell), as `audit` does; a cell that fails those is protected as before and the search goes on. A run that
 * starts from an earlier run's status and witnesses begins with a deciding round. Deterministic for a given model and
 * options. Ends when a deciding round passes, or when no failing cell can be protected (then the audit is not ok).
 */
export async function suppress(
  model: ReleaseModel, opts: SuppressOptions,
): Promise<{ status: Uint8Array; rounds: number; audit: AuditReport; witnesses: Witness[] }> {
  const status = new Uint8Array(model.values.length);
  model.values.forEach((v, c) => {
    if (v >= 1 && v < opts.threshold) status[c] = PRIMARY;
    else if (opts.start?.[c]) status[c] = SECONDARY;
  });
  const rels = relationsOfCell(model);
  const degree = Int32Array.from({ length: model.values.length }, (_, c) => rels.starts[c + 1]! - rels.starts[c]!);
  hideSingletons(model, status, rels, degree);
  const costs = hidingCosts(model), witnesses = [...(opts.witnesses ?? [])];
  const proven = new Uint8Array(model.values.length);
  // a deciding round audits from scratch and settles what its LPs leave open with exact LPs, as `audit` does; the
  // first round decides too when it starts from an earlier run's result with its witnesses (a start without them is
  // only a first guess)
  let deciding = opts.start != null && (opts.witnesses?.length ?? 0) > 0;
  for (let rounds = 1; ; rounds++) {
    const fromScratch = !proven.includes(1);
    const audit = await auditIncremental(model, status, { ...opts, witnesses }, proven);
    if (process.env.SDC_DEBUG) console.error('round', rounds, deciding ? 'deciding' : '', 'hidden', audit.hidden, 'lps', audit.lps, 'fail', audit.failures.length, 'secondary', audit.failures.filter((f) => f.status === SECONDARY).length, 's', audit.seconds.toFixed(2));
    // an audit from scratch that passes decides, whether or not it was meant to
    if (audit.ok && (deciding || fromScratch)) return { status, rounds, audit, witnesses };
    if (rounds >= MAX_ROUNDS) return { status, rounds, audit: { ...audit, ok: false }, witnesses };
    if (audit.ok) {
      proven.fill(0), deciding = true;
      continue;
    }
    let protectedCells = 0, exact = 0, hid = 0;
    const t0 = performance.now();
    const prove = (w: Witness) => {
      witnesses.push(w);
      w.cells.forEach((c, k) => {
        if (status[c] === PUBLISHED) status[c] = SECONDARY, hid++;
        if (Math.abs(w.d[k]!) >= requiredWidth(status, c, opts.threshold) - AUDIT_TOLERANCE) proven[c] = 1;
      });
    };
    for (const [i, f] of audit.failures.entries()) {
      if (process.env.SDC_DEBUG && i % 250 === 0) console.error('  protecting', i, 'of', audit.failures.length, ((performance.now() - t0) / 1000).toFixed(1), 's');
      if (proven[f.cell] === 1) continue;
      const proof = deciding ? await proveCell(model, status, rels, f.cell, f.required) : null;
      if (proof) {
        exact++, proof.forEach(prove), proven[f.cell] = 1;
        continue;
      }
      const w = await protectCell(model, status, rels, f.cell, f.required, costs);
      if (w) protectedCells++, prove(w);
    }
    if (deciding && hid === 0 && audit.failures.every((f) => proven[f.cell] === 1)) {
      // every cell the LPs left open was proven exactly, with nothing more hidden: this is what `audit` finds
      return { status, rounds, audit: { ...audit, ok: true, failures: [], seconds: audit.seconds + (performance.now() - t0) / 1000 }, witnesses };
    }
    deciding = false;
    if (process.env.SDC_DEBUG) console.error('  proven exactly', exact, 'protected', protectedCells, 'of', audit.failures.length, 'in', ((performance.now() - t0) / 1000).toFixed(1), 's; hidden now', status.reduce((s, x) => s + (x ? 1 : 0), 0));
    if (protectedCells + exact === 0) return { status, rounds, audit, witnesses };
    opts.onRound?.(status, witnesses);
  }
}
