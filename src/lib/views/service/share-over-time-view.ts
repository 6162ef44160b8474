import { YEARS } from '../../codes.ts';
import { countCell, type DataCell } from '../../charts/chart-data.ts';
import type { RatePoint } from '../../charts/rate-over-time.ts';
import { fill } from '../../i18n/format.ts';
import type { ChartView } from '../chart-view.ts';
import { share } from '../unit/share-views.ts';
import type { ServiceContext } from './service-context.ts';

const pct1 = (s: number) => Math.round(s * 1000) / 10;

/** The service group's reports in the whole country year by year, and their share of all reports. */
export function shareOverTimeView(ctx: ServiceContext): ChartView<RatePoint[]> {
  const { data, t, group, service } = ctx;
  const years = YEARS.map((year) => {
    const part = data.byService('NO', year, group), whole = data.totals('NO', year);
    return { year, part, whole, share: share(part?.reports, whole?.reports) };
  });
  const first = years[0]!, last = years.at(-1)!;
  const shown = (s: number | null) => (s === null ? ':' : ctx.pct(s));
  return {
    rows: years.map((y) => ({ year: y.year, series: service, rate: y.share, focus: true })),
    title: fill(t['service.overTime.title'], { service, first: first.year, last: last.year }),
    definition: t['service.overTime.definition'],
    summary: fill(t['service.overTime.summary'], {
      last: last.year, share: shown(last.share), reports: last.part?.reports == null ? ':' : ctx.num(last.part.reports), first: first.year, firstShare: shown(first.share),
    }),
    data: {
      id: 'andel-per-ar',
      columns: [
        { key: 'year', label: t['col.year'] },
        { key: 'reports', label: service, numeric: true },
        { key: 'all', label: t['service.col.allReports'], numeric: true },
        { key: 'share', label: `${t['col.share']} (%)`, numeric: true, decimals: 1 },
      ],
      rows: years.map((y): Record<string, DataCell> => ({
        year: String(y.year),
        reports: countCell(y.part?.reports ?? null, y.part?.status ?? ':'),
        all: countCell(y.whole?.reports ?? null, y.whole?.status ?? ':'),
        share: y.share === null ? ':' : pct1(y.share),
      })),
    },
  };
}
