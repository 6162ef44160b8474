import { describe, expect, it } from 'vitest';
import { SERVICE_GROUP_KEYS, type ServiceGroup } from '../../../src/lib/codes.ts';
import { agreedComparison } from '../../../src/lib/local/agreed-comparison.ts';
import { beforeAfter } from '../../../src/lib/local/before-after.ts';
import type { MunicipalSeries } from '../../../src/lib/local/municipal-series.ts';

const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
/** A municipality of 1,000 children and 50 reports a year; schools are among the reporters of 10 a year, then 20 from 2020. */
function series(patch: (s: MunicipalSeries) => void = () => {}): MunicipalSeries {
  const services = Object.fromEntries(SERVICE_GROUP_KEYS.map((g) => [g, YEARS.map(() => 5)])) as Record<ServiceGroup, (number | null)[]>;
  services.skole = YEARS.map((y) => (y < 2020 ? 10 : 20));
  const s: MunicipalSeries = {
    years: YEARS, reports: YEARS.map(() => 50), children: YEARS.map(() => 1000), services,
    periods: [['2016-2018', [2016, 2017, 2018]], ['2019-2021', [2019, 2020, 2021]], ['2022-2024', [2022, 2023, 2024]]].map(([key, years]) => ({
      key: key as string, years: years as number[], reports: 150,
      services: Object.fromEntries(SERVICE_GROUP_KEYS.map((g) => [g, (years as number[]).reduce((a, y) => a + services[g][YEARS.indexOf(y)]!, 0)])) as Record<ServiceGroup, number | null>,
    })),
  };
  patch(s);
  return s;
}

describe('actual against agreed', () => {
  it('judges a share: 20 of 50 reports is 40 %, interval (24.4 %, 61.8 %) by the exact Poisson interval for 20', () => {
    const [hi, inside, lo] = [20, 45, 70].map((value) => agreedComparison(series(), [{ group: 'skole', measure: 'share', value }])[0]);
    expect(hi).toMatchObject({ time: '2024', actual: 40, judgement: 'higher', agreed: 20 });
    expect(hi!.lo).toBeCloseTo((12.2165 / 50) * 100, 2); // Garwood lower limit for 20 is 12.2165
    expect(hi!.hi).toBeCloseTo((30.8884 / 50) * 100, 2);
    expect(inside!.judgement).toBe('no-clear-difference');
    expect(lo!.judgement).toBe('lower');
  });
  it('judges a rate per 1,000 children', () => {
    const [r] = agreedComparison(series(), [{ group: 'skole', measure: 'rate', value: 5 }]);
    expect(r).toMatchObject({ actual: 20, measure: 'rate', judgement: 'higher' });
  });
  it('falls back to the latest pooled period when the year is hidden, with the children of its three years', () => {
    const [r] = agreedComparison(series((s) => { s.services.skole[9] = null; }), [{ group: 'skole', measure: 'rate', value: 20 }]);
    expect(r).toMatchObject({ time: '2022-2024', actual: 20, judgement: 'no-clear-difference' });
  });
  it('says too few to say when both the year and every period are hidden', () => {
    const [r] = agreedComparison(series((s) => { s.services.politi[9] = null; s.periods.forEach((p) => { p.services.politi = null; }); }), [{ group: 'politi', measure: 'share', value: 5 }]);
    expect(r).toMatchObject({ actual: null, lo: null, hi: null, judgement: 'too-few' });
  });
});

describe('before and after an event', () => {
  const forum = { year: 2019, label: 'Forum', kind: 'forum' as const };
  it('compares the three years each side, leaving the event year out', () => {
    const r = beforeAfter(series(), forum);
    expect(r.rate.before).toMatchObject({ time: '2016–2018', count: 150, base: 3000, value: 50 });
    expect(r.rate.after).toMatchObject({ time: '2020–2022', count: 150, base: 3000, value: 50 });
    expect(r.rate.result.ratio).toBe(1);
    expect(r.rate.result.judgement).toBe('no-clear-change');
    const school = r.services.find((s) => s.group === 'skole')!;
    expect(school.before.value).toBeCloseTo(20, 9);
    expect(school.after.value).toBeCloseTo(40, 9);
    expect(school.result.ratio).toBeCloseTo(2, 9);
    expect(school.result.judgement).toBe('rising');
  });
  it('uses the pooled periods wholly before and after when a year of a service is hidden', () => {
    const r = beforeAfter(series((s) => { s.services.skole[YEARS.indexOf(2021)] = null; }), { ...forum, year: 2020 });
    const school = r.services.find((s) => s.group === 'skole')!;
    expect(school.before).toMatchObject({ time: '2016-2018', count: 30, base: 150 });
    expect(school.after).toMatchObject({ time: '2022-2024', count: 60, base: 150 });
    expect(school.result.judgement).toBe('rising');
  });
  it('never sums a hidden year into the rate and says too few instead', () => {
    const r = beforeAfter(series((s) => { s.reports[YEARS.indexOf(2017)] = null; }), forum);
    expect(r.rate.before.count).toBeNull();
    expect(r.rate.result.judgement).toBe('too-few');
  });
  it('has nothing after an event in the last year', () => {
    const r = beforeAfter(series(), { ...forum, year: 2024 });
    expect(r.rate.after).toMatchObject({ time: '–', count: null });
    expect(r.rate.result.judgement).toBe('too-few');
  });
});

describe('the before/after table', () => {
  it('puts the rate first, then each service group in per cent, with the judgement in words', async () => {
    const { beforeAfterData } = await import('../../../src/lib/local/local-tables.ts');
    const { nb } = await import('../../../src/lib/i18n/nb.ts');
    const d = beforeAfterData(beforeAfter(series(), { year: 2019, label: 'Forum', kind: 'forum' }), nb, 'nb', 0);
    expect(d.caption).toBe('Meldinger før og etter: 1. Forum');
    expect(d.data.rows[0]).toMatchObject({ what: 'Meldinger per 1 000 barn', before: 50, after: 50, ratio: 1, judgement: 'Ingen klar forskjell' });
    expect(d.data.rows.find((r) => r.what === 'Skole og PPT (%)')).toMatchObject({ before: 20, after: 40, ratio: 2, interval: '1,27–3,21', judgement: 'Høyere etter' }); // scipy: Clopper–Pearson for 60 of 90, as p/(1−p)
    const future = beforeAfterData(beforeAfter(series(), { year: 2024, label: 'Nytt', kind: 'other' }), nb, 'nb', 1);
    expect(future.window).toContain('Det finnes ennå ikke tall for årene etter.');
    expect(future.data.rows[0]).toMatchObject({ after: ':', ratio: ':', interval: ':', judgement: 'For få til å si' });
  });
});
