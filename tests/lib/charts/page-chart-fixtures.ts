/**
 * Small, fixed inputs for the municipality-page charts. All figures are invented (seeded), shaped like the synthetic
 * release: a large city with everything published, a small municipality full of hidden cells, and all-hidden cases.
 */
import { readFileSync } from 'node:fs';
import type { RatePoint } from '../../../src/lib/charts/rate-over-time.ts';
import type { ShareRow } from '../../../src/lib/charts/share-comparison.ts';
import type { GridCell } from '../../../src/lib/charts/service-age-grid.ts';
import type { OutcomeRow } from '../../../src/lib/charts/outcome-by-service.ts';
import type { FunnelLimit, FunnelPoint } from '../../../src/lib/charts/funnel-plot.ts';
import type { MapDot } from '../../../src/lib/charts/rate-map.ts';
import { funnelLimits } from '../../../src/lib/stats/funnel-limits.ts';

const pct = new Intl.NumberFormat('nb-NO', { style: 'percent', maximumFractionDigits: 0 });
const num = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });
export const formatPct = (s: number) => pct.format(s);
export const format = (n: number) => num.format(n);
export const HIDDEN = 'skjult av personvernhensyn';

/** A seeded generator (Park–Miller), so every run draws the same figures. */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

export const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const comparisonsOverTime = (offset: number): RatePoint[] =>
  YEARS.flatMap((year, i) => [
    { year, series: 'Vestland', rate: 33 - i * 0.4 + offset, focus: false },
    { year, series: 'Hele landet', rate: 32 - i * 0.5, focus: false },
    { year, series: 'KOSTRA-gruppe 13', rate: 31.5 - i * 0.3, focus: false },
  ]);
export const rateLargeCity: RatePoint[] = [
  ...YEARS.map((year, i) => ({ year, series: 'Bergen', rate: 34 + i * 0.6, lo: 32.5 + i * 0.6, hi: 35.6 + i * 0.6, focus: true })),
  ...comparisonsOverTime(0),
];
const smallRates = [null, 41.2, null, null, 27.9, 55.0, null, 38.3, null, 44.1];
export const rateSmallMunicipality: RatePoint[] = [
  ...YEARS.map((year, i) => {
    const rate = smallRates[i] ?? null;
    return { year, series: 'Utsira', rate, lo: rate === null ? null : rate * 0.35, hi: rate === null ? null : rate * 2.1, focus: true };
  }),
  ...comparisonsOverTime(-1).map((r) => (r.series === 'Vestland' ? { ...r, series: 'Rogaland' } : r)),
];
export const rateAllHidden: RatePoint[] = [
  ...YEARS.map((year) => ({ year, series: 'Utsira', rate: null, focus: true })),
  ...comparisonsOverTime(-1),
];

export const SERVICES = ['Barnehage', 'Helsestasjon og skolehelsetjeneste', 'Skole og PPT', 'Helsetjenester', 'Politi', 'Barnet selv og familien'];
export const AGES = ['0–2 år', '3–5 år', '6–12 år', '13–17 år'];
const national = [0.07, 0.06, 0.22, 0.15, 0.28, 0.22];
const withComparisons = (category: string, i: number, focus: string, share: number | null, shares = national): ShareRow[] => [
  { category, series: focus, share, focus: true },
  { category, series: 'Vestland', share: shares[i]! * 0.95, focus: false },
  { category, series: 'Hele landet', share: shares[i]!, focus: false },
  { category, series: 'KOSTRA-gruppe 13', share: shares[i]! * 1.06, focus: false },
];
export const shareLargeCity = SERVICES.flatMap((c, i) => withComparisons(c, i, 'Bergen', national[i]! * [1.2, 0.8, 1.1, 0.9, 1.05, 0.95][i]!));
export const shareSmallMunicipality = SERVICES.flatMap((c, i) => withComparisons(c, i, 'Utsira', [null, 0, 0.4, null, null, 0.6][i] ?? null))
  .map((r) => (r.series === 'KOSTRA-gruppe 13' && r.category === 'Politi' ? { ...r, share: null } : r));
export const shareAllHidden = SERVICES.flatMap((c, i) => withComparisons(c, i, 'Utsira', null));
const ageNational = [0.18, 0.14, 0.38, 0.3];
export const ageProfile = AGES.flatMap((c, i) => withComparisons(c, i, 'Bergen', [0.15, 0.13, 0.4, 0.32][i]!, ageNational));

export const gridLargeCity: GridCell[] = SERVICES.flatMap((service, i) => {
  const w = [[6, 3, 1, 0], [5, 2, 2, 1], [0, 1, 5, 4], [3, 2, 3, 3], [0, 1, 3, 7], [2, 2, 3, 3]][i]!;
  const total = w.reduce((a, b) => a + b, 0);
  return AGES.map((age, j) => ({ service, age, share: w[j]! / total, count: w[j]! * 37 }));
});
export const gridSmallMunicipality: GridCell[] = SERVICES.flatMap((service, i) =>
  AGES.map((age, j) => {
    const shown = (i === 2 && j >= 2) || (i === 5 && j === 3);
    return { service, age, share: shown ? [0.5, 0.5, 1][j - 1 + (i === 5 ? 1 : 0)] ?? 0.5 : null, count: shown ? 6 : null };
  }),
);
export const gridAllHidden: GridCell[] = SERVICES.flatMap((service) => AGES.map((age) => ({ service, age, share: null, count: null })));

export const outcomeLargeCity: OutcomeRow[] = SERVICES.map((service, i) => ({ service, dropped_share: 0.18 + i * 0.035, comparison_share: 0.24 + (i % 3) * 0.04 }));
export const outcomeSmallMunicipality: OutcomeRow[] = SERVICES.map((service, i) => ({
  service, dropped_share: [null, null, 0.5, null, 0.2, null][i] ?? null, comparison_share: i === 1 ? null : 0.24 + (i % 3) * 0.04,
}));
export const outcomeAllHidden: OutcomeRow[] = SERVICES.map((service) => ({ service, dropped_share: null, comparison_share: 0.25 }));

/** 357 municipalities with children and rates drawn around a centre of 30 per 1,000; every 11th rate hidden. */
export const CENTRE = 30;
export function funnelPoints(focusUnit: string): FunnelPoint[] {
  const rnd = seeded(11);
  return municipalities().map((m, i) => {
    const children = Math.max(40, Math.round(m.population * 0.21));
    const mu = (CENTRE * children) / 1000;
    const count = Math.max(0, Math.round(mu + (rnd() - 0.5) * 3.4 * Math.sqrt(mu)));
    return { unit: m.unit, name: m.name, children, rate: i % 11 === 5 ? null : (count * 1000) / children, focus: m.unit === focusUnit };
  });
}
export function limitsFor(points: FunnelPoint[]): FunnelLimit[] {
  const kids = points.map((p) => p.children);
  const [lo, hi] = [Math.log(Math.min(...kids)), Math.log(Math.max(...kids))];
  return Array.from({ length: 40 }, (_, i) => {
    const children = Math.round(Math.exp(lo + ((hi - lo) * i) / 39));
    const [a, b] = [funnelLimits(CENTRE, children, 0.95), funnelLimits(CENTRE, children, 0.998)];
    return { children, lo95: a.lo, hi95: a.hi, lo998: b.lo, hi998: b.hi };
  });
}

export interface Municipality { unit: string; name: string; population: number; lon: number; lat: number }
/** The real 2024 municipality list (data/reference/kommuner.csv): codes, names, population, label points. */
export function municipalities(): Municipality[] {
  const [head, ...lines] = readFileSync('data/reference/kommuner.csv', 'utf8').trim().split(/\r?\n/);
  const col = head!.split(',');
  const at = (name: string) => col.indexOf(name);
  return lines.map((l) => {
    const c = l.split(',');
    return { unit: c[at('kommunenummer')]!, name: c[at('name_official')]!, population: +c[at('population')]!, lon: +c[at('label_lon')]!, lat: +c[at('label_lat')]! };
  });
}
export function mapDots(focusUnit: string, hiddenEvery = 9): MapDot[] {
  const rnd = seeded(5);
  return municipalities().map((m, i) => ({ ...m, rate: i % hiddenEvery === 4 ? null : 18 + rnd() * 30, focus: m.unit === focusUnit }));
}
