import { AGE_GROUPS, OUTCOMES, SERVICE_GROUP_KEYS } from '../../codes.ts';
import { countCell, type DataCell } from '../../charts/chart-data.ts';
import type { GridCell } from '../../charts/service-age-grid.ts';
import type { Dictionary } from '../../i18n/nb.ts';
import { fill } from '../../i18n/format.ts';
import type { ChartView } from '../chart-view.ts';
import { periodService } from './period-counts.ts';
import { share } from './share-views.ts';
import type { UnitContext } from './unit-context.ts';

/** Who reports when: for each service group over the latest pooled period, the share of its reports at each age. */
export function serviceAgeView(ctx: UnitContext): ChartView<GridCell[]> {
  const { data, focus, t, period } = ctx;
  const svc = (g: string) => t[`service.${g}` as keyof Dictionary];
  const age = (a: string) => t[`age.${a}` as keyof Dictionary];
  const rows: GridCell[] = [];
  const table: Record<string, DataCell>[] = [];
  for (const g of SERVICE_GROUP_KEYS) {
    const whole = periodService(data, focus.unit, period, g, AGE_GROUPS, OUTCOMES);
    const line: Record<string, DataCell> = { service: svc(g) };
    for (const a of AGE_GROUPS) {
      const c = data.serviceAge(focus.unit, period, g, a);
      const s = share(c?.reports, whole);
      rows.push({ service: svc(g), age: age(a), share: s, count: c?.reports ?? null });
      line[a] = s === null ? countCell(null, c?.status ?? ':') : Math.round(s * 1000) / 10;
    }
    table.push(line);
  }
  const school = rows.find((r) => r.service === svc('skole') && r.age === age('13-17'))?.share ?? null;
  return {
    rows,
    title: fill(t['chart.serviceAge.title'], { time: period }),
    definition: t['chart.serviceAge.definition'],
    summary: fill(t['chart.serviceAge.summary'], { name: ctx.name(focus), share: school === null ? ':' : ctx.pct(school) }),
    data: {
      id: 'melder-etter-alder',
      columns: [{ key: 'service', label: t['col.serviceGroup'] }, ...AGE_GROUPS.map((a) => ({ key: a, label: `${age(a)} (%)`, numeric: true, decimals: 1 }))],
      rows: table,
    },
  };
}
