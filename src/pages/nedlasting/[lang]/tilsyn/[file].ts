import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv } from '../../../../lib/charts/chart-csv.ts';
import { findingsCsv } from '../../../../lib/findings/findings-csv.ts';
import { DICTIONARIES, LANGS } from '../../../../lib/i18n/dictionaries.ts';
import { findingsPage } from '../../../../lib/views/findings/findings-page.ts';

/** The CSV of every chart on /tilsyn/ and of the whole findings table, in every language: exactly the numbers and rows shown. */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS) {
    const t = DICTIONARIES[lang];
    const page = await findingsPage(lang);
    const label = { label: t['site.synthetic'], value: t['findings.yes'] };
    for (const { chart } of page.charts) paths.push({ params: { lang, file: `${chart.view.data.id}.csv` }, props: { csv: chartCsv(chart.view.data, chart.synthetic ? label : null) } });
    paths.push({ params: { lang, file: 'funn.csv' }, props: { csv: findingsCsv(page.table.header, page.table.rows.map((r) => r.csv)) } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { csv: string }).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
