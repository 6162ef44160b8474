import type { Relation, ReleaseModel } from '../../src/pipeline/release-model.ts';

/** A small release model written out by hand: named cells with values, relations over names. */
export function handModel(cells: Record<string, number>, relations: [plus: string[], minus: string[], op: Relation['op']][]): {
  model: ReleaseModel;
  id: (name: string) => number;
} {
  const names = Object.keys(cells);
  const id = (name: string) => {
    const i = names.indexOf(name);
    if (i < 0) throw new Error(`no cell ${name}`);
    return i;
  };
  const model: ReleaseModel = {
    values: names.map((n) => cells[n]!),
    labels: names,
    relations: relations.map(([plus, minus, op]) => ({
      cells: [...plus, ...minus].map(id),
      coefs: [...plus.map(() => 1), ...minus.map(() => -1)],
      op,
    })),
  };
  return { model, id };
}

/** A 2-D table with row totals, column totals and a grand total: cells `x{r}{c}`, `row{r}`, `col{c}`, `total`. */
export function table2d(inner: number[][]): { model: ReleaseModel; id: (name: string) => number } {
  const cells: Record<string, number> = {};
  inner.forEach((row, r) => row.forEach((v, c) => (cells[`x${r}${c}`] = v)));
  inner.forEach((row, r) => (cells[`row${r}`] = row.reduce((a, b) => a + b, 0)));
  inner[0]!.forEach((_, c) => (cells[`col${c}`] = inner.reduce((a, row) => a + row[c]!, 0)));
  cells.total = inner.flat().reduce((a, b) => a + b, 0);
  const rels: [string[], string[], Relation['op']][] = [
    ...inner.map((row, r): [string[], string[], Relation['op']] => [[`row${r}`], row.map((_, c) => `x${r}${c}`), '=']),
    ...inner[0]!.map((_, c): [string[], string[], Relation['op']] => [[`col${c}`], inner.map((_, r) => `x${r}${c}`), '=']),
    [['total'], inner.map((_, r) => `row${r}`), '='],
    [['total'], inner[0]!.map((_, c) => `col${c}`), '='],
  ];
  return handModel(cells, rels);
}

/** Status bytes with the named cells hidden: 1 (primary) or 2 (secondary). */
export function statusOf(model: ReleaseModel, id: (name: string) => number, hidden: Record<string, 1 | 2>): Uint8Array {
  const status = new Uint8Array(model.values.length);
  for (const [name, s] of Object.entries(hidden)) status[id(name)] = s;
  return status;
}
