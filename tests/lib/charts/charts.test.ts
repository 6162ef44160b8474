import { describe, expect, it } from 'vitest';
import { reportsByServiceSpec, type ServiceBar } from '../../../src/lib/charts/reports-by-service.ts';
import { reportsPerYearSpec, type PerYearPoint } from '../../../src/lib/charts/reports-per-year.ts';
import { formatNumber } from '../../../src/lib/i18n/format.ts';
import { buildDocument, matchSvgSnapshot } from '../../support/svg-snapshot.ts';
import { renderChart } from '../../../src/lib/charts/render.ts';

const perYearOpts = { width: 640, title: 'Meldinger per år', summary: 'Sammendrag', yLabel: 'Meldinger', projectedLabel: 'framskrevet', hiddenLabel: 'skjult' };
const serviceOpts = { width: 640, title: 'Meldinger etter melder', summary: 'Sammendrag', xLabel: 'Meldinger', hiddenLabel: 'skjult', format: (n: number) => formatNumber(n, 'nb') };

const national: PerYearPoint[] = [
  ...[54396, 58254, 58580, 57013, 57988, 56802, 53468, 49778, 48500, 47300].map((reports, i) => ({ year: 2015 + i, series: 'Syntetisk', reports, projected: i >= 8 })),
  ...[54396, 58254, 58580, 57013, 57988, 56802, 53468, 49778].map((reports, i) => ({ year: 2015 + i, series: 'SSB', reports, projected: false })),
];
const groups = ['Barnehage', 'Helsestasjon', 'Skole og PPT', 'Helse', 'Politi'];
const smallMunicipality: ServiceBar[] = groups.map((label, i) => ({ label, reports: [null, 0, 7, null, 12][i] ?? null }));
const allHidden: ServiceBar[] = groups.map((label) => ({ label, reports: null }));

describe('chart specs render as their snapshots', () => {
  const cases = {
    'per-year-national-with-ssb': reportsPerYearSpec(national, perYearOpts),
    'per-year-small-municipality-hidden-years': reportsPerYearSpec(
      [12, null, 9, null, 14, 11, 8, null, 10, 13].map((reports, i) => ({ year: 2015 + i, series: 'Kommune', reports, projected: false })), perYearOpts),
    'by-service-national': reportsByServiceSpec(groups.map((label, i) => ({ label, reports: [3087, 3096, 7328, 4121, 8034][i] ?? 0 })), serviceOpts),
    'by-service-small-municipality-hidden-cells': reportsByServiceSpec(smallMunicipality, serviceOpts),
    'by-service-all-hidden': reportsByServiceSpec(allHidden, serviceOpts),
  };
  for (const [name, spec] of Object.entries(cases))
    it(name, () => {
      const { actual, expected } = matchSvgSnapshot(name, spec);
      expect(actual).toBe(expected);
    });
});

describe('hidden counts in charts', () => {
  it('draws a hidden bar as a labelled stub, never as a zero-length bar', () => {
    const svg = renderChart(reportsByServiceSpec(smallMunicipality, serviceOpts), buildDocument());
    expect(svg.match(/: skjult/g)?.length).toBe(2);
    expect(svg).toContain('stroke-dasharray="3,2"');
  });
  it('labels every chart for screen readers and gives Plot groups a role', () => {
    const svg = renderChart(reportsPerYearSpec(national, perYearOpts), buildDocument());
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(svg).toContain('aria-label="Meldinger per år"');
    expect(svg).not.toMatch(/<g aria-label="[^"]*"(?![^>]*role=)/);
  });
});
