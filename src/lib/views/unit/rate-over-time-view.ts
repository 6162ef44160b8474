import { YEARS } from '../../codes.ts';
import { countCell, type DataCell } from '../../charts/chart-data.ts';
import type { RatePoint } from '../../charts/rate-over-time.ts';
import { fill } from '../../i18n/format.ts';
import { rateInterval } from '../../stats/poisson-interval.ts';
import type { ChartView } from '../chart-view.ts';
import type { UnitContext } from './unit-context.ts';

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Rate per 1,000 children over the years for the unit (with its exact 95 % interval) and each comparison. */
export function rateOverTimeView(ctx: UnitContext): ChartView<RatePoint[]> {
  const { data, focus, t } = ctx;
  const units = [focus, ...ctx.comparisons];
  const rows: RatePoint[] = [];
  const table: Record<string, DataCell>[] = [];
  for (const year of YEARS) {
    const line: Record<string, DataCell> = { year };
    units.forEach((u, i) => {
      const r = data.totals(u.unit, year);
      const rate = r?.rate_per_1000 ?? null;
      const iv = i === 0 && r && r.reports !== null ? rateInterval(r.reports, r.children) : null;
      rows.push({ year, series: ctx.name(u), rate, lo: iv ? round1(iv.lo) : null, hi: iv ? round1(iv.hi) : null, focus: i === 0 });
      line[`u${i}`] = rate === null ? countCell(null, r?.status ?? ':') : rate;
      if (i === 0) {
        line.lo = iv ? round1(iv.lo) : countCell(null, r?.status ?? ':');
        line.hi = iv ? round1(iv.hi) : countCell(null, r?.status ?? ':');
      }
    });
    table.push(line);
  }
  const last = YEARS.at(-1)!;
  const focusRate = data.totals(focus.unit, last)?.rate_per_1000 ?? null;
  const countryRate = data.totals('NO', last)?.rate_per_1000 ?? 0;
  const names = { name: ctx.name(focus), last, country: ctx.num(countryRate, 1) };
  return {
    rows,
    title: fill(t['chart.rateOverTime.title'], { first: YEARS[0]!, last }),
    definition: fill(t['chart.rateOverTime.definition'], names),
    summary: focusRate === null ? fill(t['chart.rateOverTime.summaryHidden'], names) : fill(t['chart.rateOverTime.summary'], { ...names, rate: ctx.num(focusRate, 1) }),
    data: {
      id: 'rate-per-ar',
      columns: [
        { key: 'year', label: t['col.year'] },
        ...units.map((u, i) => ({ key: `u${i}`, label: ctx.name(u), numeric: true, decimals: 1 })),
        { key: 'lo', label: `${ctx.name(focus)}: ${t['col.lo']}`, numeric: true, decimals: 1 },
        { key: 'hi', label: `${ctx.name(focus)}: ${t['col.hi']}`, numeric: true, decimals: 1 },
      ],
      rows: table,
    },
  };
}
