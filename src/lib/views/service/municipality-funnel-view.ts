import { AGE_GROUPS, OUTCOMES, PERIODS } from '../../codes.ts';
import type { DataCell } from '../../charts/chart-data.ts';
import type { FunnelLimit, FunnelPoint } from '../../charts/funnel-plot.ts';
import { fill } from '../../i18n/format.ts';
import { funnelLimits } from '../../stats/funnel-limits.ts';
import type { ChartView } from '../chart-view.ts';
import { periodService, periodTotal } from '../unit/period-counts.ts';
import { share } from '../unit/share-views.ts';
import { funnelCurve } from '../unit/funnel-view.ts';
import type { SiteData } from '../site-data.ts';
import type { UnitRow } from '../unit/unit-context.ts';
import type { ServiceContext } from './service-context.ts';

export type FunnelPosition = 'above' | 'inside' | 'below' | 'hidden';
export interface ServiceFunnel extends ChartView<FunnelPoint[]> { limits: FunnelLimit[]; centre: number }

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Limits for a rate per 1,000 children per year over `years` pooled years: the funnel limits for the pooled exposure
 * (children × years child-years, Poisson mean = centre × child-years / 1,000).
 */
export const pooledLimits = (centre: number, children: number, years: number, coverage: number) => funnelLimits(centre, children * years, coverage);

/** A unit's children 0–17 on average over the pooled period, and the service group's reports per year per 1,000 of them. */
function periodRate(ctx: ServiceContext, u: UnitRow, years: readonly number[]) {
  const childYears = years.reduce((s, y) => s + (ctx.data.totals(u.unit, y)?.children ?? u.children), 0);
  const reports = periodService(ctx.data, u.unit, ctx.period, ctx.group, AGE_GROUPS, OUTCOMES);
  return { children: Math.round(childYears / years.length), reports, rate: reports === null || childYears === 0 ? null : (reports * 1000) / childYears };
}

const numbers = new WeakMap<SiteData, Map<string, ReturnType<typeof funnelNumbers>>>();

/** The funnel's numbers, the same in every language: the national rate, the curve, and each municipality's rate, limits and position. */
function funnelNumbers(ctx: ServiceContext) {
  const years = PERIODS.find((p) => p.key === ctx.period)!.years;
  const n = years.length;
  const centre = periodRate(ctx, ctx.country, years).rate ?? 0;
  const lines = ctx.municipalities.map((u) => {
    const r = periodRate(ctx, u, years);
    const l = pooledLimits(centre, r.children, n, 0.95);
    const position: FunnelPosition = r.rate === null ? 'hidden' : r.rate > l.hi ? 'above' : r.rate < l.lo ? 'below' : 'inside';
    return { u, ...r, l, position, share: share(r.reports, periodTotal(ctx.data, u.unit, ctx.period)) };
  });
  const kids = lines.map((x) => x.children);
  // The curve over child-years, drawn against children per year.
  const limits = funnelCurve(centre, Math.min(...kids) * n, Math.max(...kids) * n).map((l) => ({ ...l, children: l.children / n }));
  return { centre, lines, limits };
}

/**
 * Every municipality's reports from the service group per 1,000 children per year over the latest pooled period, in a
 * funnel around the national rate (95 % and 99.8 % limits); the table adds the share of the municipality's reports.
 */
export function municipalityFunnelView(ctx: ServiceContext): ServiceFunnel {
  const { t, period, service } = ctx;
  let byGroup = numbers.get(ctx.data);
  if (!byGroup) numbers.set(ctx.data, (byGroup = new Map()));
  const key = `${ctx.group}|${period}`;
  let computed = byGroup.get(key);
  if (!computed) byGroup.set(key, (computed = funnelNumbers(ctx)));
  const { centre, lines, limits } = computed;
  const county = new Map(ctx.counties.map((c) => [c.unit, c.name]));
  const count = (p: FunnelPosition) => lines.filter((x) => x.position === p).length;
  const hidden = (v: number | null, f: (v: number) => DataCell): DataCell => (v === null ? ':' : f(v));
  return {
    centre, limits,
    rows: lines.map((x) => ({ unit: x.u.unit, name: x.u.name, children: x.children, rate: x.rate, focus: false })),
    title: fill(t['service.funnel.title'], { service, period }),
    definition: fill(t['service.funnel.definition'], { rate: ctx.num(centre, 1) }),
    summary: fill(t['service.funnel.summary'], {
      inside: count('inside'), shown: lines.length - count('hidden'), above: count('above'), below: count('below'), hidden: count('hidden'),
    }),
    data: {
      id: 'kommuner',
      columns: [
        { key: 'name', label: t['unit.kommune'] }, { key: 'county', label: t['unit.fylke'] },
        { key: 'children', label: t['col.children'], numeric: true }, { key: 'reports', label: fill(t['service.col.reportsPeriod'], { period }), numeric: true },
        { key: 'rate', label: t['service.col.ratePerYear'], numeric: true, decimals: 1 },
        { key: 'lo95', label: t['col.lo95'], numeric: true, decimals: 1 }, { key: 'hi95', label: t['col.hi95'], numeric: true, decimals: 1 },
        { key: 'position', label: t['col.assessment'] },
        { key: 'share', label: `${t['service.col.shareOfMunicipality']} (%)`, numeric: true, decimals: 1 },
      ],
      rows: lines.map((x) => ({
        name: x.u.name, county: county.get(x.u.fylkesnummer ?? '') ?? '', children: x.children, reports: hidden(x.reports, (v) => v),
        rate: hidden(x.rate, round1), lo95: round1(x.l.lo), hi95: round1(x.l.hi), position: t[`service.funnel.${x.position}`],
        share: hidden(x.share, (s) => round1(s * 100)),
      })),
    },
  };
}
