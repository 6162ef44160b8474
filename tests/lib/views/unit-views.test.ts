import { describe, expect, it } from 'vitest';
import { nb } from '../../../src/lib/i18n/nb.ts';
import { headlineView } from '../../../src/lib/views/unit/headline-view.ts';
import { outcomeView } from '../../../src/lib/views/unit/outcome-view.ts';
import { periodService } from '../../../src/lib/views/unit/period-counts.ts';
import { share, shareView } from '../../../src/lib/views/unit/share-views.ts';
import { unitContext } from '../../../src/lib/views/unit/unit-context.ts';
import { fakeSiteData } from '../../support/fake-site-data.ts';

const everywhere = (prefix: string, value: number | null, units = ['0301', '03', 'G7', 'NO']) =>
  Object.fromEntries(units.map((u) => [`${prefix.replace('{u}', u)}`, value]));

describe('shares (SDC-4)', () => {
  it('is hidden when its count or its whole is hidden, empty when the whole is zero', () => {
    expect(share(null, 10)).toBeNull();
    expect(share(3, null)).toBeNull();
    expect(share(5, 0)).toBeNull();
    expect(share(5, 20)).toBe(0.25);
  });
});

describe('the share views', () => {
  const base = { ...everywhere('t|{u}|2024|alle', 100), ...everywhere('a|{u}|2024|13-17', 40), ...everywhere('a|{u}|2024|0-2', 10),
    ...everywhere('a|{u}|2024|3-5', 10), ...everywhere('a|{u}|2024|6-12', 40), ...everywhere('a|{u}|2024|18-22', 0), ...everywhere('a|{u}|2024|uoppgitt', 0) };

  it('compares the latest year with county, peer group and country when nothing is hidden', () => {
    const v = shareView(unitContext(fakeSiteData(base), '0301', nb, 'nb'), 'age');
    expect(v.note).toBeUndefined();
    expect(v.title).toContain('2024');
    expect(v.data.rows.find((r) => r.category === '13–17 år')).toEqual({ category: '13–17 år', u0: 40, u1: 40, u2: 40, u3: 40 });
    expect(v.summary).toContain('40,0');
  });

  it('falls back to the pooled period and says so when the year has hidden cells', () => {
    const counts: Record<string, number | null> = { ...base, 'a|0301|2024|0-2': null };
    for (const y of [2022, 2023]) Object.assign(counts, everywhere(`t|{u}|${y}|alle`, 100), everywhere(`a|{u}|${y}|13-17`, 30), everywhere(`a|{u}|${y}|0-2`, 20));
    counts['a|0301|2024|0-2'] = null;
    const v = shareView(unitContext(fakeSiteData(counts), '0301', nb, 'nb'), 'age');
    expect(v.note).toMatch(/2022-2024 samlet/);
    expect(v.data.rows.find((r) => r.category === '13–17 år')?.u0).toBeCloseTo(33.3, 1);
    expect(v.data.rows.find((r) => r.category === '0–2 år')?.u0).toBe(':');
  });
});

describe('pooled service counts', () => {
  it('take whichever published route adds up: the years, the ages or the outcomes', () => {
    const years = { 's|0301|2022|skole': 5, 's|0301|2023|skole': null, 's|0301|2024|skole': 7 };
    const ages = { 'sa|0301|2022-2024|skole|6-12': 10, 'sa|0301|2022-2024|skole|13-17': 9 };
    const d = fakeSiteData({ ...years, ...ages });
    expect(periodService(d, '0301', '2022-2024', 'skole', ['6-12', '13-17'], ['henlagt'])).toBe(19);
    const hidden = fakeSiteData({ ...years, 'sa|0301|2022-2024|skole|6-12': null });
    expect(periodService(hidden, '0301', '2022-2024', 'skole', ['6-12', '13-17'], ['henlagt'])).toBeNull();
  });
});

describe('the outcome view', () => {
  it('hides the dropped share of a group whose outcome count is hidden, never showing it as 0', () => {
    const d = fakeSiteData({ 'so|0301|2022-2024|politi|henlagt': null, 'so|0301|2022-2024|politi|undersokt': 20, 'so|NO|2022-2024|politi|henlagt': 30, 'so|NO|2022-2024|politi|undersokt': 70 });
    const v = outcomeView(unitContext(d, '0301', nb, 'nb'));
    const row = v.data.rows.find((r) => r.service === 'Politi');
    expect(row).toEqual({ service: 'Politi', focus: ':', country: 30 });
  });
});

describe('the headline figures', () => {
  it('give the rate with its exact interval, the change and a judgement per comparison', () => {
    const d = fakeSiteData({ 't|0301|2024|alle': 100, 't|0301|2023|alle': 80, 't|03|2024|alle': 100, 't|G7|2024|alle': 50, 't|NO|2024|alle': 60 },
      { '0301': 1000, '03': 1000, G7: 1000, NO: 1000 });
    const h = headlineView(unitContext(d, '0301', nb, 'nb'));
    expect(h.reports).toBe(100);
    expect(h.interval).toEqual({ lo: 81.4, hi: 121.6 });
    expect(h.change).toEqual({ reports: 20, rate: 20 });
    expect(h.comparisons.map((c) => c.judgement)).toEqual(['no-clear-difference', 'higher', 'higher']);
  });
  it('say "too few to say" and show ":" when the count is hidden', () => {
    const d = fakeSiteData({ 't|0301|2024|alle': null, 't|0301|2023|alle': 12, 't|NO|2024|alle': 60, 't|03|2024|alle': 50, 't|G7|2024|alle': 50 });
    const h = headlineView(unitContext(d, '0301', nb, 'nb'));
    expect(h.reports).toBe(':');
    expect(h.rate).toBe(':');
    expect(h.change).toBeNull();
    expect(h.comparisons.every((c) => c.judgement === 'too-few')).toBe(true);
  });
});
