import { gzipSync } from 'node:zlib';
import type * as Plot from '@observablehq/plot';
import { renderChart } from '../src/lib/charts/render.ts';
import { reportsPerYearSpec } from '../src/lib/charts/reports-per-year.ts';
import { rateOverTimeSpec } from '../src/lib/charts/rate-over-time.ts';
import { shareComparisonSpec } from '../src/lib/charts/share-comparison.ts';
import { serviceAgeGridSpec } from '../src/lib/charts/service-age-grid.ts';
import { outcomeByServiceSpec } from '../src/lib/charts/outcome-by-service.ts';
import { funnelPlotLayers, funnelPlotSpec } from '../src/lib/charts/funnel-plot.ts';
import { rateMapLayers, rateMapSpec } from '../src/lib/charts/rate-map.ts';
import { renderLayers } from '../src/lib/charts/render-layers.ts';
import { loadCounties } from '../src/lib/geo/load-counties.ts';
import { buildDocument } from '../tests/support/svg-snapshot.ts';
import * as F from '../tests/lib/charts/page-chart-fixtures.ts';

const o = (title: string) => ({ width: 640, title, summary: title, hiddenLabel: F.HIDDEN, format: F.format, formatPct: F.formatPct });

/**
 * Build-time (linkedom) cost of each municipality-page chart: spec + render + serialise, as the build does it ~1,100
 * times. Median and p95 per render, the mean over the run (which also carries the garbage collection it causes) and
 * the CPU time per render (less sensitive to other work on a shared machine; it includes GC threads, so it can exceed the mean).
 */
export async function benchPageCharts(): Promise<Record<string, unknown>> {
  const counties = loadCounties();
  const funnel = F.funnelPoints('4601');
  const limits = F.limitsFor(funnel);
  const dots = F.mapDots('4601');
  const perYear = F.rateLargeCity.map((r) => ({ year: r.year, series: r.series, reports: r.rate, projected: false }));
  const charts: Record<string, () => Plot.PlotOptions> = {
    // Reference: the overview's existing line chart (~3 ms on an idle machine per docs); compare ratios to it.
    reference_reports_per_year: () => reportsPerYearSpec(perYear, { width: 640, title: 'ref', summary: 'ref', yLabel: 'y', projectedLabel: 'p' }),
    rate_over_time: () => rateOverTimeSpec(F.rateLargeCity, { ...o('rate'), yLabel: 'per 1 000', intervalLabel: '95 %' }),
    share_comparison: () => shareComparisonSpec(F.shareLargeCity, { ...o('share'), xLabel: 'andel' }),
    service_age_grid: () => serviceAgeGridSpec(F.gridLargeCity, { ...o('grid'), ageLabel: 'alder' }),
    outcome_by_service: () => outcomeByServiceSpec(F.outcomeLargeCity, { ...o('outcome'), xLabel: 'andel', focusLabel: 'Bergen', comparisonLabel: 'Landet' }),
    funnel_plot: () => funnelPlotSpec(funnel, limits, { ...o('funnel'), xLabel: 'barn', yLabel: 'rate', centre: F.CENTRE, centreLabel: 'Landet', limit95Label: '95 %', limit998Label: '99,8 %' }),
    rate_map: () => rateMapSpec(dots, counties, { ...o('map'), width: 420, legendLabel: 'per 1 000' }),
    funnel_plot_with_titles: () => funnelPlotSpec(funnel, limits, { ...o('funnel'), xLabel: 'barn', yLabel: 'rate', centre: F.CENTRE, centreLabel: 'Landet', limit95Label: '95 %', limit998Label: '99,8 %', titles: true }),
    rate_map_with_titles: () => rateMapSpec(dots, counties, { ...o('map'), width: 420, legendLabel: 'per 1 000', titles: true }),
  };
  // What the build pays per unit page for funnel and map: the page's own layer, the shared ones drawn once per language.
  const layered: Record<string, (doc: Document) => string> = {
    funnel_plot_page_layer: (doc) => renderLayers(funnelPlotLayers(funnel, limits, { ...o('funnel'), xLabel: 'barn', yLabel: 'rate', centre: F.CENTRE, centreLabel: 'Landet', limit95Label: '95 %', limit998Label: '99,8 %' }), 'bench-funnel', doc),
    rate_map_page_layer: (doc) => renderLayers(rateMapLayers(dots, counties, { ...o('map'), width: 420, legendLabel: 'per 1 000' }), 'bench-map', doc),
  };
  const renders: Record<string, (doc: Document) => string> = {
    ...Object.fromEntries(Object.entries(charts).map(([name, spec]) => [name, (doc: Document) => renderChart(spec(), doc)])),
    ...layered,
  };
  const results: Record<string, { median_ms: number; p95_ms: number; mean_ms: number; cpu_ms: number; svg_bytes: number; svg_gzip_bytes: number }> = {};
  const runs = 200;
  console.log('  chart                       median ms   p95 ms  mean ms   cpu ms   svg bytes  gzip bytes');
  for (const [name, render] of Object.entries(renders)) {
    for (let i = 0; i < 30; i++) render(buildDocument());
    const times: number[] = [];
    let svg = '';
    const start = performance.now();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      svg = render(buildDocument());
      times.push(performance.now() - t0);
    }
    const mean = (performance.now() - start) / runs;
    const cpu = process.cpuUsage(cpu0);
    times.sort((a, b) => a - b);
    const r = { median_ms: +times[runs / 2]!.toFixed(2), p95_ms: +times[Math.floor(runs * 0.95)]!.toFixed(2), mean_ms: +mean.toFixed(2), cpu_ms: +((cpu.user + cpu.system) / 1000 / runs).toFixed(2), svg_bytes: svg.length, svg_gzip_bytes: gzipSync(svg).length };
    results[name] = r;
    console.log(`  ${name.padEnd(28)}${String(r.median_ms).padStart(9)}${String(r.p95_ms).padStart(9)}${String(r.mean_ms).padStart(9)}${String(r.cpu_ms).padStart(9)}${String(r.svg_bytes).padStart(12)}${String(r.svg_gzip_bytes).padStart(12)}`);
  }
  return { renderer: 'linkedom', runs_per_chart: runs, charts: results };
}

if (import.meta.main) await benchPageCharts();
