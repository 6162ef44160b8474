import { SERVICE_GROUP_KEYS } from '../../codes.ts';
import { countCell, type DataCell } from '../../charts/chart-data.ts';
import type { OutcomeRow } from '../../charts/outcome-by-service.ts';
import type { Dictionary } from '../../i18n/nb.ts';
import { fill } from '../../i18n/format.ts';
import type { ChartView } from '../chart-view.ts';
import { periodTotal } from './period-counts.ts';
import { share } from './share-views.ts';
import type { UnitContext } from './unit-context.ts';

/** Share dropped per service group over the latest pooled period, the unit against the whole country. */
export function outcomeView(ctx: UnitContext): ChartView<OutcomeRow[]> {
  const { data, focus, t, period } = ctx;
  const dropped = (unit: string, g: string) => {
    const h = data.serviceOutcome(unit, period, g, 'henlagt')?.reports;
    const u = data.serviceOutcome(unit, period, g, 'undersokt')?.reports;
    return share(h, h === null || h === undefined || u === null || u === undefined ? null : h + u);
  };
  const rows: OutcomeRow[] = SERVICE_GROUP_KEYS.map((g) => ({
    service: t[`service.${g}` as keyof Dictionary], dropped_share: dropped(focus.unit, g), comparison_share: focus.unit === 'NO' ? null : dropped('NO', g),
  }));
  const cell = (s: number | null): DataCell => (s === null ? countCell(null, ':') : Math.round(s * 1000) / 10);
  const overall = (unit: string) => share(periodTotal(data, unit, period, 'henlagt'), periodTotal(data, unit, period));
  const mine = overall(focus.unit), country = overall('NO');
  return {
    rows,
    title: fill(t['chart.outcome.title'], { time: period }),
    definition: t['chart.outcome.definition'],
    summary: fill(t['chart.outcome.summary'], { name: ctx.name(focus), share: mine === null ? ':' : ctx.pct(mine), country: country === null ? ':' : ctx.pct(country) }),
    data: {
      id: 'henlagt-etter-melder',
      columns: [
        { key: 'service', label: t['col.serviceGroup'] },
        { key: 'focus', label: `${ctx.name(focus)}: ${t['col.dropped']} (%)`, numeric: true, decimals: 1 },
        ...(focus.unit === 'NO' ? [] : [{ key: 'country', label: `${t['unit.land']}: ${t['col.dropped']} (%)`, numeric: true, decimals: 1 }]),
      ],
      rows: rows.map((r) => ({ service: r.service, focus: cell(r.dropped_share), ...(focus.unit === 'NO' ? {} : { country: cell(r.comparison_share) }) })),
    },
  };
}
