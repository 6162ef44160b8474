import { describe, expect, it } from 'vitest';
import { funnelPlotLayers } from '../../../src/lib/charts/funnel-plot.ts';
import { rateMapLayers } from '../../../src/lib/charts/rate-map.ts';
import { layeredSpec, type ChartLayers } from '../../../src/lib/charts/chart-layers.ts';
import { renderLayers } from '../../../src/lib/charts/render-layers.ts';
import { renderChart } from '../../../src/lib/charts/render.ts';
import { loadCounties } from '../../../src/lib/geo/load-counties.ts';
import { buildDocument } from '../../support/svg-snapshot.ts';
import * as F from './page-chart-fixtures.ts';

const base = (title: string, summary: string) => ({ width: 640, title, summary, hiddenLabel: F.HIDDEN, format: F.format });
const funnel = (focus: string, summary = `Sammendrag for ${focus}`) => {
  const points = F.funnelPoints(focus);
  return funnelPlotLayers(points, F.limitsFor(F.funnelPoints('0301')), {
    ...base('Trakt', summary), xLabel: 'Barn 0–17 år', yLabel: 'Per 1 000 barn', centre: F.CENTRE, centreLabel: 'Hele landet', limit95Label: '95 %', limit998Label: '99,8 %',
  });
};
const counties = loadCounties();
const map = (focus: string, hideFocus = false) =>
  rateMapLayers(F.mapDots(focus).map((d) => (hideFocus && d.focus ? { ...d, rate: null } : d)), counties, { ...base('Kart', `Kart for ${focus}`), width: 420, legendLabel: 'Per 1 000 barn' });
const whole = (l: ChartLayers) => renderChart(layeredSpec(l), buildDocument());

describe('renderLayers', () => {
  it('gives every page the same SVG as rendering its whole chart, while drawing the shared layers once per key', () => {
    // The first page of a key draws the shared layers; the later ones reuse them, for other municipalities and texts.
    for (const [key, pages] of [
      ['funnel', [funnel('0301'), funnel('1151', 'Utsira, med < & "tegn"'), funnel('4601'), funnel('5636')]],
      ['map', [map('0301'), map('1151', true), map('4601'), map('5636')]],
    ] as const)
      for (const layers of pages) expect(renderLayers(layers, `test-${key}`, buildDocument())).toBe(whole(layers));
  });
  it('keeps each page its own title, summary and marked unit', () => {
    const a = renderLayers(funnel('0301', 'Oslo ligger innenfor'), 'test-own', buildDocument());
    const b = renderLayers(funnel('4601', 'Bergen ligger innenfor'), 'test-own', buildDocument());
    expect(a).toContain('aria-description="Oslo ligger innenfor"');
    expect(b).toContain('aria-description="Bergen ligger innenfor"');
    expect(a).toMatch(/>Oslo<\/text>/);
    expect(b).toMatch(/>Bergen<\/text>/);
    expect(b).not.toMatch(/>Oslo<\/text>/);
    expect(b.match(/<style>/g)).toHaveLength(1);
  });
  it('draws the shared layers again for another key, so a key that names different data never gets stale layers', () => {
    const layers = funnel('0301');
    const other = { ...layers, under: layers.under.slice(0, 2) };
    renderLayers(layers, 'test-a', buildDocument());
    expect(renderLayers(other, 'test-b', buildDocument())).toBe(whole(other));
    expect(renderLayers(other, 'test-a', buildDocument())).not.toBe(whole(other));
  });
});
