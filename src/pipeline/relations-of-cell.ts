import type { ReleaseModel } from './release-model.ts';

/** For each cell, the indices of the relations it appears in (CSR: relations of cell c are list[starts[c]..starts[c+1])). */
export interface CellRelations { starts: Int32Array; list: Int32Array }

// suppression, each audit round and the final audit all ask for the same model's index
const built = new WeakMap<ReleaseModel, CellRelations>();

/** The index of a model, built once per model object (a model is not changed after it is built). */
export function relationsOfCell(model: ReleaseModel): CellRelations {
  let rels = built.get(model);
  if (!rels) built.set(model, (rels = buildRelationsOfCell(model)));
  return rels;
}

function buildRelationsOfCell(model: ReleaseModel): CellRelations {
  const starts = new Int32Array(model.values.length + 1);
  for (const rel of model.relations) for (const c of rel.cells) starts[c + 1]!++;
  for (let c = 0; c < model.values.length; c++) starts[c + 1]! += starts[c]!;
  const fill = starts.slice(0, -1);
  const list = new Int32Array(starts[model.values.length]!);
  model.relations.forEach((rel, r) => rel.cells.forEach((c) => (list[fill[c]!++] = r)));
  return { starts, list };
}
