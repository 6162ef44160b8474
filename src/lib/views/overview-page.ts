import { buildDocument } from '../charts/build-document.ts';
import { renderChart } from '../charts/render.ts';
import { reportsByServiceSpec } from '../charts/reports-by-service.ts';
import { reportsPerYearSpec } from '../charts/reports-per-year.ts';
import { fill, formatNumber, type Lang } from '../i18n/format.ts';
import { DICTIONARIES } from '../i18n/dictionaries.ts';
import { buildDb } from '../query/build-db.ts';
import { readManifest } from '../release/read-manifest.ts';
import { overviewCharts, type OverviewCharts } from './overview-charts.ts';

const cache = new Map<Lang, Promise<OverviewPage>>();
export interface OverviewPage { charts: OverviewCharts; svg: { perYear: string; byService: string }; synthetic: boolean; generatedAt: string }

/** Everything the national overview shows, computed once per build and language, with the charts rendered to SVG. */
export function overviewPage(lang: Lang = 'nb'): Promise<OverviewPage> {
  let p = cache.get(lang);
  if (!p) cache.set(lang, (p = load(lang)));
  return p;
}

async function load(lang: Lang): Promise<OverviewPage> {
  const t = DICTIONARIES[lang];
  const manifest = readManifest();
  const charts = await overviewCharts(await buildDb(), manifest, t, lang);
  const document = buildDocument();
  const perYear = renderChart(reportsPerYearSpec(charts.perYear.points, {
    width: 720, title: t['chart.perYear.title'], summary: charts.perYear.summary, yLabel: t['col.reports'], projectedLabel: t['chart.perYear.projected'], hiddenLabel: t['symbol.hidden'],
  }), document);
  const byService = renderChart(reportsByServiceSpec(charts.byService.bars, {
    width: 720, title: fill(t['chart.byService.title'], { year: charts.byService.year }), summary: charts.byService.summary,
    xLabel: t['col.reports'], hiddenLabel: t['symbol.hidden'], format: (n) => formatNumber(n, lang),
  }), document);
  return { charts, svg: { perYear, byService }, synthetic: manifest.synthetic, generatedAt: manifest.generated_at };
}
