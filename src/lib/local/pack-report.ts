import type { ChartData, DataCell } from '../charts/chart-data.ts';
import { countCell } from '../charts/chart-data.ts';
import { SERVICE_GROUP_KEYS, YEARS } from '../codes.ts';
import { fill } from '../i18n/format.ts';
import type { UnitContext } from '../views/unit/unit-context.ts';
import type { MunicipalSeries } from './municipal-series.ts';

const pct = (part: number | null | undefined, whole: number | null | undefined): DataCell =>
  part === null || part === undefined || !whole ? ':' : Math.round((part / whole) * 1000) / 10;

/**
 * The tables for the yearly report to the municipal council (barnevernloven § 15-3): reports per year with outcome,
 * share dropped and rate; and the main reporters of the latest year (or pooled period when a group's year is hidden).
 * A share made from a hidden count is hidden.
 */
export function packReport(ctx: UnitContext, s: MunicipalSeries): { perYear: { caption: string; data: ChartData }; reporters: { caption: string; data: ChartData } } {
  const { data, focus, t } = ctx;
  const name = ctx.name(focus);
  const perYear: ChartData = {
    id: 'meldinger-per-ar-kommunestyret',
    columns: [
      { key: 'year', label: t['col.year'] },
      { key: 'alle', label: t['col.reports'], numeric: true },
      { key: 'henlagt', label: t['pack.report.col.dropped'], numeric: true },
      { key: 'undersokt', label: t['pack.report.col.investigated'], numeric: true },
      { key: 'dropped', label: t['pack.report.col.droppedShare'], numeric: true, decimals: 1 },
      { key: 'rate', label: t['pack.report.col.rate'], numeric: true, decimals: 1 },
    ],
    rows: YEARS.map((year) => {
      const [all, dropped, investigated] = (['alle', 'henlagt', 'undersokt'] as const).map((o) => data.totals(focus.unit, year, o));
      return {
        year: String(year),
        alle: countCell(all?.reports ?? null, all?.status ?? ':'),
        henlagt: countCell(dropped?.reports ?? null, dropped?.status ?? ':'),
        undersokt: countCell(investigated?.reports ?? null, investigated?.status ?? ':'),
        dropped: pct(dropped?.reports, all?.reports),
        rate: all?.rate_per_1000 ?? countCell(null, all?.status ?? ':'),
      };
    }),
  };
  const last = s.years.length - 1;
  const yearly = SERVICE_GROUP_KEYS.every((g) => s.services[g][last] !== null) && s.reports[last] !== null;
  const period = s.periods.at(-1)!;
  const counts = SERVICE_GROUP_KEYS.map((g) => ({ g, n: yearly ? s.services[g][last]! : period.services[g] }));
  const whole = yearly ? s.reports[last] : period.reports;
  const top = counts.filter((c) => c.n !== null).sort((a, b) => b.n! - a.n!).slice(0, 5);
  const time = yearly ? String(s.years[last]) : period.key;
  return {
    perYear: { caption: fill(t['pack.report.perYear'], { name }), data: perYear },
    reporters: {
      caption: fill(t['pack.report.reporters'], { name, time }),
      data: {
        id: 'viktigste-meldere',
        columns: [
          { key: 'group', label: t['col.serviceGroup'] },
          { key: 'n', label: t['pack.report.col.reports'], numeric: true },
          { key: 'share', label: t['pack.report.col.share'], numeric: true, decimals: 1 },
        ],
        rows: top.map((c) => ({ group: t[`service.${c.g}`], n: c.n!, share: pct(c.n, whole) })),
      },
    },
  };
}
