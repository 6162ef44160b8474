import { describe, expect, it } from 'vitest';
import type * as Plot from '@observablehq/plot';
import { agreedLevelsSpec, type AgreedPoint } from '../../../src/lib/charts/agreed-levels.ts';
import { rateOverTimeSpec } from '../../../src/lib/charts/rate-over-time.ts';
import { renderChart } from '../../../src/lib/charts/render.ts';
import { buildDocument, matchSvgSnapshot } from '../../support/svg-snapshot.ts';
import * as F from './page-chart-fixtures.ts';

const rateOpts = { width: 640, title: 'Meldinger per 1 000 barn', summary: 'Sammendrag', hiddenLabel: F.HIDDEN, yLabel: 'Per 1 000 barn', intervalLabel: 'skygge: 95 %-intervall', format: F.format };
const agreedOpts = { width: 640, title: 'Faktisk mot avtalt', summary: 'Sammendrag', xLabel: '% av meldingene', hiddenLabel: F.HIDDEN, actualLabel: 'faktisk', agreedLabel: 'avtalt', format: F.format };
const agreed: AgreedPoint[] = [
  { category: 'Barnehage', actual: 8.7, lo: 4.5, hi: 15.2, agreed: 6 },
  { category: 'Skole og PPT', actual: 14.5, lo: 8.9, hi: 22.4, agreed: 25 },
  { category: 'NAV, voksenpsykiatri og rustjenester', actual: null, lo: null, hi: null, agreed: 4 },
];
const events = [{ year: 2019, label: 'Samarbeidsforum med skolene' }, { year: 2021, label: 'Opplæring for NAV' }, { year: 2031, label: 'Planlagt' }];

const cases: Record<string, Plot.PlotOptions> = {
  'rate-over-time-with-events': rateOverTimeSpec(F.rateLargeCity, { ...rateOpts, events }),
  'agreed-levels-share-with-hidden': agreedLevelsSpec(agreed, agreedOpts),
  'agreed-levels-one-rate': agreedLevelsSpec([{ category: 'Politi', actual: 20, lo: 12.2, hi: 30.9, agreed: 10 }], { ...agreedOpts, xLabel: 'per 1 000 barn' }),
};

const svgOf = (spec: Plot.PlotOptions) => {
  const doc = buildDocument();
  const host = doc.createElement('div');
  host.innerHTML = renderChart(spec, doc);
  return host.querySelector('svg')!;
};

describe('meeting charts', () => {
  it.each(Object.keys(cases))('%s matches its SVG snapshot', (name) => {
    const { actual, expected } = matchSvgSnapshot(name, cases[name]!);
    expect(actual).toBe(expected);
  });
  it('marks each event within the years shown by its number and label, leaving out one beyond them', () => {
    const svg = svgOf(cases['rate-over-time-with-events']!);
    const titles = [...svg.querySelectorAll('title')].map((t) => t.textContent);
    expect(titles.filter((t) => t === 'Samarbeidsforum med skolene')).toHaveLength(2); // rule and number
    expect(titles).toContain('Opplæring for NAV');
    expect(titles).not.toContain('Planlagt');
    const numbers = [...svg.querySelectorAll('text')].map((t) => t.firstChild?.textContent); // a text's title is its child
    expect(numbers).toEqual(expect.arrayContaining(['1', '2']));
    expect(numbers).not.toContain('3');
  });
  it('leaves the rate chart as before without events', () => {
    expect(renderChart(rateOverTimeSpec(F.rateLargeCity, rateOpts), buildDocument())).toBe(renderChart(rateOverTimeSpec(F.rateLargeCity, { ...rateOpts, events: [] }), buildDocument()));
  });
  it('draws an agreed marker for every group and a hidden actual as `:`, never as zero', () => {
    const svg = svgOf(cases['agreed-levels-share-with-hidden']!);
    const titles = [...svg.querySelectorAll('title')].map((t) => t.textContent ?? '');
    expect(titles.filter((t) => t.includes(': avtalt '))).toHaveLength(3);
    expect(titles.filter((t) => t.includes(': faktisk '))).toHaveLength(2);
    expect(titles).toContain(`NAV, voksenpsykiatri og rustjenester: ${F.HIDDEN}`);
    expect(svg.getAttribute('aria-label')).toBe('Faktisk mot avtalt');
  });
});
