import { describe, expect, it } from 'vitest';
import { hidingCosts, protectCell, proveCell } from '../../src/pipeline/protect-cell.ts';
import { relationsOfCell } from '../../src/pipeline/relations-of-cell.ts';
import { PRIMARY, PUBLISHED, SECONDARY, type ReleaseModel } from '../../src/pipeline/release-model.ts';
import { witnessHolds, witnessedWidths } from '../../src/pipeline/witness.ts';
import { bruteForceRanges } from './brute-force-ranges.ts';

/**
 * A 2×3 table with row, column and grand totals (cells 0–5 the interior, 6–7 row totals, 8–10 column totals, 11 the
 * grand total). Cell 0 holds 2: a primary cell.
 */
function table(): ReleaseModel {
  const v = [2, 10, 20, 30, 40, 50];
  const values = [...v, v[0]! + v[1]! + v[2]!, v[3]! + v[4]! + v[5]!, v[0]! + v[3]!, v[1]! + v[4]!, v[2]! + v[5]!];
  values.push(values[6]! + values[7]!);
  const sum = (total: number, parts: number[]) => ({ cells: [total, ...parts], coefs: [1, ...parts.map(() => -1)], op: '=' as const });
  return {
    values,
    relations: [sum(6, [0, 1, 2]), sum(7, [3, 4, 5]), sum(8, [0, 3]), sum(9, [1, 4]), sum(10, [2, 5]), sum(11, [6, 7]), sum(11, [8, 9, 10])],
    labels: values.map((_, c) => `by_service kommune 0301 2024 cell${c}`),
  };
}

describe('protectCell', () => {
  it('finds the published cells to hide so a lone primary cell moves by T−1, and the point it returns proves it', async () => {
    const model = table(), status = new Uint8Array(model.values.length);
    status[0] = PRIMARY;
    const rels = relationsOfCell(model);
    // as things stand the cell is pinned by its row: it fails the exact audit
    expect(await proveCell(model, status, rels, 0, 4)).toBeNull();
    const w = await protectCell(model, status, rels, 0, 4, hidingCosts(model));
    expect(w).not.toBeNull();
    expect(w!.d[w!.cells.indexOf(0)]).toBeCloseTo(4, 9);
    expect(witnessHolds(model, status, rels, w!)).toBe(false); // it moves published cells
    for (const c of w!.cells) if (status[c] === PUBLISHED) status[c] = SECONDARY;
    expect(witnessHolds(model, status, rels, w!)).toBe(true);
    // the cheapest cycle stays in the interior: the totals (dearer, and each in several relations) stay published
    expect(w!.cells.every((c) => c <= 5)).toBe(true);
    expect(witnessedWidths(model, status, rels, [w!])[0]).toBeCloseTo(4, 9);
    // and the exact audit over the new status agrees, as does a brute-force LP per cell
    const proof = await proveCell(model, status, rels, 0, 4);
    expect(proof).not.toBeNull();
    for (const p of proof!) expect(witnessHolds(model, status, rels, p)).toBe(true);
    const ranges = await bruteForceRanges(model, status);
    expect(ranges.get(0)![1] - ranges.get(0)![0]).toBeGreaterThanOrEqual(4 - 1e-6);
  });

  it('proves a cell whose range reaches the width only by moving both ways', async () => {
    // cell 0 (value 2) can drop to 0 and rise by 2 (its row holds cell 1 = 2 as the only other hidden cell there):
    // neither direction alone gives 4, both together do
    const model = table();
    model.values[1] = 2, model.values[6] = 24, model.values[9] = 42, model.values[11] = 146;
    const status = new Uint8Array(model.values.length);
    for (const c of [0, 1, 3, 4]) status[c] = c <= 1 ? PRIMARY : SECONDARY;
    const rels = relationsOfCell(model);
    const proof = await proveCell(model, status, rels, 0, 4);
    expect(proof).toHaveLength(2);
    const moves = proof!.map((w) => w.d[w.cells.indexOf(0)]!);
    expect(Math.max(...moves) - Math.min(...moves)).toBeCloseTo(4, 9);
    expect(await proveCell(model, status, rels, 0, 4.5)).toBeNull();
  });

  it('rejects witnesses that break a relation, non-negativity or move a published cell', () => {
    const model = table(), status = new Uint8Array(model.values.length).fill(SECONDARY);
    const rels = relationsOfCell(model);
    const cycle = { cells: [0, 1, 3, 4], d: [4, -4, -4, 4] };
    expect(witnessHolds(model, status, rels, cycle)).toBe(true);
    expect(witnessHolds(model, status, rels, { cells: [0, 1], d: [4, -4] })).toBe(false); // column sums change
    expect(witnessHolds(model, status, rels, { cells: [0, 1, 3, 4], d: [-4, 4, 4, -4] })).toBe(false); // cell 0 below zero
    status[4] = PUBLISHED;
    expect(witnessHolds(model, status, rels, cycle)).toBe(false);
  });
});
