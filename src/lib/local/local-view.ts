import { renderChart } from '../charts/render.ts';
import { DICTIONARIES } from '../i18n/dictionaries.ts';
import type { Lang } from '../i18n/format.ts';
import type { ChartView } from '../views/chart-view.ts';
import { downloadPath, localPath } from '../paths.ts';
import { buildShared, type RenderedChart } from '../views/unit-page.ts';
import { agreedComparison } from './agreed-comparison.ts';
import { beforeAfter } from './before-after.ts';
import { localPlanOf } from './local-plans.ts';
import { agreedCharts } from './agreed-charts.ts';
import { beforeAfterData, LOCAL_TEXT_PREFIXES } from './local-tables.ts';
import { municipalSeries, type MunicipalSeries } from './municipal-series.ts';
import type { LocalPlan } from './local-plan.ts';

/** What the page's meeting script needs to judge levels and events entered in the browser exactly as the build does. */
export interface MeetingConfig {
  unit: string; name: string; lang: Lang;
  file: LocalPlan; series: MunicipalSeries;
  texts: Record<string, string>;
  synthetic: { label: string; value: string } | null;
  /** The rate chart's spec inputs, to redraw it with events entered in the meeting. */
  rate: { rows: unknown[]; yLabel: string; intervalLabel: string; title: string; summary: string };
  packPath: string; pagePath: string;
}

export interface LocalView {
  plan: LocalPlan;
  agreed: { measure: string; view: ChartView<unknown>; svg: string; download: string }[];
  events: ReturnType<typeof beforeAfterData>[];
  config: MeetingConfig;
}

const views = new Map<string, LocalView>();

/** The actual-vs-agreed charts of a municipality from the data file, before rendering (also for their CSV downloads). */
export async function agreedChartViews(unit: string, lang: Lang, name: string) {
  const { data } = await buildShared();
  const plan = localPlanOf(data, unit);
  if (!plan.levels.length) return [];
  return agreedCharts(agreedComparison(municipalSeries(data, unit), plan.levels), DICTIONARIES[lang], lang, name, () => 'file');
}

/**
 * A municipality's agreed levels and events from the local data file, judged against its published counts and
 * rendered for one language. Memoised: the municipality page and its meeting pack show the same.
 */
export async function localView(unit: string, lang: Lang, name: string, rateChart: RenderedChart): Promise<LocalView> {
  const key = `${unit}|${lang}`;
  const hit = views.get(key);
  if (hit) return hit;
  const { data, synthetic, document } = await buildShared();
  const t = DICTIONARIES[lang];
  const plan = localPlanOf(data, unit);
  const series = municipalSeries(data, unit);
  const label = synthetic ? { label: t['site.synthetic'], value: lang === 'en' ? 'yes' : 'ja' } : null;
  const charts = await agreedChartViews(unit, lang, name);
  const r = rateChart.view;
  const rate = { rows: r.rows as unknown[], yLabel: t['chart.axis.rate'], intervalLabel: t['chart.rateOverTime.interval'], title: r.title, summary: r.summary };
  const paths = { pack: localPath(lang, `kommune/${unit}/motepakke/`), page: localPath(lang, `kommune/${unit}/`) };
  const texts = Object.fromEntries(Object.entries(t).filter(([k]) => LOCAL_TEXT_PREFIXES.some((p) => k.startsWith(p))));
  const view: LocalView = {
    plan,
    agreed: charts.map((c) => ({ measure: c.measure, view: c.view, svg: renderChart(c.spec, document), download: downloadPath(lang, unit, c.view.data.id) })),
    events: plan.events.map((e, i) => beforeAfterData(beforeAfter(series, e), t, lang, i)),
    config: { unit, name, lang, file: plan, series, texts, synthetic: label, rate, packPath: paths.pack, pagePath: paths.page },
  };
  views.set(key, view);
  return view;
}
