import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv } from '../../../../../lib/charts/chart-csv.ts';
import { SERVICE_GROUP_KEYS } from '../../../../../lib/codes.ts';
import { DICTIONARIES, LANGS } from '../../../../../lib/i18n/dictionaries.ts';
import { serviceChartViews, serviceViews } from '../../../../../lib/views/service/service-page.ts';

/** The CSV of every chart on every service page, in every language: exactly the numbers of the chart's table, labelled. */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS)
    for (const group of SERVICE_GROUP_KEYS) {
      const v = await serviceViews(group, lang);
      const label = v.synthetic ? { label: DICTIONARIES[lang]['site.synthetic'], value: lang === 'en' ? 'yes' : 'ja' } : null;
      for (const view of serviceChartViews(v)) paths.push({ params: { lang, group, file: `${view.data.id}.csv` }, props: { csv: chartCsv(view.data, label) } });
    }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { csv: string }).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
