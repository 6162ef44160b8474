import { THEMES } from '../../codes.ts';
import type { ChartData } from '../../charts/chart-data.ts';
import type { FindingsBar } from '../../charts/findings-bars.ts';
import type { FindingsData } from '../../findings/index-findings.ts';
import { fill, formatNumber, type Lang } from '../../i18n/format.ts';
import type { Dictionary, MessageKey } from '../../i18n/nb.ts';
import type { TableRows } from '../../query/queries/table-rows.ts';
import type { ChartView } from '../chart-view.ts';

/** A chart of the findings page before rendering, with whether any record in it is synthetic and its source. */
export interface FindingsChart { view: ChartView<FindingsBar[]>; synthetic: boolean; source: string; sourceHref?: string; xLabel: string }

interface Series { key: string; label: string }

/** The chart's table: the category, then one column per series; exactly the bars drawn. */
function barsData(id: string, labelColumn: string, series: Series[], bars: FindingsBar[]): ChartData {
  const rows = new Map<string, Record<string, string | number>>();
  for (const b of bars) {
    const row = rows.get(b.label) ?? { label: b.label };
    row[series.find((s) => s.label === b.series)!.key] = b.value;
    rows.set(b.label, row);
  }
  return { id, columns: [{ key: 'label', label: labelColumn }, ...series.map((s) => ({ key: s.key, label: s.label, numeric: true }))], rows: [...rows.values()] };
}

const counts = <T>(items: T[], key: (x: T) => string) => {
  const m = new Map<string, number>();
  for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
};
const top = (bars: FindingsBar[]) => bars.reduce((a, b) => (b.value > a.value ? b : a));
const bottom = (bars: FindingsBar[]) => bars.reduce((a, b) => (b.value < a.value ? b : a));

/** The charts of /tilsyn/: the real 2008 result, then audits by year, findings by theme and type, audits by county, authority and status. */
export function findingsCharts(d: FindingsData, units: TableRows['units'][], t: Dictionary, lang: Lang): FindingsChart[] {
  const num = (n: number) => formatNumber(n, lang);
  const anySynthetic = d.audits.some((a) => a.synthetic) || d.findings.some((f) => f.synthetic);
  const mixed = { synthetic: anySynthetic, source: t['findings.source.synthetic'] };
  const one = (label: string): Series[] => [{ key: 'value', label }];
  const single = (m: Map<string, number>, order: string[], name: (k: string) => string, series: string) =>
    order.filter((k) => m.has(k)).map((k) => ({ label: name(k), series, value: m.get(k)! }));
  const charts: FindingsChart[] = [];

  for (const s of d.summaries.filter((x) => !x.synthetic)) {
    const series = one(t['findings.col.municipalities']);
    const bars = (['with_breaches', 'improvement_points_only', 'no_remarks'] as const)
      .map((k) => ({ label: t[`findings.result.${k}`], series: series[0]!.label, value: s[k] }));
    charts.push({
      synthetic: false, source: t['findings.source.real'], sourceHref: s.source_url, xLabel: t['findings.axis.municipalities'],
      view: {
        rows: bars, data: barsData(`tilsyn-${s.year}-resultat`, t['findings.col.result'], series, bars),
        title: fill(t['findings.chart.real.title'], { year: s.year }), definition: t['findings.chart.real.definition'],
        summary: fill(t['findings.chart.real.summary'], { audited: num(s.audited), breaches: num(s.with_breaches), improvement: num(s.improvement_points_only), none: num(s.no_remarks) }),
      },
    });
  }

  const audits = t['findings.col.audits'];
  const perYear = counts(d.audits, (a) => String(a.year));
  const years = [...perYear.keys()].sort();
  const yearBars = single(perYear, years, (k) => k, audits);
  const busiest = top(yearBars);
  charts.push({ ...mixed, xLabel: t['findings.axis.audits'], view: {
    rows: yearBars, data: barsData('tilsyn-per-ar', t['findings.col.year'], one(audits), yearBars),
    title: t['findings.chart.year.title'], definition: t['findings.chart.year.definition'],
    summary: fill(t['findings.chart.year.summary'], { audits: num(d.audits.length), first: years[0] ?? '', last: years.at(-1) ?? '', top: busiest.label, topCount: num(busiest.value) }),
  } });

  const typeSeries: Series[] = (['avvik', 'merknad'] as const).map((k) => ({ key: k, label: t[`findings.type.${k}`] }));
  const byTheme = THEMES.flatMap((th) => typeSeries.map((s) => ({
    label: t[`theme.${th}` as MessageKey], series: s.label, value: d.findings.filter((f) => f.theme === th && f.type === s.key).length,
  })));
  const breachBars = byTheme.filter((b) => b.series === typeSeries[0]!.label);
  const mostBreaches = top(breachBars);
  charts.push({ ...mixed, xLabel: t['findings.axis.findings'], view: {
    rows: byTheme, data: barsData('tilsyn-etter-tema', t['findings.col.theme'], typeSeries, byTheme),
    title: t['findings.chart.theme.title'], definition: t['findings.chart.theme.definition'],
    summary: fill(t['findings.chart.theme.summary'], {
      breaches: num(d.findings.filter((f) => f.type === 'avvik').length), improvement: num(d.findings.filter((f) => f.type === 'merknad').length),
      top: mostBreaches.label.toLowerCase(), topCount: num(mostBreaches.value),
    }),
  } });

  const countyOf = new Map(units.filter((u) => u.level === 'kommune').map((u) => [u.unit, u.fylkesnummer ?? '']));
  const counties = units.filter((u) => u.level === 'fylke').sort((a, b) => a.unit.localeCompare(b.unit));
  const perCounty = counts(d.audits, (a) => countyOf.get(a.kommunenummer) ?? '');
  const countyBars = counties.map((c) => ({ label: c.name, series: audits, value: perCounty.get(c.unit) ?? 0 }));
  const cTop = top(countyBars), cBottom = bottom(countyBars);
  charts.push({ ...mixed, xLabel: t['findings.axis.audits'], view: {
    rows: countyBars, data: barsData('tilsyn-etter-fylke', t['findings.col.county'], one(audits), countyBars),
    title: t['findings.chart.county.title'], definition: t['findings.chart.county.definition'],
    summary: fill(t['findings.chart.county.summary'], { top: cTop.label, topCount: num(cTop.value), bottom: cBottom.label, bottomCount: num(cBottom.value) }),
  } });

  const perAuthority = counts(d.audits, (a) => a.authority);
  const authorities = [...perAuthority.keys()].sort((a, b) => perAuthority.get(b)! - perAuthority.get(a)! || a.localeCompare(b, 'nb'));
  const authorityBars = single(perAuthority, authorities, (k) => k, audits);
  charts.push({ ...mixed, xLabel: t['findings.axis.audits'], view: {
    rows: authorityBars, data: barsData('tilsyn-etter-myndighet', t['findings.col.authority'], one(audits), authorityBars),
    title: t['findings.chart.authority.title'], definition: t['findings.chart.authority.definition'],
    summary: fill(t['findings.chart.authority.summary'], { count: num(authorities.length), top: authorityBars[0]?.label ?? '', topCount: num(authorityBars[0]?.value ?? 0) }),
  } });

  const perStatus = counts(d.audits, (a) => a.status);
  const statusBars = (['closed', 'open', 'unknown'] as const)
    .filter((s) => s !== 'unknown' || perStatus.has(s))
    .map((s) => ({ label: t[`findings.status.${s}`], series: audits, value: perStatus.get(s) ?? 0 }));
  charts.push({ ...mixed, xLabel: t['findings.axis.audits'], view: {
    rows: statusBars, data: barsData('tilsyn-status', t['findings.col.status'], one(audits), statusBars),
    title: t['findings.chart.status.title'], definition: t['findings.chart.status.definition'],
    summary: fill(t['findings.chart.status.summary'], { closed: num(perStatus.get('closed') ?? 0), open: num(perStatus.get('open') ?? 0) }),
  } });
  return charts;
}
