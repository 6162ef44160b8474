import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type * as Plot from '@observablehq/plot';
import { rateOverTimeSpec } from '../../../src/lib/charts/rate-over-time.ts';
import { shareComparisonSpec } from '../../../src/lib/charts/share-comparison.ts';
import { serviceAgeGridSpec } from '../../../src/lib/charts/service-age-grid.ts';
import { outcomeByServiceSpec } from '../../../src/lib/charts/outcome-by-service.ts';
import { funnelPlotSpec } from '../../../src/lib/charts/funnel-plot.ts';
import { rateMapSpec } from '../../../src/lib/charts/rate-map.ts';
import { renderChart } from '../../../src/lib/charts/render.ts';
import { contrastRatio } from '../../../src/lib/charts/contrast-ratio.ts';
import { dodgeLabels, niceCeil } from '../../../src/lib/charts/chart-scale.ts';
import { SERIES } from '../../../src/lib/charts/palette.ts';
import { loadCounties } from '../../../src/lib/geo/load-counties.ts';
import { buildDocument, matchSvgSnapshot } from '../../support/svg-snapshot.ts';
import * as F from './page-chart-fixtures.ts';

const base = (title: string) => ({ width: 640, title, summary: `Sammendrag: ${title}`, hiddenLabel: F.HIDDEN });
const rateOpts = { ...base('Meldinger per 1 000 barn'), yLabel: 'Per 1 000 barn', intervalLabel: 'skygge: 95 %-intervall', format: F.format };
const shareOpts = { ...base('Meldinger etter melder'), xLabel: 'Andel av meldingene', formatPct: F.formatPct };
const gridOpts = { ...base('Alder etter melder'), ageLabel: 'Barnets alder', formatPct: F.formatPct, format: F.format };
const outcomeOpts = { ...base('Andel henlagt'), xLabel: 'Andel henlagt', focusLabel: 'Bergen', comparisonLabel: 'Hele landet', formatPct: F.formatPct };
const funnelOpts = {
  ...base('Trakt'), xLabel: 'Barn 0–17 år (logaritmisk skala)', yLabel: 'Meldinger per 1 000 barn', centre: F.CENTRE,
  centreLabel: 'Hele landet', limit95Label: '95 %', limit998Label: '99,8 %', format: F.format,
};
const mapOpts = { ...base('Kart'), width: 420, legendLabel: 'Meldinger per 1 000 barn', format: F.format };
const counties = loadCounties();

const funnelEdge = F.funnelPoints('1151').map((p) => (p.focus ? { ...p, rate: 133.3 } : p)); // Utsira: fewest children, far above the limits
const funnelCity = F.funnelPoints('0301');
const outcomeSmall = { ...outcomeOpts, focusLabel: 'Utsira' };

const cases: Record<string, Plot.PlotOptions> = {
  'rate-over-time-large-city': rateOverTimeSpec(F.rateLargeCity, rateOpts),
  'rate-over-time-small-municipality-hidden-years': rateOverTimeSpec(F.rateSmallMunicipality, rateOpts),
  'rate-over-time-all-hidden': rateOverTimeSpec(F.rateAllHidden, rateOpts),
  'share-comparison-large-city': shareComparisonSpec(F.shareLargeCity, shareOpts),
  'share-comparison-small-municipality-hidden-cells': shareComparisonSpec(F.shareSmallMunicipality, shareOpts),
  'share-comparison-all-hidden': shareComparisonSpec(F.shareAllHidden, shareOpts),
  'share-comparison-age-profile': shareComparisonSpec(F.ageProfile, { ...shareOpts, title: 'Alder' }),
  'service-age-grid-large-city': serviceAgeGridSpec(F.gridLargeCity, gridOpts),
  'service-age-grid-small-municipality-hidden-cells': serviceAgeGridSpec(F.gridSmallMunicipality, gridOpts),
  'service-age-grid-all-hidden': serviceAgeGridSpec(F.gridAllHidden, gridOpts),
  'outcome-by-service-large-city': outcomeByServiceSpec(F.outcomeLargeCity, outcomeOpts),
  'outcome-by-service-small-municipality-hidden-cells': outcomeByServiceSpec(F.outcomeSmallMunicipality, outcomeSmall),
  'outcome-by-service-all-hidden': outcomeByServiceSpec(F.outcomeAllHidden, outcomeSmall),
  'funnel-plot-large-city': funnelPlotSpec(funnelCity, F.limitsFor(funnelCity), funnelOpts),
  'funnel-plot-focus-at-edge': funnelPlotSpec(funnelEdge, F.limitsFor(funnelEdge), funnelOpts),
  'funnel-plot-all-hidden': funnelPlotSpec(funnelCity.map((p) => ({ ...p, rate: null })), F.limitsFor(funnelCity), funnelOpts),
  'rate-map-large-city': rateMapSpec(F.mapDots('0301'), counties, mapOpts),
  'rate-map-small-municipality-hidden': rateMapSpec(F.mapDots('1151').map((d) => (d.focus ? { ...d, rate: null } : d)), counties, mapOpts),
  'rate-map-all-hidden': rateMapSpec(F.mapDots('5636').map((d) => ({ ...d, rate: null })), counties, mapOpts),
};

/** Render a case and return its SVG element for querying. */
function svgOf(spec: Plot.PlotOptions): SVGSVGElement {
  const { document } = parseHTML(`<!doctype html><html><body>${renderChart(spec, buildDocument())}</body></html>`);
  return document.querySelector('svg') as unknown as SVGSVGElement;
}
/** A text element's own words, without its <title>. */
const ownText = (t: Element) => [...t.childNodes].filter((n) => (n as Element).tagName?.toLowerCase() !== 'title').map((n) => n.textContent).join('');
const texts = (svg: Element) => [...svg.querySelectorAll('text')].map(ownText);
const colons = (svg: Element) => [...svg.querySelectorAll('text')].filter((t) => ownText(t) === ':');
/** Dots drawn as circles plus dots packed into a dense-dots path (one `M` each). */
const dotCount = (svg: Element) =>
  svg.querySelectorAll('g[aria-label="dot"] circle').length + [...svg.querySelectorAll('path.dots')].reduce((n, p) => n + (p.getAttribute('d')!.match(/M/g)?.length ?? 0), 0);
const group = (svg: Element, label: string) => [...svg.querySelectorAll(`g[aria-label="${label}"]`)];

describe('page charts render as their snapshots', () => {
  for (const [name, spec] of Object.entries(cases))
    it(name, () => {
      const { actual, expected } = matchSvgSnapshot(name, spec);
      expect(actual).toBe(expected);
    });
});

describe('every page chart is labelled for screen readers', () => {
  for (const [name, spec] of Object.entries(cases))
    it(name, () => {
      const svg = renderChart(spec, buildDocument());
      expect(svg).toMatch(/^<svg[^>]*role="img"/);
      expect(svg).toMatch(new RegExp(`^<svg[^>]*aria-label="${spec.ariaLabel}"`));
      expect(svg).toMatch(/^<svg[^>]*aria-description="Sammendrag: /);
      expect(svg).not.toMatch(/<g aria-label="[^"]*"(?![^>]*role=)/);
    });
});

describe('hidden values are drawn as hidden, never as zero', () => {
  it('rate over time: a hidden year breaks the focus line and gets a titled ":" on the axis', () => {
    const svg = svgOf(cases['rate-over-time-small-municipality-hidden-years']!);
    const focusLine = group(svg, 'line').find((g) => g.getAttribute('stroke-width') === '3')!;
    // Shown years 2016 | 2019–2020 | 2022 | 2024: four separate runs, so the path never bridges a hidden year.
    const d = focusLine.querySelector('path')!.getAttribute('d')!;
    expect(d.match(/M/g)?.length).toBe(4);
    expect(colons(svg)).toHaveLength(5);
    for (const c of colons(svg)) expect(c.querySelector('title')?.textContent).toContain(F.HIDDEN);
  });
  it('rate over time, all hidden: no focus line or label, a ":" for each of the ten years', () => {
    const svg = svgOf(cases['rate-over-time-all-hidden']!);
    expect(colons(svg)).toHaveLength(10);
    expect(texts(svg)).not.toContain('Utsira');
  });
  it('share comparison: hidden focus shares are dashed stubs marked ":"; a published zero is a real value', () => {
    const svg = svgOf(cases['share-comparison-small-municipality-hidden-cells']!);
    const focusHidden = colons(svg).filter((t) => t.querySelector('title')?.textContent === `Utsira: ${F.HIDDEN}`);
    expect(focusHidden).toHaveLength(3);
    expect(svg.querySelectorAll('g[aria-label="bar"][stroke-dasharray="3,2"] rect')).toHaveLength(3);
    expect(texts(svg)).toContain(F.formatPct(0));
    // The hidden comparison (KOSTRA-gruppe 13, Politi) is its marker and a ":" right of the axis, with a title.
    expect(colons(svg).filter((t) => t.querySelector('title')?.textContent === `KOSTRA-gruppe 13: ${F.HIDDEN}`)).toHaveLength(1);
    // The key explains the symbol.
    expect(texts(svg.querySelector('g.series-key')!)).toContain(`: ${F.HIDDEN}`);
  });
  it('service × age grid: hidden cells are dashed, unfilled and marked ":"; shown cells are filled', () => {
    const svg = svgOf(cases['service-age-grid-small-municipality-hidden-cells']!);
    const hidden = F.gridSmallMunicipality.filter((c) => c.share === null).length;
    const [shownCells, hiddenCells] = group(svg, 'cell');
    expect(hiddenCells!.getAttribute('stroke-dasharray')).toBe('4,3');
    expect(hiddenCells!.getAttribute('fill')).toBe('none');
    expect(hiddenCells!.querySelectorAll('rect')).toHaveLength(hidden);
    expect(shownCells!.querySelectorAll('rect')).toHaveLength(F.gridSmallMunicipality.length - hidden);
    expect(colons(svg)).toHaveLength(hidden);
  });
  it('outcome by service: hidden shares are stubs marked ":", the hidden comparison a ":" beside the axis', () => {
    const svg = svgOf(cases['outcome-by-service-small-municipality-hidden-cells']!);
    expect(svg.querySelectorAll('g[aria-label="bar"][stroke-dasharray="3,2"] rect')).toHaveLength(4);
    expect(colons(svg)).toHaveLength(5);
    expect(svgOf(cases['outcome-by-service-all-hidden']!).querySelectorAll('g[aria-label="bar"]:not([stroke-dasharray]) rect')).toHaveLength(0);
  });
  it('funnel: hidden rates are left out, not put at zero', () => {
    const shown = funnelCity.filter((p) => p.rate !== null).length;
    // Every shown municipality once, plus the focus's large dot over its own.
    expect(dotCount(svgOf(cases['funnel-plot-large-city']!))).toBe(shown + 1);
    expect(dotCount(svgOf(cases['funnel-plot-all-hidden']!))).toBe(0);
    // With hover titles (the browser's re-render) each dot is its own titled circle.
    const titled = svgOf(funnelPlotSpec(funnelCity, F.limitsFor(funnelCity), { ...funnelOpts, titles: true }));
    expect(titled.querySelectorAll('circle')).toHaveLength(shown);
    expect(titled.querySelectorAll('circle title')).toHaveLength(shown);
  });
  it('map: hidden rates are hollow grey dots, in the key too', () => {
    const dots = F.mapDots('1151');
    const svg = svgOf(cases['rate-map-small-municipality-hidden']!);
    const hollow = svg.querySelector('path.dots[fill="none"][stroke="#767676"]')!;
    // The hidden focus too (under its larger dot, filled with the page's background so it does not show).
    expect(hollow.getAttribute('d')!.match(/M/g)).toHaveLength(dots.filter((d) => d.rate === null || d.focus).length);
    expect(svg.querySelector('g[aria-label="dot"] circle[fill="var(--mb-bg, white)"][stroke="#767676"]')).not.toBeNull();
    expect(texts(svg.querySelector('g.class-key')!).join(' ')).toContain(`: ${F.HIDDEN}`);
  });
});

describe('series are told apart without colour', () => {
  it('rate over time: every series has its own dash and its own symbol; the focus is solid and thicker', () => {
    const svg = svgOf(cases['rate-over-time-large-city']!);
    const lines = group(svg, 'line');
    expect(lines).toHaveLength(4);
    expect(new Set(lines.map((g) => g.getAttribute('stroke-dasharray') ?? 'solid')).size).toBe(4);
    expect(lines.filter((g) => g.getAttribute('stroke-width') === '3').map((g) => g.getAttribute('stroke-dasharray'))).toEqual([null]);
    const shapes = group(svg, 'dot').slice(0, 4).map((g) => { const e = g.firstElementChild!; return e.tagName.toLowerCase() === 'circle' ? 'circle' : e.getAttribute('d')!.replace(/[\d.-]+/g, 'n'); });
    expect(new Set(shapes).size).toBe(4);
    // Direct labels may wrap into <tspan> lines; compare without spaces.
    for (const name of ['Bergen', 'Vestland', 'Hele landet', 'KOSTRA-gruppe 13']) expect(texts(svg).join('|').replace(/\s/g, '')).toContain(name.replace(/\s/g, ''));
  });
  it('share comparison: focus bar, a tick and distinct symbols, each named in the key', () => {
    const svg = svgOf(cases['share-comparison-large-city']!);
    expect(group(svg, 'bar')[0]!.querySelectorAll('rect')).toHaveLength(6);
    expect(group(svg, 'tick').length).toBeGreaterThan(0);
    const symbols = group(svg, 'dot').map((g) => g.querySelector('path')!.getAttribute('d')!.replace(/[\d.-]+/g, 'n'));
    expect(new Set(symbols).size).toBe(2);
    const key = svg.querySelector('g.series-key')!;
    expect(texts(key)).toEqual(['Bergen', 'Vestland', 'Hele landet', 'KOSTRA-gruppe 13']);
  });
  it('funnel: limits differ by dash, the focus is large, ringed and named inside the frame at either edge', () => {
    for (const [name, expectName, anchor] of [['funnel-plot-focus-at-edge', 'Utsira', 'start'], ['funnel-plot-large-city', 'Oslo', 'end']] as const) {
      const svg = svgOf(cases[name]!);
      expect(new Set(group(svg, 'line').map((g) => g.getAttribute('stroke-dasharray'))).size).toBe(2);
      const label = [...svg.querySelectorAll('text')].find((t) => ownText(t) === expectName)!;
      expect(label.closest('g')!.getAttribute('text-anchor')).toBe(anchor);
      expect(svg.querySelectorAll('circle[r="6.5"]').length + svg.querySelectorAll('g[aria-label="dot"] circle').length).toBeGreaterThan(0);
    }
  });
});

describe('heat-map labels keep 4.5:1 on their cells', () => {
  it('each cell label is black or white with at least 4.5:1 against its fill', () => {
    const svg = svgOf(cases['service-age-grid-large-city']!);
    const cells = [...group(svg, 'cell')[0]!.querySelectorAll('rect')].map((r) => r.getAttribute('fill')!);
    const labels = [...group(svg, 'text')[0]!.querySelectorAll('text')].map((t) => t.getAttribute('fill')!);
    expect(labels).toHaveLength(cells.length);
    cells.forEach((fill, i) => expect(contrastRatio(fill, labels[i]!)).toBeGreaterThanOrEqual(4.5));
  });
  it('series colours keep 3:1 on both page backgrounds', () => {
    for (const c of SERIES) for (const bg of ['#ffffff', '#16181d']) expect(contrastRatio(c, bg)).toBeGreaterThanOrEqual(3);
  });
});

describe('map', () => {
  it('draws 15 county outlines and one dot per municipality, and rings and names the focus', () => {
    const svg = svgOf(cases['rate-map-large-city']!);
    expect(svg.querySelectorAll('g[aria-label="geo"] path')).toHaveLength(15);
    const n = F.municipalities().length;
    // Every municipality once, plus the focus's larger dot over its own and the focus ring.
    expect(dotCount(svg)).toBe(n + 2);
    const titled = svgOf(rateMapSpec(F.mapDots('0301'), counties, { ...mapOpts, titles: true }));
    expect(titled.querySelectorAll('g[aria-label="dot"] circle title')).toHaveLength(n);
    expect(texts(svg)).toContain('Oslo');
  });
  it('renders the same SVG when the county outlines are replayed from cache', () => {
    const spec = () => rateMapSpec(F.mapDots('4601'), counties, mapOpts);
    expect(renderChart(spec(), buildDocument())).toBe(renderChart(spec(), buildDocument()));
  });
});

describe('loadCounties', () => {
  it('reads the committed county file: 15 counties, wound for d3, small', () => {
    const fc = loadCounties();
    expect(fc.features.map((f) => f.properties.fylkesnummer)).toEqual(['03', '11', '15', '18', '31', '32', '33', '34', '39', '40', '42', '46', '50', '55', '56']);
    expect(statSync('data/reference/geo/fylker.geo.json').size).toBeLessThan(60_000);
  });
  it('rejects malformed files with a located error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-geo-'));
    try {
      const good = loadCounties();
      const write = (name: string, body: unknown) => {
        const p = join(dir, name);
        writeFileSync(p, typeof body === 'string' ? body : JSON.stringify(body));
        return p;
      };
      expect(() => loadCounties(write('truncated.json', '{"type":"FeatureCollection","feat'))).toThrow(/cannot read county outlines/);
      expect(() => loadCounties(join(dir, 'missing.json'))).toThrow(/missing\.json/);
      const noName = { ...good, features: good.features.map((f, i) => (i === 2 ? { ...f, properties: { fylkesnummer: '15' } } : f)) };
      expect(() => loadCounties(write('no-name.json', noName))).toThrow(/features\.2\.properties\.name/);
      const ccw = { ...good, features: good.features.map((f) => ({ ...f, geometry: rewind(f.geometry) })) };
      expect(() => loadCounties(write('ccw.json', ccw))).toThrow(/counter-clockwise/);
      const dup = { ...good, features: [...good.features, good.features[0]] };
      expect(() => loadCounties(write('dup.json', dup))).toThrow(/duplicate county 03/);
      expect(() => loadCounties(write('points.json', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { fylkesnummer: '03', name: 'Oslo' }, geometry: { type: 'Point', coordinates: [10, 60] } }] }))).toThrow(/not valid/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('label helpers', () => {
  it('niceCeil rounds up to a readable axis end', () => {
    expect([0, 7, 48, 50.4, 0.33].map(niceCeil)).toEqual([1, 8, 50, 60, 0.4]);
  });
  it('dodgeLabels keeps labels apart and inside the frame, in input order', () => {
    expect(dodgeLabels([100, 101, 300], [14, 14, 14], 0, 305)).toEqual([100, 116, 298]);
  });
});

type Geometry = ReturnType<typeof loadCounties>['features'][number]['geometry'];
function rewind(g: Geometry): Geometry {
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map((r) => [...r].reverse()) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => [...r].reverse())) };
}
