import type { ChartData, ChartColumn, DataCell } from '../charts/chart-data.ts';
import { fill } from '../i18n/format.ts';
import type { Comparison, Indicator, IndicatorId } from './indicator.ts';
import { timeText, type IndicatorFormat } from './indicator-text.ts';

const round1 = (x: number) => Math.round(x * 10) / 10 || 0; // never -0
/** The number shown for a value: a rate as it is, a share in per cent, a rate ratio as the change in per cent. */
const shown = (i: Indicator, x: number) => round1(i.measure === 'per-1000' ? x : i.measure === 'share' ? x * 100 : (x - 1) * 100);

function comparisonText(f: IndicatorFormat, i: Indicator, c: Comparison): string {
  if (c.judgement === 'unavailable') return f.t[`ind.unavailable.${c.reason === 'not-published' ? 'not-published' : 'comparison-hidden'}`];
  const judgement = f.t[`judgement.${c.judgement}`];
  if (c.value === null) return judgement;
  const value = i.measure === 'per-1000' ? f.num(c.value, 1) : i.measure === 'share' ? f.pct(c.value) : `${c.value >= 1 ? '+' : '−'}${f.pct(Math.abs(c.value - 1))}`;
  return fill(f.t['ind.cell'], { judgement, value });
}

/** The year or period of an indicator's value as a table shows it. */
export function timeLabel({ t }: IndicatorFormat, i: Indicator): string {
  if (i.basePeriod) return fill(t['ind.trendTime'], { period: timeText(i), base: i.basePeriod.replace('-', '–') });
  return i.year !== undefined ? timeText(i) : fill(t['ind.pooled'], { period: timeText(i) });
}

/**
 * One indicator of a unit as a table (one row per service group where it has groups): the value, its 95 % interval
 * (one column, so the table stays narrow), the trend's direction, and the judgement against each comparison in words with the comparison's value. Hidden values
 * are the symbol `:`, a share of no reports at all the symbol `.`; nothing is made from a hidden count.
 */
export function indicatorTable(f: IndicatorFormat, indicators: Indicator[], id: IndicatorId, unitName: string): ChartData & { time: string | null } {
  const { t } = f;
  const rows = indicators.filter((i) => i.id === id);
  const first = rows[0];
  if (!first) throw new Error(`no indicator ${id}`);
  const grouped = rows.some((i) => i.group);
  const times = rows.map((i) => timeLabel(f, i));
  // One year or period for every row (the usual case) goes in the caption instead of a column of the same text.
  const uniform = times.every((x) => x === times[0]);
  // A comparison the release publishes nothing for (peer groups have no breakdowns) gets no column; the fine print says why.
  const targets = first.comparisons.map((c) => c.target)
    .filter((target) => !rows.every((i) => i.comparisons.find((c) => c.target === target)?.reason === 'not-published'));
  const pctLabel = (s: string) => (first.measure === 'per-1000' ? s : `${s} (%)`);
  const columns: ChartColumn[] = [
    { key: 'label', label: grouped ? t['ind.col.group'] : t['col.unit'] },
    ...(uniform ? [] : [{ key: 'time', label: t['ind.col.time'] }]),
    { key: 'value', label: pctLabel(t[`ind.${id}.measure`]), numeric: true, decimals: 1 },
    { key: 'interval', label: pctLabel(t['ind.col.interval']), numeric: true },
    ...(id === 'trend' ? [{ key: 'trend', label: t['ind.col.trend'] }] : []),
    ...targets.map((target) => ({ key: target, label: fill(t['ind.col.vs'], { target: t[`ind.target.${target}`] }) })),
  ];
  const missing = (i: Indicator): DataCell => (i.status === ':' ? ':' : '.');
  return {
    id: `indikator-${id}`,
    time: uniform ? times[0]! : null,
    columns,
    rows: rows.map((i, k) => ({
      label: i.group ? t[`service.${i.group}` as keyof typeof t] : id === 'dropped-share' ? t['ind.all'] : unitName,
      ...(uniform ? {} : { time: times[k]! }),
      value: i.value === null ? missing(i) : shown(i, i.value),
      interval: i.lo === null || i.hi === null ? missing(i) : `${f.num(shown(i, i.lo), 1)}–${f.num(shown(i, i.hi), 1)}`,
      ...(id === 'trend' ? { trend: t[`ind.trend.${i.trend ?? 'too-few'}`] } : {}),
      ...Object.fromEntries(i.comparisons.filter((c) => targets.includes(c.target)).map((c) => [c.target, comparisonText(f, i, c)])),
    })),
  };
}
