import type { ReleaseModel } from './release-model.ts';

/** For each cell, the indices of the relations it appears in (CSR: relations of cell c are list[starts[c]..starts[c+1])). */
export function relationsOfCell(model: ReleaseModel): { starts: Int32Array; list: Int32Array } {
  const starts = new Int32Array(model.values.length + 1);
  for (const rel of model.relations) for (const c of rel.cells) starts[c + 1]!++;
  for (let c = 0; c < model.values.length; c++) starts[c + 1]! += starts[c]!;
  const fill = starts.slice(0, -1);
  const list = new Int32Array(starts[model.values.length]!);
  model.relations.forEach((rel, r) => rel.cells.forEach((c) => (list[fill[c]!++] = r)));
  return { starts, list };
}
