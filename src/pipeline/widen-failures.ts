import { cheapestCell } from './cheapest-cell.ts';
import { PUBLISHED, SECONDARY, type AuditFailure, type ReleaseModel } from './release-model.ts';

/**
 * For each failing cell, hides the cheapest published cell in each relation that holds its range in (the audit's
 * `binding`: only freeing those can widen it) and has not had a cell hidden this round, preferring cells of
 * municipalities in the failing cell's county and peer group; when none has a published
 * cell, the cheapest one further out through hidden cells. A failing cell whose binding relations all got a new
 * hidden cell this round waits for the next audit, so as not to hide more than needed. Cells marked in `avoid` are
 * never picked. Mutates `status`; returns the cells it hid.
 */
export function widenFailures(
  model: ReleaseModel, status: Uint8Array, failures: AuditFailure[], rels: { starts: Int32Array; list: Int32Array }, degree: Int32Array,
  avoid: Uint8Array = new Uint8Array(model.values.length),
): number[] {
  const touched = new Uint8Array(model.relations.length);
  const hidden: number[] = [];
  const relationsOf = (c: number) => [...rels.list.subarray(rels.starts[c]!, rels.starts[c + 1]!)];
  const hide = (c: number) => {
    status[c] = SECONDARY;
    hidden.push(c);
    for (const r of relationsOf(c)) touched[r] = 1;
  };
  // a move in one municipality is undone most easily in one sharing its county and its peer group (audit-blocks.ts)
  const near = (f: AuditFailure, cells: number[]) => {
    const open = cells.filter((c) => status[c] === PUBLISHED), fresh = open.filter((c) => avoid[c] !== 1);
    const a = model.areas, published = fresh.length > 0 ? fresh : open;
    if (!a || a.county[f.cell]! < 0 || a.group[f.cell]! < 0) return published;
    const same = (c: number) => (a.county[c] === a.county[f.cell] ? 1 : 0) + (a.group[c] === a.group[f.cell] ? 1 : 0);
    const best = Math.max(-1, ...published.map(same));
    return published.filter((c) => same(c) === best);
  };
  for (const f of failures) {
    const binding = f.binding?.length ? f.binding : relationsOf(f.cell);
    const free = binding.filter((r) => touched[r] === 0);
    if (free.length === 0) continue;
    // every binding relation still untouched this round gets a hidden cell, so a cell held in by several relations
    // does not need a round for each
    let pick = -1;
    for (const r of free) {
      if (touched[r] === 1) continue;
      const c = cheapestCell(model, status, degree, near(f, model.relations[r]!.cells));
      if (c >= 0) hide(c), pick = c;
    }
    if (pick >= 0 || free.length < binding.length) continue;
    const seen = new Set<number>([f.cell]);
    for (let frontier = [f.cell]; pick < 0 && frontier.length > 0;) {
      const next: number[] = [], candidates: number[] = [];
      for (const c of frontier) for (const r of relationsOf(c)) for (const d of model.relations[r]!.cells) {
        if (seen.has(d)) continue;
        seen.add(d);
        if (status[d] !== PUBLISHED) next.push(d);
        else if (avoid[d] !== 1) candidates.push(d);
      }
      pick = cheapestCell(model, status, degree, candidates);
      frontier = next;
    }
    if (pick >= 0) hide(pick);
  }
  return hidden;
}
