import { AGE_GROUPS, OUTCOMES, SERVICE_GROUP_KEYS } from '../../codes.ts';
import { countCell, type DataCell } from '../../charts/chart-data.ts';
import type { ShareRow } from '../../charts/share-comparison.ts';
import type { Dictionary } from '../../i18n/nb.ts';
import { fill } from '../../i18n/format.ts';
import type { ChartView } from '../chart-view.ts';
import { periodAge, periodService, periodTotal } from './period-counts.ts';
import type { UnitContext, UnitRow } from './unit-context.ts';

type Kind = 'service' | 'age';
const categories = (kind: Kind): readonly string[] => (kind === 'service' ? SERVICE_GROUP_KEYS : AGE_GROUPS);
const label = (t: Dictionary, kind: Kind, c: string) => t[(kind === 'service' ? `service.${c}` : `age.${c}`) as keyof Dictionary];

/** A share that is hidden whenever its count or its whole is hidden (SDC-4), and empty when the whole is zero. */
export const share = (part: number | null | undefined, whole: number | null | undefined): number | null =>
  part === null || part === undefined || !whole ? null : part / whole;

function yearShares(ctx: UnitContext, u: UnitRow, kind: Kind) {
  const whole = ctx.data.totals(u.unit, ctx.year)?.reports;
  return categories(kind).map((c) => share((kind === 'service' ? ctx.data.byService(u.unit, ctx.year, c) : ctx.data.byAge(u.unit, ctx.year, c))?.reports, whole));
}
function periodShares(ctx: UnitContext, u: UnitRow, kind: Kind) {
  const whole = periodTotal(ctx.data, u.unit, ctx.period);
  return categories(kind).map((c) => share(kind === 'service'
    ? periodService(ctx.data, u.unit, ctx.period, c, AGE_GROUPS, OUTCOMES) : periodAge(ctx.data, u.unit, ctx.period, c), whole));
}

/**
 * Shares by service group or by age for the unit against its comparisons, for the latest year; when any of the unit's
 * shares that year is hidden, for the latest pooled period instead, and the chart says so.
 */
export function shareView(ctx: UnitContext, kind: Kind): ChartView<ShareRow[]> {
  const { t, focus } = ctx;
  // A comparison the release has no breakdown for is left out, not shown as hidden.
  const published = (u: UnitRow) => (kind === 'service' ? ctx.data.byService(u.unit, ctx.year, SERVICE_GROUP_KEYS[0]!) : ctx.data.byAge(u.unit, ctx.year, AGE_GROUPS[0]!)) !== undefined;
  const units = [focus, ...ctx.comparisons.filter(published)];
  const pooled = yearShares(ctx, focus, kind).some((s, i) => s === null && categories(kind)[i] !== 'uoppgitt');
  const shares = units.map((u) => (pooled ? periodShares(ctx, u, kind) : yearShares(ctx, u, kind)));
  const cats = categories(kind);
  const rows: ShareRow[] = units.flatMap((u, i) => cats.map((c, j) => ({ category: label(t, kind, c), series: ctx.name(u), share: shares[i]![j] ?? null, focus: i === 0 })));
  const table: Record<string, DataCell>[] = cats.map((c, j) => ({
    category: label(t, kind, c),
    ...Object.fromEntries(units.map((_, i) => [`u${i}`, shares[i]![j] === null ? countCell(null, ':') : Math.round(shares[i]![j]! * 1000) / 10])),
  }));
  const time = pooled ? ctx.period : String(ctx.year);
  const prefix = kind === 'service' ? 'chart.serviceShare' : 'chart.ageShare';
  const countryIdx = units.findIndex((u) => u.level === 'land');
  const pick = kind === 'service'
    ? shares[0]!.reduce<number>((best, s, j) => (s !== null && s > (shares[0]![best] ?? -1) ? j : best), 0)
    : cats.indexOf('13-17');
  const focusShare = shares[0]![pick];
  const countryShare = countryIdx >= 0 ? shares[countryIdx]![pick] : null;
  return {
    rows,
    title: fill(t[`${prefix}.title`], { time }),
    definition: t[`${prefix}.definition`],
    summary: fill(t[`${prefix}.summary`], {
      name: ctx.name(focus), top: label(t, kind, cats[pick]!),
      share: focusShare === null || focusShare === undefined ? ':' : ctx.pct(focusShare),
      country: countryShare === null || countryShare === undefined ? ':' : ctx.pct(countryShare),
    }),
    note: pooled ? fill(t['chart.pooledNote'], { year: ctx.year, period: ctx.period }) : undefined,
    data: {
      id: kind === 'service' ? 'andel-etter-melder' : 'andel-etter-alder',
      columns: [{ key: 'category', label: kind === 'service' ? t['col.serviceGroup'] : t['col.age'] },
        ...units.map((u, i) => ({ key: `u${i}`, label: `${ctx.name(u)} (%)`, numeric: true, decimals: 1 }))],
      rows: table,
    },
  };
}
