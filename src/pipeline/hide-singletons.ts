import type { CellRelations } from './relations-of-cell.ts';
import { cheapestCell } from './cheapest-cell.ts';
import { PUBLISHED, SECONDARY, type ReleaseModel } from './release-model.ts';

/**
 * Hides further cells until no equality relation has exactly one hidden cell (that cell would be its total minus the
 * published rest). Each new hidden cell can leave other relations with one hidden cell, so it works through a queue.
 * Mutates `status`; returns the cells it hid.
 */
export function hideSingletons(model: ReleaseModel, status: Uint8Array, rels: CellRelations, degree: Int32Array): number[] {
  const count = new Int32Array(model.relations.length);
  const queue: number[] = [];
  model.relations.forEach((rel, r) => {
    if (rel.op !== '=') return;
    for (const c of rel.cells) if (status[c] !== PUBLISHED) count[r]!++;
    if (count[r] === 1) queue.push(r);
  });
  const hidden: number[] = [];
  for (let q = 0; q < queue.length; q++) {
    const r = queue[q]!;
    if (count[r] !== 1) continue;
    const pick = cheapestCell(model, status, degree, model.relations[r]!.cells);
    if (pick < 0) continue;
    status[pick] = SECONDARY;
    hidden.push(pick);
    for (let k = rels.starts[pick]!; k < rels.starts[pick + 1]!; k++) {
      const r2 = rels.list[k]!;
      if (model.relations[r2]!.op === '=' && ++count[r2]! === 1) queue.push(r2);
    }
  }
  return hidden;
}
