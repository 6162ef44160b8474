import { findingsBarsSpec } from '../../charts/findings-bars.ts';
import { renderChart } from '../../charts/render.ts';
import { THEMES, type Theme } from '../../codes.ts';
import type { AuditWithFindings, FindingsData } from '../../findings/index-findings.ts';
import { loadFindings } from '../../findings/load-findings.ts';
import { DICTIONARIES } from '../../i18n/dictionaries.ts';
import { formatNumber, type Lang } from '../../i18n/format.ts';
import type { TableRows } from '../../query/queries/table-rows.ts';
import { buildShared } from '../unit-page.ts';
import { findingsCharts, type FindingsChart } from './findings-charts.ts';
import { findingsTable, type FindingsTable } from './findings-table.ts';

export interface FindingsPage {
  data: FindingsData;
  units: TableRows['units'][];
  charts: { chart: FindingsChart; svg: string }[];
  table: FindingsTable;
  /** The real audits (the named 2008 reports), as published. */
  realAudits: AuditWithFindings[];
  themes: readonly Theme[];
  /** Campaign years whose summary counts more municipalities than are published as single audits. */
  partialYears: { year: number; count: number; audited: number }[];
}

const WIDTH = 720;
const pages = new Map<Lang, Promise<FindingsPage>>();

/** Everything /tilsyn/ shows in one language, charts rendered once per build and shared with the CSV downloads. */
export function findingsPage(lang: Lang): Promise<FindingsPage> {
  let page = pages.get(lang);
  if (!page) pages.set(lang, (page = build(lang)));
  return page;
}

async function build(lang: Lang): Promise<FindingsPage> {
  const [data, { data: site, document }] = await Promise.all([loadFindings(), buildShared()]);
  const t = DICTIONARIES[lang];
  const charts = findingsCharts(data, site.units, t, lang).map((chart) => ({
    chart,
    svg: renderChart(findingsBarsSpec(chart.view.rows, {
      width: WIDTH, title: chart.view.title, summary: chart.view.summary, xLabel: chart.xLabel, format: (n) => formatNumber(n, lang),
    }), document),
  }));
  return {
    data, units: site.units, charts, table: findingsTable(data, site.units, t),
    realAudits: data.audits.filter((a) => !a.synthetic), themes: THEMES,
    partialYears: data.summaries
      .map((s) => ({ year: s.year, count: data.audits.filter((a) => a.year === s.year).length, audited: s.audited }))
      .filter((p) => p.count < p.audited),
  };
}
