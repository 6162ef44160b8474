import { describe, expect, it } from 'vitest';
import { ipf } from '../../src/pipeline/ipf.ts';

const rowSums = (m: Float64Array[]) => m.map((r) => r.reduce((s, x) => s + x, 0));
const colSums = (m: Float64Array[]) => m[0]!.map((_, j) => m.reduce((s, r) => s + r[j]!, 0));

describe('ipf fits a seed table to new margins', () => {
  const seed = [
    [10, 20, 0],
    [5, 5, 10],
    [1, 8, 4],
  ];
  const rows = [30, 50, 20];
  const cols = [25, 40, 35];
  const { matrix, maxError } = ipf(seed, rows, cols, { tolerance: 1e-12, maxIterations: 2000 });

  it('matches both margins', () => {
    expect(maxError).toBeLessThan(1e-9);
    rowSums(matrix).forEach((s, i) => expect(s).toBeCloseTo(rows[i]!, 8));
    colSums(matrix).forEach((s, j) => expect(s).toBeCloseTo(cols[j]!, 8));
  });

  it('keeps structural zeros at zero', () => {
    expect(matrix[0]![2]).toBe(0);
  });

  it("keeps the seed's odds ratios", () => {
    const or = (m: ArrayLike<number>[]) => (m[1]![0]! * m[2]![1]!) / (m[1]![1]! * m[2]![0]!);
    expect(or(matrix)).toBeCloseTo(or(seed), 8);
  });

  it('refuses margins with different totals and a zero row with a positive target', () => {
    expect(() => ipf(seed, [1, 1, 1], [1, 1, 2])).toThrow(/row targets sum to 3/);
    expect(() => ipf([[0, 0], [1, 1]], [1, 1], [1, 1])).toThrow(/row 0 is all zero/);
  });
});
