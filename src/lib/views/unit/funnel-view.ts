import { countCell, type ChartData } from '../../charts/chart-data.ts';
import type { FunnelLimit, FunnelPoint } from '../../charts/funnel-plot.ts';
import { fill } from '../../i18n/format.ts';
import { funnelLimits } from '../../stats/funnel-limits.ts';
import type { ChartView } from '../chart-view.ts';
import type { UnitContext } from './unit-context.ts';

/** Funnel limits at children counts spread evenly on a log scale across the municipalities. */
export function funnelCurve(centre: number, minChildren: number, maxChildren: number, steps = 60): FunnelLimit[] {
  const [a, b] = [Math.log(minChildren), Math.log(maxChildren)];
  return Array.from({ length: steps + 1 }, (_, i) => {
    const children = Math.round(Math.exp(a + ((b - a) * i) / steps));
    const l95 = funnelLimits(centre, children, 0.95), l998 = funnelLimits(centre, children, 0.998);
    return { children, lo95: l95.lo, hi95: l95.hi, lo998: l998.lo, hi998: l998.hi };
  });
}

const memo = new Map<string, { lo: number; hi: number }>();
/** 95 % limits for one municipality, computed once per build for all the pages that list it. */
function limits95(centre: number, children: number) {
  const key = `${centre}|${children}`;
  let l = memo.get(key);
  if (!l) memo.set(key, (l = funnelLimits(centre, children, 0.95)));
  return l;
}

/** The table of every municipality: the same on every unit page of a language and year, so made once for them all. */
const tables = new Map<string, ChartData>();

/** Every municipality's rate against its children for the latest year, with control limits around the national rate. */
export function funnelView(ctx: UnitContext): ChartView<FunnelPoint[]> {
  const { data, focus, t, year } = ctx;
  const centre = data.totals('NO', year)?.rate_per_1000 ?? 0;
  const rows: FunnelPoint[] = data.units.filter((u) => u.level === 'kommune').map((u) => {
    const r = data.totals(u.unit, year);
    return { unit: u.unit, name: u.name, children: r?.children ?? u.children, rate: r?.rate_per_1000 ?? null, focus: u.unit === focus.unit };
  });
  const shown = rows.filter((r) => r.rate !== null);
  const position = (p: FunnelPoint) => {
    if (p.rate === null) return 'hidden';
    const l = limits95(centre, p.children);
    return p.rate > l.hi ? 'above' : p.rate < l.lo ? 'below' : 'inside';
  };
  const me = rows.find((r) => r.focus);
  return {
    rows,
    title: fill(t['chart.funnel.title'], { year }),
    definition: t['chart.funnel.definition'],
    summary: fill(t['chart.funnel.summary'], {
      inside: shown.filter((p) => position(p) === 'inside').length, shown: shown.length, hidden: rows.length - shown.length,
      name: me ? ctx.name(focus) : '', position: me ? t[`chart.funnel.${position(me)}`] : '',
    }).trim(),
    data: tableOf(ctx, rows, centre),
  };
}

function tableOf(ctx: UnitContext, rows: FunnelPoint[], centre: number): ChartData {
  const { t, year } = ctx;
  const key = `${ctx.lang}|${year}|${centre}`;
  const hit = tables.get(key);
  if (hit) return hit;
  const table: ChartData = {
    id: 'trakt',
    columns: [
      { key: 'name', label: t['unit.kommune'] }, { key: 'children', label: t['col.children'], numeric: true },
      { key: 'rate', label: t['col.rate'], numeric: true, decimals: 1 },
      { key: 'lo95', label: t['col.lo95'], numeric: true, decimals: 1 }, { key: 'hi95', label: t['col.hi95'], numeric: true, decimals: 1 },
    ],
    rows: rows.map((p) => {
      const l = limits95(centre, p.children);
      return { name: p.name, children: p.children, rate: p.rate ?? countCell(null, ':'), lo95: Math.round(l.lo * 10) / 10, hi95: Math.round(l.hi * 10) / 10 };
    }),
  };
  tables.set(key, table);
  return table;
}
