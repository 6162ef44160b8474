import { cheapestCell } from './cheapest-cell.ts';
import { PUBLISHED, SECONDARY, type AuditFailure, type ReleaseModel } from './release-model.ts';

/**
 * For each failing cell, hides the cheapest published cell sharing a relation with it, which gives the attacker a
 * second unknown there and so widens the range. If all its relations are fully hidden, looks further out through the
 * hidden cells they contain. A failing cell whose relations already got a new hidden cell this round waits for the
 * next audit, to avoid hiding more than needed. Mutates `status`; returns the cells it hid.
 */
export function widenFailures(
  model: ReleaseModel, status: Uint8Array, failures: AuditFailure[], rels: { starts: Int32Array; list: Int32Array }, degree: Int32Array,
): number[] {
  const touched = new Uint8Array(model.relations.length);
  const hidden: number[] = [];
  const relationsOf = (c: number) => rels.list.subarray(rels.starts[c]!, rels.starts[c + 1]!);
  for (const f of failures) {
    if (relationsOf(f.cell).some((r) => touched[r] === 1)) continue;
    const seen = new Set<number>([f.cell]);
    let frontier = [f.cell], pick = -1;
    while (frontier.length > 0 && pick < 0) {
      const next: number[] = [], candidates: number[] = [];
      for (const c of frontier) for (const r of relationsOf(c)) for (const d of model.relations[r]!.cells) {
        if (seen.has(d)) continue;
        seen.add(d);
        (status[d] === PUBLISHED ? candidates : next).push(d);
      }
      pick = cheapestCell(model, status, degree, candidates);
      frontier = next;
    }
    if (pick < 0) continue;
    status[pick] = SECONDARY;
    hidden.push(pick);
    for (const r of relationsOf(pick)) touched[r] = 1;
  }
  return hidden;
}
