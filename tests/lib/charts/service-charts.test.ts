import { describe, expect, it } from 'vitest';
import type * as Plot from '@observablehq/plot';
import { funnelPlotSpec } from '../../../src/lib/charts/funnel-plot.ts';
import { outcomeByServiceSpec } from '../../../src/lib/charts/outcome-by-service.ts';
import { rateOverTimeSpec } from '../../../src/lib/charts/rate-over-time.ts';
import { renderChart } from '../../../src/lib/charts/render.ts';
import { serviceAgeGridSpec } from '../../../src/lib/charts/service-age-grid.ts';
import { shareComparisonSpec } from '../../../src/lib/charts/share-comparison.ts';
import { funnelCurve } from '../../../src/lib/views/unit/funnel-view.ts';
import { buildDocument, matchSvgSnapshot } from '../../support/svg-snapshot.ts';
import * as F from './page-chart-fixtures.ts';

/** The service pages' charts: the shared specs fed as the service views feed them (shares over years, counties as rows, no focus municipality). */
const base = (title: string) => ({ width: 640, title, summary: `Sammendrag: ${title}`, hiddenLabel: F.HIDDEN });
const COUNTIES = ['Oslo', 'Rogaland', 'Møre og Romsdal', 'Nordland', 'Østfold', 'Akershus', 'Buskerud', 'Innlandet', 'Vestfold', 'Telemark', 'Agder', 'Vestland', 'Trøndelag', 'Troms', 'Finnmark'];
const AGES = ['0–2 år', '3–5 år', '6–12 år', '13–17 år', '18–22 år', 'Ukjent alder'];
const rnd = F.seeded(7);

const overTime = F.YEARS.map((year, i) => ({ year, series: 'Skole og PPT', rate: i === 3 ? null : 0.125 + rnd() * 0.01, focus: true }));
const counties = COUNTIES.flatMap((c, i) => [
  { category: c, series: 'Fylke', share: i === 14 ? null : 0.1 + rnd() * 0.06, focus: true },
  { category: c, series: 'Hele landet', share: 0.128, focus: false },
]);
const ageRows = ['Alle meldere, hele landet, 2022-2024', 'Hele landet, 2016-2018', 'Hele landet, 2022-2024', ...COUNTIES.slice(0, 5)].flatMap((row, r) => {
  const shares = [0, 0.02, 0.5, 0.46, 0.02, 0];
  return AGES.map((age, i) => ({ service: row, age, share: r === 2 && i === 3 ? null : shares[i]!, count: r === 2 && i === 3 ? null : Math.round(shares[i]! * 900) }));
});
const outcome = ['Hele landet', ...COUNTIES].map((service, i) => ({ service, dropped_share: i === 5 ? null : 0.15 + rnd() * 0.08, comparison_share: 0.24 }));
// Pooled over three years: the limits around a rate per year come from three times the children (see pooledLimits).
const points = F.funnelPoints('none').map((p) => ({ ...p, rate: p.rate === null ? null : p.rate / 6 }));
const kids = points.map((p) => p.children);
const limits = funnelCurve(F.CENTRE / 6, Math.min(...kids) * 3, Math.max(...kids) * 3).map((l) => ({ ...l, children: l.children / 3 }));

const cases: Record<string, Plot.PlotOptions> = {
  'service-share-over-time': rateOverTimeSpec(overTime, { ...base('Andel av alle meldinger'), yLabel: 'Andel av meldingene', format: F.formatPct }),
  'service-county-share': shareComparisonSpec(counties, { ...base('Andel per fylke'), xLabel: 'Andel av meldingene', formatPct: F.formatPct }),
  'service-age-by-county': serviceAgeGridSpec(ageRows, { ...base('Barnas alder'), ageLabel: 'Barnets alder', formatPct: F.formatPct, format: F.format }),
  'service-outcome-by-county': outcomeByServiceSpec(outcome, { ...base('Andel henlagt'), xLabel: 'Andel henlagt', focusLabel: 'Skole og PPT', comparisonLabel: 'Alle meldinger', formatPct: F.formatPct }),
  'service-funnel-pooled': funnelPlotSpec(points, limits, {
    ...base('Kommuner'), xLabel: 'Barn 0–17 år (logaritmisk skala)', yLabel: 'Meldinger per 1 000 barn per år', centre: F.CENTRE / 6,
    centreLabel: 'Landet', limit95Label: '95 %', limit998Label: '99,8 %', format: F.format,
  }),
};

describe('service page charts render as their snapshots', () => {
  for (const [name, spec] of Object.entries(cases))
    it(name, () => {
      const { actual, expected } = matchSvgSnapshot(name, spec);
      expect(actual).toBe(expected);
    });
});

describe('service page charts', () => {
  it('draw a hidden county share and a hidden year as ":", never as a zero bar or point', () => {
    const bars = renderChart(cases['service-county-share']!, buildDocument());
    expect(bars).toContain(`Fylke: ${F.HIDDEN}`);
    const line = renderChart(cases['service-share-over-time']!, buildDocument());
    expect(line).toContain(`2018: ${F.HIDDEN}`);
  });
  it('mark no municipality as the focus in the funnel of all municipalities', () => {
    const svg = renderChart(cases['service-funnel-pooled']!, buildDocument());
    expect(svg).not.toContain('font-weight="bold"');
    expect(svg).toContain('aria-label="Kommuner"');
  });
  it('narrow the funnel with three years of children against one', () => {
    const one = funnelCurve(F.CENTRE / 6, 1000, 1000)[0]!, three = limits.find((l) => l.children >= 900)!;
    expect(three.hi95 - three.lo95).toBeLessThan(one.hi95 - one.lo95);
  });
});
