import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv } from '../../../../lib/charts/chart-csv.ts';
import { DICTIONARIES, LANGS } from '../../../../lib/i18n/dictionaries.ts';
import { buildShared, chartViews, unitViews } from '../../../../lib/views/unit-page.ts';
import { overviewPage } from '../../../../lib/views/overview-page.ts';
import { agreedChartViews } from '../../../../lib/local/local-view.ts';

/** The CSV of every chart on every unit page, in every language: exactly the numbers of the chart's table, labelled. */
export const getStaticPaths = (async () => {
  const { data } = await buildShared();
  const paths = [];
  for (const lang of LANGS)
    for (const u of data.units.filter((x) => x.level !== 'gruppe')) {
      const v = await unitViews(u.unit, lang);
      const label = v.synthetic ? { label: DICTIONARIES[lang]['site.synthetic'], value: lang === 'en' ? 'yes' : 'ja' } : null;
      const extra = u.unit === 'NO' ? (({ charts }) => [charts.perYear, charts.byService])(await overviewPage(lang)) : [];
      const agreed = u.level === 'kommune' ? (await agreedChartViews(u.unit, lang, u.name)).map((c) => c.view) : [];
      for (const view of [...extra, ...chartViews(v), ...agreed]) paths.push({ params: { lang, unit: u.unit, file: `${view.data.id}.csv` }, props: { csv: chartCsv(view.data, label) } });
    }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { csv: string }).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
