import { countCell, type DataCell } from '../../charts/chart-data.ts';
import { compareRate, type Judgement } from '../../stats/compare-rate.ts';
import { rateInterval } from '../../stats/poisson-interval.ts';
import type { UnitContext } from './unit-context.ts';

export interface Headline {
  year: number;
  prevYear: number;
  reports: DataCell;
  rate: DataCell;
  children: number;
  childrenEstimated: boolean;
  interval: { lo: number; hi: number } | null;
  change: { reports: number; rate: number } | null;
  comparisons: { name: string; level: string; rate: DataCell; judgement: Judgement }[];
}

/** The latest year's reports and rate with its exact interval, the change from last year, and how it stands against each comparison. */
export function headlineView(ctx: UnitContext): Headline {
  const { data, focus, year } = ctx;
  const now = data.totals(focus.unit, year), prev = data.totals(focus.unit, year - 1);
  const reports = now?.reports ?? null;
  const iv = now && reports !== null ? rateInterval(reports, now.children) : null;
  const change = reports !== null && prev?.reports != null && now?.rate_per_1000 != null && prev.rate_per_1000 != null
    ? { reports: reports - prev.reports, rate: Math.round((now.rate_per_1000 - prev.rate_per_1000) * 10) / 10 } : null;
  return {
    year,
    prevYear: year - 1,
    reports: countCell(reports, now?.status ?? ':'),
    rate: now?.rate_per_1000 ?? countCell(null, now?.status ?? ':'),
    children: now?.children ?? focus.children,
    childrenEstimated: now?.children_estimated ?? focus.children_estimated,
    interval: iv ? { lo: Math.round(iv.lo * 10) / 10, hi: Math.round(iv.hi * 10) / 10 } : null,
    change,
    comparisons: ctx.comparisons.map((u) => {
      const r = data.totals(u.unit, year)?.rate_per_1000 ?? null;
      return { name: ctx.name(u), level: u.level, rate: r ?? countCell(null, ':'), judgement: compareRate(reports, now?.children ?? 0, r) };
    }),
  };
}
