import type * as Plot from '@observablehq/plot';
import { funnelPlotLayers } from '../charts/funnel-plot.ts';
import { outcomeByServiceSpec } from '../charts/outcome-by-service.ts';
import { rateMapLayers } from '../charts/rate-map.ts';
import { rateOverTimeSpec } from '../charts/rate-over-time.ts';
import { buildDocument } from '../charts/build-document.ts';
import { renderChart } from '../charts/render.ts';
import { renderLayers } from '../charts/render-layers.ts';
import type { ChartLayers } from '../charts/chart-layers.ts';
import { serviceAgeGridSpec } from '../charts/service-age-grid.ts';
import { shareComparisonSpec } from '../charts/share-comparison.ts';
import { loadCounties } from '../geo/load-counties.ts';
import { DICTIONARIES } from '../i18n/dictionaries.ts';
import type { Lang } from '../i18n/format.ts';
import { buildDb } from '../query/build-db.ts';
import { readManifest } from '../release/read-manifest.ts';
import type { ChartView } from './chart-view.ts';
import { localPlanOf } from '../local/local-plans.ts';
import { loadSiteData, type SiteData } from './site-data.ts';
import { funnelCurve, funnelView } from './unit/funnel-view.ts';
import { headlineView, type Headline } from './unit/headline-view.ts';
import { mapView } from './unit/map-view.ts';
import { outcomeView } from './unit/outcome-view.ts';
import { rateOverTimeView } from './unit/rate-over-time-view.ts';
import { serviceAgeView } from './unit/service-age-view.ts';
import { shareView } from './unit/share-views.ts';
import { unitContext, type UnitContext } from './unit/unit-context.ts';

export interface RenderedChart { view: ChartView<unknown>; svg: string }
export interface UnitPage { ctx: UnitContext; headline: Headline; charts: RenderedChart[]; synthetic: boolean }

const WIDTH = 720;
let shared: Promise<{ data: SiteData; synthetic: boolean; counties: ReturnType<typeof loadCounties>; document: Document }> | undefined;

/** What every unit page of the build shares: the indexed data, the county outlines, one linkedom document. */
export function buildShared() {
  shared ??= (async () => ({
    data: await loadSiteData(await buildDb()),
    synthetic: readManifest().synthetic,
    counties: loadCounties(),
    document: buildDocument(),
  }))();
  return shared;
}

const curves = new Map<number, ReturnType<typeof funnelCurve>>();

export interface UnitViews {
  ctx: UnitContext;
  headline: Headline;
  rate: ReturnType<typeof rateOverTimeView>;
  service: ReturnType<typeof shareView>;
  age: ReturnType<typeof shareView>;
  grid: ReturnType<typeof serviceAgeView>;
  outcome: ReturnType<typeof outcomeView>;
  funnel: ReturnType<typeof funnelView>;
  map: ReturnType<typeof mapView>;
  synthetic: boolean;
}

/** A unit's value in a language, computed once, handed out `uses` times and then let go, so the build's heap stays small. */
function memoForUses<T>(uses: number, compute: (unit: string, lang: Lang) => Promise<T>): (unit: string, lang: Lang) => Promise<T> {
  const held = new Map<string, { value: Promise<T>; left: number }>();
  return (unit, lang) => {
    const key = `${unit}|${lang}`;
    const hit = held.get(key) ?? { value: compute(unit, lang), left: uses };
    if (--hit.left <= 0) held.delete(key);
    else held.set(key, hit);
    return hit.value;
  };
}

/**
 * Everything a unit page shows, before rendering: headline figures and each chart's rows, table and texts. Memoised
 * for its two users (the download route, then the page's render).
 */
export const unitViews = memoForUses(2, computeUnitViews);

async function computeUnitViews(unit: string, lang: Lang): Promise<UnitViews> {
  const { data, synthetic } = await buildShared();
  const ctx = unitContext(data, unit, DICTIONARIES[lang], lang);
  return {
    ctx, synthetic, headline: headlineView(ctx),
    rate: rateOverTimeView(ctx), service: shareView(ctx, 'service'), age: shareView(ctx, 'age'),
    grid: serviceAgeView(ctx), outcome: outcomeView(ctx), funnel: funnelView(ctx), map: mapView(ctx),
  };
}

/** The charts of a unit page, in page order, as views (for tables and CSV downloads). */
export const chartViews = (v: UnitViews): ChartView<unknown>[] => [v.rate, v.service, v.age, v.grid, v.outcome, v.funnel, v.map];

/**
 * A municipality, county or national page: headline figures and every chart rendered to SVG, in one language.
 * Memoised for the one other page that shows the same charts (a municipality's meeting pack).
 */
export const unitPage = memoForUses(2, renderUnitPage);

async function renderUnitPage(unit: string, lang: Lang): Promise<UnitPage> {
  const { data, counties, document } = await buildShared();
  const v = await unitViews(unit, lang);
  const { ctx } = v;
  const t = ctx.t;
  const pct = ctx.pct, fmt = (n: number) => ctx.num(n, 1);
  const render = (view: ChartView<unknown>, spec: Plot.PlotOptions): RenderedChart => ({ view, svg: renderChart(spec, document) });
  // Funnel and map show every municipality of the year, in the page's language, with only the page's own unit marked.
  const renderShared = (view: ChartView<unknown>, layers: ChartLayers): RenderedChart =>
    ({ view, svg: renderLayers(layers, `${view.data.id}|${lang}|${ctx.year}|${WIDTH}`, document) });
  const base = (x: ChartView<unknown>) => ({ width: WIDTH, title: x.title, summary: x.summary, hiddenLabel: t['symbol.hidden'] });
  const { rate, service, age, grid, outcome, funnel, map } = v;
  const centre = data.totals('NO', ctx.year)?.rate_per_1000 ?? 0;
  const kommuner = data.units.filter((u) => u.level === 'kommune');
  if (!curves.has(centre)) curves.set(centre, funnelCurve(centre, Math.min(...kommuner.map((k) => k.children)), Math.max(...kommuner.map((k) => k.children))));

  const charts = [
    render(rate, rateOverTimeSpec(rate.rows, { ...base(rate), yLabel: t['chart.axis.rate'], intervalLabel: t['chart.rateOverTime.interval'], format: fmt, events: ctx.focus.level === 'kommune' ? localPlanOf(data, unit).events : [] })),
    render(service, shareComparisonSpec(service.rows, { ...base(service), xLabel: t['chart.axis.share'], formatPct: pct })),
    render(age, shareComparisonSpec(age.rows, { ...base(age), xLabel: t['chart.axis.share'], formatPct: pct })),
    render(grid, serviceAgeGridSpec(grid.rows, { ...base(grid), ageLabel: t['chart.axis.age'], formatPct: pct, format: (n) => ctx.num(n) })),
    render(outcome, outcomeByServiceSpec(outcome.rows, { ...base(outcome), xLabel: t['chart.axis.dropped'], focusLabel: ctx.name(ctx.focus), comparisonLabel: t['unit.land'], formatPct: pct })),
    renderShared(funnel, funnelPlotLayers(funnel.rows, curves.get(centre)!, {
      width: WIDTH, title: funnel.title, summary: funnel.summary, xLabel: t['chart.axis.children'], yLabel: t['chart.axis.rate'],
      centre, centreLabel: t['chart.funnel.centre'], limit95Label: t['chart.funnel.limit95'], limit998Label: t['chart.funnel.limit998'], format: fmt, formatCount: (n) => ctx.num(n),
    })),
    renderShared(map, rateMapLayers(map.rows, counties, { ...base(map), legendLabel: t['chart.axis.rate'], format: fmt })),
  ];
  return { ctx, headline: v.headline, charts, synthetic: v.synthetic };
}
