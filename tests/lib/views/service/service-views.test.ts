import { describe, expect, it } from 'vitest';
import { nb } from '../../../../src/lib/i18n/nb.ts';
import { en } from '../../../../src/lib/i18n/en.ts';
import { funnelLimits } from '../../../../src/lib/stats/funnel-limits.ts';
import { ageByCountyView } from '../../../../src/lib/views/service/age-by-county-view.ts';
import { areaShareView } from '../../../../src/lib/views/service/area-share-view.ts';
import { municipalityFunnelView, pooledLimits } from '../../../../src/lib/views/service/municipality-funnel-view.ts';
import { outcomeByCountyView } from '../../../../src/lib/views/service/outcome-by-county-view.ts';
import { serviceContext } from '../../../../src/lib/views/service/service-context.ts';
import { serviceIndexRows } from '../../../../src/lib/views/service/service-index.ts';
import { shareOverTimeView } from '../../../../src/lib/views/service/share-over-time-view.ts';
import { fakeSiteData } from '../../../support/fake-site-data.ts';

const PERIOD = ['2022', '2023', '2024'];
/** Text with the no-break spaces of number formats made plain, for comparing with written sentences. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
/** The same count for a key pattern in each year of the latest period. */
const perYear = (pattern: string, value: number | null) => Object.fromEntries(PERIOD.map((y) => [pattern.replace('{y}', y), value]));

describe('the service group over the years', () => {
  it('gives its share of all reports each year, hidden when its count is hidden, never 0', () => {
    const d = fakeSiteData({ 't|NO|2024|alle': 1000, 's|NO|2024|skole': 130, 't|NO|2015|alle': 800, 's|NO|2015|skole': null });
    const v = shareOverTimeView(serviceContext(d, 'skole', nb, 'nb'));
    const row = (y: string) => v.data.rows.find((r) => r.year === y);
    expect(row('2024')).toEqual({ year: '2024', reports: 130, all: 1000, share: 13 });
    expect(row('2015')).toEqual({ year: '2015', reports: ':', all: 800, share: ':' });
    expect(v.rows.find((r) => r.year === 2015)?.rate).toBeNull();
    expect(plain(v.summary)).toBe('I 2024 kom 13,0 % av alle meldinger i landet fra denne tjenestegruppen (130 meldinger), mot : i 2015.');
  });
});

describe('the service group by county', () => {
  it("gives each county's share over the pooled period against the country's, hidden with any year hidden", () => {
    const d = fakeSiteData({
      ...perYear('t|03|{y}|alle', 100), ...perYear('s|03|{y}|politi', 20), ...perYear('t|NO|{y}|alle', 1000), ...perYear('s|NO|{y}|politi', 100),
    });
    const v = areaShareView(serviceContext(d, 'politi', nb, 'nb'));
    expect(v.data.rows).toEqual([{ unit: 'Hele landet', reports: 300, all: 3000, share: 10 }, { unit: 'Oslo', reports: 60, all: 300, share: 20 }]);
    expect(v.rows).toEqual([{ category: 'Oslo', series: 'Fylke', share: 0.2, focus: true }, { category: 'Oslo', series: 'Hele landet', share: 0.1, focus: false }]);
    const hidden = fakeSiteData({ ...perYear('t|03|{y}|alle', 100), ...perYear('s|03|{y}|politi', 20), 's|03|2023|politi': null });
    expect(areaShareView(serviceContext(hidden, 'politi', nb, 'nb')).data.rows[1]).toEqual({ unit: 'Oslo', reports: ':', all: 300, share: ':' });
  });

  it("gives each peer group's share the same way, named by its range of children", () => {
    const d = fakeSiteData({
      ...perYear('t|G7|{y}|alle', 200), ...perYear('s|G7|{y}|politi', 30), ...perYear('t|NO|{y}|alle', 1000), ...perYear('s|NO|{y}|politi', 100),
    });
    const v = areaShareView(serviceContext(d, 'politi', nb, 'nb'), 'groups');
    expect(v.data.id).toBe('andel-per-kommunegruppe');
    expect(v.data.rows).toEqual([{ unit: 'Hele landet', reports: 300, all: 3000, share: 10 }, { unit: expect.stringMatching(/^Kommuner med .+ barn 0–17 år$/), reports: 90, all: 600, share: 15 }]);
    expect(v.rows.map((r) => r.series)).toEqual(['Sammenlignbare kommuner', 'Hele landet']);
    expect(plain(v.summary)).toMatch(/^Andelen varierer fra 15,0 % \(Kommuner med .+\) til 15,0 % \(Kommuner med .+\); i hele landet er den 10,0 %\.$/);
  });

  it("gives each county's age profile, keeping hidden cells as ':' and speaking of the counties when the country's share is hidden", () => {
    const ages = { '0-2': 0, '3-5': 5, '6-12': 45, '13-17': 50, '18-22': 0, uoppgitt: 0 };
    const counts: Record<string, number | null> = {};
    for (const [a, n] of Object.entries(ages)) {
      counts[`sa|03|2022-2024|skole|${a}`] = n;
      counts[`sa|NO|2022-2024|skole|${a}`] = a === '13-17' ? null : n * 10;
      Object.assign(counts, perYear(`a|NO|{y}|${a}`, n));
    }
    Object.assign(counts, perYear('t|NO|{y}|alle', 100));
    const v = ageByCountyView(serviceContext(fakeSiteData(counts), 'skole', nb, 'nb'));
    const row = (unit: string) => v.data.rows.find((r) => r.unit === unit);
    expect(row('Oslo')).toEqual({ unit: 'Oslo', '0-2': 0, '3-5': 5, '6-12': 45, '13-17': 50, '18-22': 0, uoppgitt: 0 });
    expect(row('Hele landet, 2022-2024')?.['13-17']).toBe(':');
    expect(row('Hele landet, 2016-2018')?.['6-12']).toBe(':');
    expect(row('Alle meldere, hele landet, 2022-2024')?.['13-17']).toBe(50);
    expect(plain(v.summary)).toBe('Tallene for hele landet er delvis skjult. I fylkene med publiserte tall gjaldt mellom 50,0 % og 50,0 % av meldingene fra tjenestegruppen barn 13–17 år, mot 50,0 % av alle meldinger i landet.');
  });

  it('gives the share dropped of its reports beside all reports, hidden when either outcome is hidden', () => {
    const d = fakeSiteData({
      'so|NO|2022-2024|barnehage|henlagt': 20, 'so|NO|2022-2024|barnehage|undersokt': 80, ...perYear('t|NO|{y}|alle', 100), ...perYear('t|NO|{y}|henlagt', 25),
      'so|03|2022-2024|barnehage|henlagt': null, 'so|03|2022-2024|barnehage|undersokt': 40,
    });
    const v = outcomeByCountyView(serviceContext(d, 'barnehage', en, 'en'));
    expect(v.data.rows).toEqual([{ unit: 'Norway', service: 20, all: 25 }, { unit: 'Oslo', service: ':', all: ':' }]);
    expect(v.summary).toBe('In the whole country, 20.0% of the service group\'s reports were dropped, against 25.0% of all reports.');
  });
});

describe('the funnel of municipalities', () => {
  it('takes the limits of a pooled yearly rate from the pooled child-years', () => {
    expect(pooledLimits(5, 2000, 3, 0.95)).toEqual(funnelLimits(5, 6000, 0.95));
    // Three years of exposure narrow the limits against one year's.
    const one = funnelLimits(5, 2000, 0.95), three = pooledLimits(5, 2000, 3, 0.95);
    expect(three.hi - three.lo).toBeLessThan(one.hi - one.lo);
  });

  it("places each municipality's yearly rate over the period against the national rate, and hides it with its count", () => {
    const counts = {
      ...perYear('t|NO|{y}|alle', 5000), ...perYear('s|NO|{y}|skole', 500), ...perYear('t|0301|{y}|alle', 400), ...perYear('s|0301|{y}|skole', 100),
    };
    const children = { NO: 100_000, '0301': 4000 };
    const v = municipalityFunnelView(serviceContext(fakeSiteData(counts, children), 'skole', nb, 'nb'));
    expect(v.centre).toBe(5);
    const l = funnelLimits(5, 12000, 0.95);
    expect(v.data.rows).toEqual([{
      name: 'Oslo', county: 'Oslo', children: 4000, reports: 300, rate: 25, lo95: Math.round(l.lo * 10) / 10, hi95: Math.round(l.hi * 10) / 10,
      position: 'Over grensen', share: 25,
    }]);
    expect(v.summary).toBe('0 av 1 kommuner med publiserte tall ligger innenfor 95 %-grensene, 1 over og 0 under; 0 har skjulte tall.');

    const hidden = municipalityFunnelView(serviceContext(fakeSiteData({ ...counts, 's|0301|2023|skole': null }, children), 'skole', nb, 'nb'));
    expect(hidden.rows[0]!.rate).toBeNull();
    expect(hidden.data.rows[0]).toMatchObject({ reports: ':', rate: ':', share: ':', position: 'Skjult' });
  });
});

describe('the index of service groups', () => {
  it('lists every group with its national count and share in the latest year, hidden counts as ":"', () => {
    const rows = serviceIndexRows(fakeSiteData({ 't|NO|2024|alle': 200, 's|NO|2024|politi': 30, 's|NO|2024|barnehage': null }), nb);
    expect(rows).toHaveLength(11);
    expect(rows.find((r) => r.group === 'politi')).toEqual({ group: 'politi', name: 'Politi', about: nb['services.about.politi'], reports: 30, share: 15 });
    expect(rows.find((r) => r.group === 'barnehage')).toMatchObject({ reports: ':', share: ':' });
  });
});
