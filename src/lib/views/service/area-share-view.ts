import { AGE_GROUPS, OUTCOMES } from '../../codes.ts';
import { countCell, type DataCell } from '../../charts/chart-data.ts';
import type { ShareRow } from '../../charts/share-comparison.ts';
import { fill } from '../../i18n/format.ts';
import type { ChartView } from '../chart-view.ts';
import { periodService, periodTotal } from '../unit/period-counts.ts';
import { share } from '../unit/share-views.ts';
import type { UnitRow } from '../unit/unit-context.ts';
import type { ServiceContext } from './service-context.ts';

/** The service group's reports and share of all reports in a unit over the latest pooled period; the share is hidden with either count. */
export function periodShare(ctx: ServiceContext, u: UnitRow): { reports: number | null; all: number | null; share: number | null } {
  const reports = periodService(ctx.data, u.unit, ctx.period, ctx.group, AGE_GROUPS, OUTCOMES);
  const all = periodTotal(ctx.data, u.unit, ctx.period);
  return { reports, all, share: share(reports, all) };
}

/**
 * In each county (or each group of similar municipalities), the share of all reports that came from the service group
 * over the latest pooled period, against the country's.
 */
export function areaShareView(ctx: ServiceContext, areas: 'counties' | 'groups' = 'counties'): ChartView<ShareRow[]> {
  const { t, period, service } = ctx;
  const country = periodShare(ctx, ctx.country);
  const counties = ctx[areas].map((u) => ({ u, ...periodShare(ctx, u) }));
  const countyLabel = t[areas === 'counties' ? 'unit.fylke' : 'unit.gruppe'], countryLabel = t['unit.land'];
  const ranked = counties.filter((c) => c.share !== null).sort((a, b) => a.share! - b.share!);
  const lo = ranked[0], hi = ranked.at(-1);
  const shown = (s: number | null | undefined) => (s === null || s === undefined ? ':' : ctx.pct(s));
  const cell = (n: number | null): DataCell => (n === null ? ':' : n);
  return {
    rows: counties.flatMap((c) => [
      { category: ctx.name(c.u), series: countyLabel, share: c.share, focus: true },
      { category: ctx.name(c.u), series: countryLabel, share: country.share, focus: false },
    ]),
    title: fill(t[`service.${areas}.title`], { service, period }),
    definition: t[`service.${areas}.definition`],
    summary: fill(t[`service.${areas}.summary`], {
      min: shown(lo?.share), minName: lo ? ctx.name(lo.u) : ':', max: shown(hi?.share), maxName: hi ? ctx.name(hi.u) : ':', country: shown(country.share),
    }),
    data: {
      id: areas === 'counties' ? 'andel-per-fylke' : 'andel-per-kommunegruppe',
      columns: [
        { key: 'unit', label: t['col.unit'] },
        { key: 'reports', label: service, numeric: true },
        { key: 'all', label: t['service.col.allReports'], numeric: true },
        { key: 'share', label: `${t['col.share']} (%)`, numeric: true, decimals: 1 },
      ],
      rows: [{ u: ctx.country, ...country }, ...counties].map((c) => ({
        unit: ctx.name(c.u), reports: cell(c.reports), all: cell(c.all), share: c.share === null ? countCell(null, ':') : Math.round(c.share * 1000) / 10,
      })),
    },
  };
}
