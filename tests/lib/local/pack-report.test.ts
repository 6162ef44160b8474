import { describe, expect, it } from 'vitest';
import { SERVICE_GROUP_KEYS, YEARS } from '../../../src/lib/codes.ts';
import { nb } from '../../../src/lib/i18n/nb.ts';
import { municipalSeries } from '../../../src/lib/local/municipal-series.ts';
import { packReport } from '../../../src/lib/local/pack-report.ts';
import { unitContext } from '../../../src/lib/views/unit/unit-context.ts';
import { fakeSiteData } from '../../support/fake-site-data.ts';

/** 0301 with 100 reports a year (40 dropped, 60 investigated); 2024's dropped count hidden; schools in 30, police in 5, the rest 10. */
function data(patch: Record<string, number | null> = {}) {
  const counts: Record<string, number | null> = {};
  for (const y of YEARS) {
    Object.assign(counts, { [`t|0301|${y}|alle`]: 100, [`t|0301|${y}|henlagt`]: 40, [`t|0301|${y}|undersokt`]: 60 });
    for (const g of SERVICE_GROUP_KEYS) counts[`s|0301|${y}|${g}`] = g === 'skole' ? 30 : g === 'politi' ? 5 : 10;
  }
  counts['t|0301|2024|henlagt'] = null;
  return fakeSiteData({ ...counts, ...patch });
}
const report = (d: ReturnType<typeof data>) => packReport(unitContext(d, '0301', nb, 'nb'), municipalSeries(d, '0301'));

describe('the figures for the yearly report to the council', () => {
  it('gives reports, outcome, share dropped and rate per year, hiding the share made from a hidden count', () => {
    const { perYear } = report(data());
    expect(perYear.data.rows).toHaveLength(10);
    expect(perYear.data.rows[0]).toEqual({ year: '2015', alle: 100, henlagt: 40, undersokt: 60, dropped: 40, rate: 100 });
    expect(perYear.data.rows[9]).toMatchObject({ year: '2024', henlagt: ':', dropped: ':' });
    expect(perYear.caption).toBe('Meldinger per år: Oslo');
  });
  it('lists the five main reporters of the latest year by count, with their share of all reports', () => {
    const { reporters } = report(data());
    expect(reporters.caption).toBe('De viktigste melderne: Oslo, 2024');
    expect(reporters.data.rows).toHaveLength(5);
    expect(reporters.data.rows[0]).toEqual({ group: 'Skole og PPT', n: 30, share: 30 });
    expect(reporters.data.rows.map((r) => r.group)).not.toContain('Politi');
  });
  it('falls back to the latest pooled period when a group\'s year is hidden', () => {
    const { reporters } = report(data({ 's|0301|2024|politi': null }));
    expect(reporters.caption).toBe('De viktigste melderne: Oslo, 2022-2024');
    expect(reporters.data.rows[0]).toEqual({ group: 'Skole og PPT', n: 90, share: 30 });
  });
});
