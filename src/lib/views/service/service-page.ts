import type * as Plot from '@observablehq/plot';
import type { ServiceGroup } from '../../codes.ts';
import { funnelPlotSpec } from '../../charts/funnel-plot.ts';
import { outcomeByServiceSpec } from '../../charts/outcome-by-service.ts';
import { rateOverTimeSpec } from '../../charts/rate-over-time.ts';
import { renderChart } from '../../charts/render.ts';
import { serviceAgeGridSpec } from '../../charts/service-age-grid.ts';
import { shareComparisonSpec } from '../../charts/share-comparison.ts';
import { DICTIONARIES } from '../../i18n/dictionaries.ts';
import type { Lang } from '../../i18n/format.ts';
import type { ChartView } from '../chart-view.ts';
import { buildShared, type RenderedChart } from '../unit-page.ts';
import { ageByCountyView } from './age-by-county-view.ts';
import { areaShareView } from './area-share-view.ts';
import { municipalityFunnelView } from './municipality-funnel-view.ts';
import { outcomeByCountyView } from './outcome-by-county-view.ts';
import { serviceContext, type ServiceContext } from './service-context.ts';
import { shareOverTimeView } from './share-over-time-view.ts';

const WIDTH = 720;

export interface ServiceViews {
  ctx: ServiceContext;
  overTime: ReturnType<typeof shareOverTimeView>;
  counties: ReturnType<typeof areaShareView>;
  groups: ReturnType<typeof areaShareView>;
  age: ReturnType<typeof ageByCountyView>;
  outcome: ReturnType<typeof outcomeByCountyView>;
  funnel: ReturnType<typeof municipalityFunnelView>;
  synthetic: boolean;
}
export interface ServicePage { ctx: ServiceContext; charts: RenderedChart[]; synthetic: boolean }

const views = new Map<string, Promise<ServiceViews>>();
const pages = new Map<string, Promise<ServicePage>>();

/** Every chart of a service group's page before rendering, once per build, group and language (the page and its CSVs share it). */
export function serviceViews(group: ServiceGroup, lang: Lang): Promise<ServiceViews> {
  const key = `${group}|${lang}`;
  let v = views.get(key);
  if (!v) views.set(key, (v = (async () => {
    const { data, synthetic } = await buildShared();
    const ctx = serviceContext(data, group, DICTIONARIES[lang], lang);
    return {
      ctx, synthetic, overTime: shareOverTimeView(ctx), counties: areaShareView(ctx), groups: areaShareView(ctx, 'groups'), age: ageByCountyView(ctx),
      outcome: outcomeByCountyView(ctx), funnel: municipalityFunnelView(ctx),
    };
  })()));
  return v;
}

/** The charts of a service page, in page order, as views (for tables and CSV downloads). */
export const serviceChartViews = (v: ServiceViews): ChartView<unknown>[] => [v.overTime, v.counties, v.groups, v.age, v.outcome, v.funnel];

/** A service group's page in one language: every chart rendered to SVG, once per build. */
export function servicePage(group: ServiceGroup, lang: Lang): Promise<ServicePage> {
  const key = `${group}|${lang}`;
  let p = pages.get(key);
  if (!p) pages.set(key, (p = render(group, lang)));
  return p;
}

async function render(group: ServiceGroup, lang: Lang): Promise<ServicePage> {
  const { document } = await buildShared();
  const v = await serviceViews(group, lang);
  const { ctx } = v;
  const { t, pct } = ctx;
  const draw = (view: ChartView<unknown>, spec: Plot.PlotOptions): RenderedChart => ({ view, svg: renderChart(spec, document) });
  const base = (x: ChartView<unknown>) => ({ width: WIDTH, title: x.title, summary: x.summary, hiddenLabel: t['symbol.hidden'] });
  const fmt = (n: number) => ctx.num(n, 1);
  const { overTime, counties, groups, age, outcome, funnel } = v;
  const charts = [
    draw(overTime, rateOverTimeSpec(overTime.rows, { ...base(overTime), yLabel: t['chart.axis.share'], format: pct })),
    ...[counties, groups].map((x) => draw(x, shareComparisonSpec(x.rows, { ...base(x), xLabel: t['chart.axis.share'], formatPct: pct }))),
    draw(age, serviceAgeGridSpec(age.rows, { ...base(age), ageLabel: t['chart.axis.age'], formatPct: pct, format: (n) => ctx.num(n) })),
    draw(outcome, outcomeByServiceSpec(outcome.rows, {
      ...base(outcome), xLabel: t['chart.axis.dropped'], focusLabel: ctx.service, comparisonLabel: t['service.col.allReports'], formatPct: pct,
    })),
    draw(funnel, funnelPlotSpec(funnel.rows, funnel.limits, {
      width: WIDTH, title: funnel.title, summary: funnel.summary, xLabel: t['chart.axis.children'], yLabel: t['service.axis.ratePerYear'],
      centre: funnel.centre, centreLabel: t['chart.funnel.centre'], limit95Label: t['chart.funnel.limit95'], limit998Label: t['chart.funnel.limit998'],
      format: fmt, formatCount: (n) => ctx.num(n),
    })),
  ];
  return { ctx, charts, synthetic: v.synthetic };
}
