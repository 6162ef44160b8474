import type * as Plot from '@observablehq/plot';
import { countCell, type DataCell } from '../../charts/chart-data.ts';
import { shareComparisonSpec, type ShareRow } from '../../charts/share-comparison.ts';
import { AGE_GROUPS, SERVICE_GROUP_KEYS } from '../../codes.ts';
import { fill, formatNumber, type Lang } from '../../i18n/format.ts';
import type { Dictionary } from '../../i18n/nb.ts';
import type { BreakdownKind, BreakdownRow, BreakdownTime } from '../../query/queries/unit-breakdown.ts';
import type { ChartView } from '../chart-view.ts';
import { share } from '../unit/share-views.ts';
import { pivotWide, withColumn } from './reshape.ts';

/** The messages a re-rendered breakdown chart needs: the page hands exactly these to the browser. */
export const BREAKDOWN_KEYS = [
  'chart.serviceShare.title', 'chart.serviceShare.definition', 'chart.ageShare.title', 'chart.ageShare.definition',
  'chart.serviceCount.title', 'chart.serviceCount.definition', 'chart.ageCount.title', 'chart.ageCount.definition',
  'live.summary.service.share', 'live.summary.service.count', 'live.summary.age.share', 'live.summary.age.count',
  'live.summary.compare', 'chart.axis.share', 'chart.axis.count', 'col.serviceGroup', 'col.age', 'symbol.hidden',
  ...SERVICE_GROUP_KEYS.map((g) => `service.${g}` as const), ...AGE_GROUPS.map((a) => `age.${a}` as const),
] as const satisfies readonly (keyof Dictionary)[];
export type BreakdownTexts = Pick<Dictionary, (typeof BREAKDOWN_KEYS)[number]>;

/** The texts of a dictionary that `breakdownChart` uses. */
export const breakdownTexts = (t: Dictionary): BreakdownTexts => Object.fromEntries(BREAKDOWN_KEYS.map((k) => [k, t[k]])) as BreakdownTexts;

export interface BreakdownChoice { kind: BreakdownKind; measure: 'share' | 'count'; time: BreakdownTime }
/** The units drawn, the focus first; a unit without rows (no published breakdown) is left out. */
export interface BreakdownUnit { code: string; name: string }

const cats = (kind: BreakdownKind): readonly string[] => (kind === 'service' ? SERVICE_GROUP_KEYS : AGE_GROUPS);
const pctText = (lang: Lang) => (s: number) => `${formatNumber(s * 100, lang, 1)}${lang === 'en' ? '%' : '\u00a0%'}`;

/**
 * A chart by service group or age for the focus unit and its comparisons, as a count or a share of the unit's reports,
 * for the chosen year or pooled period: the rows, table, texts and Plot spec, all from the query rows
 * (`unitBreakdown`). The same spec builder as the prerendered chart draws it; a hidden count, or a share of one, stays
 * hidden (`:`), never zero.
 */
export function breakdownChart(rows: readonly BreakdownRow[], units: readonly BreakdownUnit[], c: BreakdownChoice, t: BreakdownTexts, lang: Lang, width: number): { view: ChartView<ShareRow[]>; spec: Plot.PlotOptions } {
  const list = cats(c.kind);
  const label = (k: string) => t[(c.kind === 'service' ? `service.${k}` : `age.${k}`) as keyof BreakdownTexts];
  const has = new Set(rows.map((r) => r.unit));
  const shown = units.filter((u, i) => i === 0 || has.has(u.code));
  // A share of a hidden count, or of a hidden whole, is hidden too (share()).
  const long = withColumn(rows.filter((r) => shown.some((u) => u.code === r.unit)), 'value', (r) => (c.measure === 'share' ? share(r.reports, r.whole) : r.reports));
  const wide = pivotWide(long, 'category', 'unit', ['value', 'status'], list);
  const values = shown.map((u) => wide.map((w) => (w[`value_${u.code}`] as number | null | undefined) ?? null));
  const fmt = c.measure === 'share' ? pctText(lang) : (n: number) => formatNumber(n, lang);
  const time = 'year' in c.time ? String(c.time.year) : c.time.period;
  const key = `${c.kind === 'service' ? 'chart.service' : 'chart.age'}${c.measure === 'share' ? 'Share' : 'Count'}` as const;
  const title = fill(t[`${key}.title`], { time });
  const at = (v: number | null | undefined) => (v === null || v === undefined ? ':' : fmt(v));
  // The service group with the focus unit's largest value; for age, always the teenagers, as on the prerendered page.
  const pick = c.kind === 'service' ? values[0]!.reduce<number>((best, v, j) => (v !== null && v > (values[0]![best] ?? -1) ? j : best), 0) : list.indexOf('13-17');
  const others = shown.slice(1).map((u, i) => `${u.name}: ${at(values[i + 1]![pick])}`);
  const summary = fill(t[`live.summary.${c.kind}.${c.measure}`], { name: shown[0]!.name, top: label(list[pick]!), value: at(values[0]![pick]) })
    + (others.length ? ` ${fill(t['live.summary.compare'], { others: others.join('; ') })}` : '');
  const chartRows: ShareRow[] = shown.flatMap((u, i) => list.map((k, j) => ({ category: label(k), series: u.name, share: values[i]![j] ?? null, focus: i === 0 })));
  const cell = (u: BreakdownUnit, k: string, v: number | null): DataCell => {
    if (v === null) return countCell(null, (wide[list.indexOf(k)]![`status_${u.code}`] as string | null | undefined) ?? ':');
    return c.measure === 'share' ? Math.round(v * 1000) / 10 : v;
  };
  const view: ChartView<ShareRow[]> = {
    rows: chartRows, title, summary,
    definition: t[`${key}.definition`],
    data: {
      id: `${c.kind === 'service' ? 'melder' : 'alder'}-${c.measure === 'share' ? 'andel' : 'antall'}-${time}`,
      columns: [{ key: 'category', label: c.kind === 'service' ? t['col.serviceGroup'] : t['col.age'] },
        ...shown.map((u, i) => ({ key: `u${i}`, label: c.measure === 'share' ? `${u.name} (%)` : u.name, numeric: true, decimals: c.measure === 'share' ? 1 : 0 }))],
      rows: list.map((k, j) => ({ category: label(k), ...Object.fromEntries(shown.map((u, i) => [`u${i}`, cell(u, k, values[i]![j] ?? null)])) })),
    },
  };
  const spec = shareComparisonSpec(chartRows, {
    width, title, summary, hiddenLabel: t['symbol.hidden'], formatPct: fmt,
    xLabel: c.measure === 'share' ? t['chart.axis.share'] : t['chart.axis.count'],
    maxValue: c.measure === 'share' ? 1 : Infinity,
  });
  return { view, spec };
}
