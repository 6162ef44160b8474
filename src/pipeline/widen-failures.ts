import { cheapestCell } from './cheapest-cell.ts';
import { PUBLISHED, SECONDARY, type AuditFailure, type ReleaseModel } from './release-model.ts';

/**
 * For each failing cell, hides the cheapest published cell in a relation that holds its range in (the audit's
 * `binding`: only freeing one of those can widen it), else in any relation of the cell, else further out through
 * hidden cells. A failing cell whose binding relations already got a new hidden cell this round waits for the next
 * audit, so as not to hide more than needed. Mutates `status`; returns the cells it hid.
 */
export function widenFailures(
  model: ReleaseModel, status: Uint8Array, failures: AuditFailure[], rels: { starts: Int32Array; list: Int32Array }, degree: Int32Array,
): number[] {
  const touched = new Uint8Array(model.relations.length);
  const hidden: number[] = [];
  const relationsOf = (c: number) => [...rels.list.subarray(rels.starts[c]!, rels.starts[c + 1]!)];
  const hide = (c: number) => {
    status[c] = SECONDARY;
    hidden.push(c);
    for (const r of relationsOf(c)) touched[r] = 1;
  };
  for (const f of failures) {
    const binding = f.binding?.length ? f.binding : relationsOf(f.cell);
    if (binding.some((r) => touched[r] === 1)) continue;
    let pick = cheapestCell(model, status, degree, binding.flatMap((r) => model.relations[r]!.cells));
    const seen = new Set<number>([f.cell]);
    for (let frontier = [f.cell]; pick < 0 && frontier.length > 0;) {
      const next: number[] = [], candidates: number[] = [];
      for (const c of frontier) for (const r of relationsOf(c)) for (const d of model.relations[r]!.cells) {
        if (seen.has(d)) continue;
        seen.add(d);
        (status[d] === PUBLISHED ? candidates : next).push(d);
      }
      pick = cheapestCell(model, status, degree, candidates);
      frontier = next;
    }
    if (pick >= 0) hide(pick);
  }
  return hidden;
}
