import { countCell, type DataCell } from '../../charts/chart-data.ts';
import type { OutcomeRow } from '../../charts/outcome-by-service.ts';
import { fill } from '../../i18n/format.ts';
import type { ChartView } from '../chart-view.ts';
import { periodTotal } from '../unit/period-counts.ts';
import { share } from '../unit/share-views.ts';
import type { ServiceContext } from './service-context.ts';

/** Share of the service group's reports dropped after review over the latest pooled period, in the country and each county, beside all reports. */
export function outcomeByCountyView(ctx: ServiceContext): ChartView<OutcomeRow[]> {
  const { data, t, period, group, service } = ctx;
  const dropped = (unit: string) => {
    const h = data.serviceOutcome(unit, period, group, 'henlagt')?.reports;
    const u = data.serviceOutcome(unit, period, group, 'undersokt')?.reports;
    return share(h, h === null || h === undefined || u === null || u === undefined ? null : h + u);
  };
  const allDropped = (unit: string) => share(periodTotal(data, unit, period, 'henlagt'), periodTotal(data, unit, period));
  const units = [ctx.country, ...ctx.counties];
  const rows: OutcomeRow[] = units.map((u) => ({ service: ctx.name(u), dropped_share: dropped(u.unit), comparison_share: allDropped(u.unit) }));
  const cell = (s: number | null): DataCell => (s === null ? countCell(null, ':') : Math.round(s * 1000) / 10);
  const shown = (s: number | null) => (s === null ? ':' : ctx.pct(s));
  return {
    rows,
    title: fill(t['service.outcome.title'], { service, period }),
    definition: t['service.outcome.definition'],
    summary: fill(t['service.outcome.summary'], { share: shown(rows[0]!.dropped_share), all: shown(rows[0]!.comparison_share) }),
    data: {
      id: 'henlagt-per-fylke',
      columns: [
        { key: 'unit', label: t['col.unit'] },
        { key: 'service', label: `${service}: ${t['col.dropped']} (%)`, numeric: true, decimals: 1 },
        { key: 'all', label: `${t['service.col.allReports']}: ${t['col.dropped']} (%)`, numeric: true, decimals: 1 },
      ],
      rows: rows.map((r) => ({ unit: r.service, service: cell(r.dropped_share), all: cell(r.comparison_share) })),
    },
  };
}
