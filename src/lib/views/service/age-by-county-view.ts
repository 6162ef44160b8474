import { AGE_GROUPS, OUTCOMES, PERIODS, type AgeGroup, type ServiceGroup } from '../../codes.ts';
import { countCell, type DataCell } from '../../charts/chart-data.ts';
import type { GridCell } from '../../charts/service-age-grid.ts';
import type { Dictionary } from '../../i18n/nb.ts';
import { fill } from '../../i18n/format.ts';
import type { ChartView } from '../chart-view.ts';
import { periodAge, periodService, periodTotal } from '../unit/period-counts.ts';
import { share } from '../unit/share-views.ts';
import type { ServiceContext } from './service-context.ts';

/** The age a summary speaks of: early reporting for the services that meet small children, late reporting for the rest. */
const FOCUS_AGE: Partial<Record<ServiceGroup, AgeGroup>> = { barnehage: '3-5', helsestasjon: '0-2' };

interface Line { label: string; cells: { count: number | null; status: string | null; share: number | null }[] }

/**
 * Age profile of the service group's reports: a row for all reports in the country over the latest pooled period (for
 * comparison), one for the group in the country per pooled period, and one per county over the latest period; each row
 * the share of its reports at each age.
 */
export function ageByCountyView(ctx: ServiceContext): ChartView<GridCell[]> {
  const { data, t, period, group, service } = ctx;
  const age = (a: string) => t[`age.${a}` as keyof Dictionary];
  const all: Line = {
    label: `${t['service.age.allReports']}, ${period}`,
    cells: AGE_GROUPS.map((a) => {
      const count = periodAge(data, 'NO', period, a);
      return { count, status: count === null ? ':' : null, share: share(count, periodTotal(data, 'NO', period)) };
    }),
  };
  const line = (label: string, unit: string, p: string): Line => {
    const whole = periodService(data, unit, p, group, AGE_GROUPS, OUTCOMES);
    return {
      label,
      cells: AGE_GROUPS.map((a) => {
        const c = data.serviceAge(unit, p, group, a);
        return { count: c?.reports ?? null, status: c?.status ?? ':', share: share(c?.reports, whole) };
      }),
    };
  };
  const national = PERIODS.map((p) => line(`${ctx.name(ctx.country)}, ${p.key}`, 'NO', p.key));
  const counties = ctx.counties.map((u) => line(u.name, u.unit, period));
  const lines = [all, ...national, ...counties];
  const at = (l: Line, a: AgeGroup) => l.cells[AGE_GROUPS.indexOf(a)]!.share;
  const shown = (s: number | null) => (s === null ? ':' : ctx.pct(s));
  const latest = national.at(-1)!;
  const focusAge = FOCUS_AGE[group] ?? '13-17';
  const inCounties = counties.map((l) => at(l, focusAge)).filter((s): s is number => s !== null);
  const texts = { age: age(focusAge), all: shown(at(all, focusAge)) };
  // When the country's own share is hidden, the summary speaks of the counties' published shares instead.
  const summary = at(latest, focusAge) !== null
    ? fill(t['service.age.summary'], { ...texts, share: shown(at(latest, focusAge)) })
    : fill(t['service.age.summaryCounties'], { ...texts, min: inCounties.length ? ctx.pct(Math.min(...inCounties)) : ':', max: inCounties.length ? ctx.pct(Math.max(...inCounties)) : ':' });
  return {
    rows: lines.flatMap((l) => AGE_GROUPS.map((a, i) => ({ service: l.label, age: age(a), share: l.cells[i]!.share, count: l.cells[i]!.count }))),
    title: fill(t['service.age.title'], { service }),
    definition: fill(t['service.age.definition'], { period }),
    summary,
    data: {
      id: 'alder-per-fylke',
      columns: [{ key: 'unit', label: t['col.unit'] }, ...AGE_GROUPS.map((a) => ({ key: a, label: `${age(a)} (%)`, numeric: true, decimals: 1 }))],
      rows: lines.map((l) => ({
        unit: l.label,
        ...Object.fromEntries(AGE_GROUPS.map((a, i): [string, DataCell] => {
          const c = l.cells[i]!;
          return [a, c.share === null ? countCell(null, c.status ?? ':') : Math.round(c.share * 1000) / 10];
        })),
      })),
    },
  };
}
