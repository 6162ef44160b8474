import { describe, expect, it } from 'vitest';
import { audit } from '../../src/pipeline/audit.ts';
import { PRIMARY, SECONDARY } from '../../src/pipeline/release-model.ts';
import { handModel, statusOf, table2d } from './sdc-test-models.ts';

const T = 5;
const failingLabels = async (m: ReturnType<typeof handModel>, hidden: Record<string, 1 | 2>) => {
  const report = await audit(m.model, statusOf(m.model, m.id, hidden), { threshold: T, workers: 0 });
  return { report, labels: report.failures.map((f) => f.label) };
};

describe('audit catches seeded bad patterns (SDC-3)', () => {
  it('a lone hidden cell in a row with a published total: range 0 wide', async () => {
    const m = table2d([[3, 10, 12], [8, 9, 15]]);
    const { report, labels } = await failingLabels(m, { x00: PRIMARY });
    expect(report.ok).toBe(false);
    expect(labels).toEqual(['x00']);
    expect(report.failures[0]).toMatchObject({ lo: 3, hi: 3, required: T - 1, status: PRIMARY });
  });

  it('two hidden cells in one row, each pinned by its published column total', async () => {
    const m = table2d([[3, 2, 12], [8, 9, 15]]);
    const { labels } = await failingLabels(m, { x00: PRIMARY, x01: PRIMARY });
    expect(labels.sort()).toEqual(['x00', 'x01']);
  });

  it('a county total minus its published municipalities', async () => {
    const m = handModel({ county: 40, k1: 2, k2: 13, k3: 25 }, [[['county'], ['k1', 'k2', 'k3'], '=']]);
    const { labels } = await failingLabels(m, { k1: PRIMARY });
    expect(labels).toEqual(['k1']);
  });

  it('a cell recoverable through a pooled period = Σ years, though its own year row hides two cells', async () => {
    const m = handModel(
      { alle1: 23, s1: 3, t1: 20, s2: 7, s3: 11, pooled: 21 },
      [[['alle1'], ['s1', 't1'], '='], [['pooled'], ['s1', 's2', 's3'], '=']],
    );
    const { labels } = await failingLabels(m, { s1: PRIMARY, t1: SECONDARY });
    expect(labels.sort()).toEqual(['s1', 't1']);
  });

  it('a primary cell whose range is only 3 wide (x + y = 3, both hidden)', async () => {
    const m = handModel({ total: 3, x: 1, y: 2 }, [[['total'], ['x', 'y'], '=']]);
    const { report } = await failingLabels(m, { x: PRIMARY, y: PRIMARY });
    expect(report.failures.map((f) => [f.label, f.lo, f.hi])).toEqual([['x', 0, 3], ['y', 0, 3]]);
  });

  it('an inequality-based disclosure: Σ services ≥ total and each service ≤ total pin the total', async () => {
    const m = handModel(
      { alle: 6, s1: 6, s2: 0, s3: 0 },
      [[['s1', 's2', 's3'], ['alle'], '>='], [['alle'], ['s1'], '>='], [['alle'], ['s2'], '>='], [['alle'], ['s3'], '>=']],
    );
    const { report } = await failingLabels(m, { alle: SECONDARY });
    expect(report.failures.map((f) => [f.label, f.lo, f.hi, f.required])).toEqual([['alle', 6, 6, 1]]);
  });
});

describe('audit passes good patterns', () => {
  it('a 2×2 rectangle of hidden cells with large enough values', async () => {
    const m = table2d([[2, 9, 12], [8, 3, 15], [10, 11, 14]]);
    const { report } = await failingLabels(m, { x00: PRIMARY, x11: PRIMARY, x01: SECONDARY, x10: SECONDARY });
    expect(report).toMatchObject({ ok: true, hidden: 4, components: 1, largestComponent: 4, failures: [] });
  });

  it('nothing hidden', async () => {
    const m = table2d([[0, 9], [8, 30]]);
    const { report } = await failingLabels(m, {});
    expect(report).toMatchObject({ ok: true, hidden: 0, components: 0, lps: 0 });
  });

  it('a secondary zero needs only width 1', async () => {
    const m = handModel({ total: 10, x: 0, y: 10 }, [[['total'], ['x', 'y'], '=']]);
    const { report } = await failingLabels(m, { x: SECONDARY, y: SECONDARY });
    expect(report.ok).toBe(true);
  });
});
