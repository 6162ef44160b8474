import { describe, expect, it } from 'vitest';
import { pivotWide, withColumn, withColumns } from '../../../../src/lib/views/live/reshape.ts';

const long = [
  { category: 'skole', unit: '4601', reports: 120, status: null },
  { category: 'politi', unit: '4601', reports: null, status: ':' },
  { category: 'skole', unit: 'NO', reports: 9000, status: null },
];

describe('pivotWide', () => {
  it('gives one row per category in the order asked, a field per series and value, null kept apart from missing', () => {
    expect(pivotWide(long, 'category', 'unit', ['reports', 'status'], ['politi', 'skole', 'helse'])).toEqual([
      { category: 'politi', reports_4601: null, status_4601: ':', reports_NO: undefined, status_NO: undefined },
      { category: 'skole', reports_4601: 120, status_4601: null, reports_NO: 9000, status_NO: null },
      { category: 'helse' },
    ]);
  });

  it('names fields `${value}_${series}` with one value column too, and copes with no rows', () => {
    expect(pivotWide(long, 'category', 'unit', ['reports'], ['skole'])).toEqual([{ category: 'skole', reports_4601: 120, reports_NO: 9000 }]);
    expect(pivotWide([], 'category', 'unit', ['reports'], ['skole'])).toEqual([{ category: 'skole' }]);
  });
});

describe('withColumns', () => {
  it('adds columns computed from each row and keeps the rows and their order', () => {
    const shares = withColumn(long, 'double', (r) => (r.reports === null ? null : r.reports * 2));
    expect(shares.map((r) => r.double)).toEqual([240, null, 18000]);
    expect(shares.map((r) => r.category)).toEqual(['skole', 'politi', 'skole']);
    expect(withColumns(long, { status: (r) => r.status ?? '', label: (r) => `${r.unit}:${r.category}` }).map((r) => [r.status, r.label]))
      .toEqual([['', '4601:skole'], [':', '4601:politi'], ['', 'NO:skole']]);
    expect(withColumn([], 'x', () => 1)).toEqual([]);
  });
});
