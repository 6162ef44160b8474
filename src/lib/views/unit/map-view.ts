import { countCell, type ChartData } from '../../charts/chart-data.ts';
import type { MapDot } from '../../charts/rate-map.ts';
import { fill } from '../../i18n/format.ts';
import type { ChartView } from '../chart-view.ts';
import type { UnitContext } from './unit-context.ts';

/** The table of every municipality: the same on every unit page of a language and year, so made once for them all. */
const tables = new Map<string, ChartData>();

/** Every municipality as a dot inside it, coloured by the latest year's rate; the focus unit (or the county's members) ringed. */
export function mapView(ctx: UnitContext): ChartView<MapDot[]> {
  const { data, focus, t, year } = ctx;
  const rows: MapDot[] = data.units.filter((u) => u.level === 'kommune' && u.lon !== null && u.lat !== null).map((u) => ({
    unit: u.unit, name: u.name, lon: u.lon!, lat: u.lat!, rate: data.totals(u.unit, year)?.rate_per_1000 ?? null,
    focus: u.unit === focus.unit,
  }));
  const rates = rows.flatMap((r) => (r.rate === null ? [] : [r.rate]));
  const mine = data.totals(focus.unit, year)?.rate_per_1000 ?? null;
  return {
    rows,
    title: fill(t['chart.map.title'], { year }),
    definition: t['chart.map.definition'],
    summary: fill(t['chart.map.summary'], {
      min: ctx.num(Math.min(...rates), 1), max: ctx.num(Math.max(...rates), 1), name: ctx.name(focus), rate: mine === null ? ':' : ctx.num(mine, 1),
    }),
    data: tableOf(ctx, rows),
  };
}

function tableOf(ctx: UnitContext, rows: MapDot[]): ChartData {
  const key = `${ctx.lang}|${ctx.year}`;
  const hit = tables.get(key);
  if (hit) return hit;
  const table: ChartData = {
    id: 'kart',
    columns: [{ key: 'name', label: ctx.t['unit.kommune'] }, { key: 'rate', label: ctx.t['col.rate'], numeric: true, decimals: 1 }],
    rows: rows.map((r) => ({ name: r.name, rate: r.rate ?? countCell(null, ':') })),
  };
  tables.set(key, table);
  return table;
}
