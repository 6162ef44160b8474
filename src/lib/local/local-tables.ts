import type { ChartData, DataCell } from '../charts/chart-data.ts';
import type { AgreedPoint } from '../charts/agreed-levels.ts';
import { fill, formatNumber, type Lang } from '../i18n/format.ts';
import type { ChartView } from '../views/chart-view.ts';
import type { AgreedRow } from './agreed-comparison.ts';
import type { BeforeAfter, Comparison } from './before-after.ts';
import type { Measure } from './local-plan.ts';

/** The texts these tables need, by key: the build passes its whole dictionary, the browser the part it was handed. */
export type Texts = Readonly<Record<string, string>>;
/** Keys the browser needs from the dictionary, by prefix (so the page hands over only those). */
export const LOCAL_TEXT_PREFIXES = [
  'agreed.chart.', 'agreed.col.', 'agreed.measure.', 'agreed.judgement.', 'agreed.source.', 'agreed.explain',
  'events.kind.', 'events.judgement.', 'events.col.', 'events.rate.row', 'events.caption', 'events.window', 'events.future',
  'meeting.rejected', 'meeting.updated', 'meeting.remove', 'meeting.copied', 'meeting.invalid.', 'service.', 'symbol.', 'col.serviceGroup',
] as const;

const round = (x: number | null, d: number): DataCell => (x === null || !Number.isFinite(x) ? ':' : Math.round(x * 10 ** d) / 10 ** d);

/** Actual against agreed for the levels of one measure: the chart's rows, its table and CSV, title and summary. */
export function agreedView(rows: AgreedRow[], measure: Measure, t: Texts, name: string, sourceOf: (r: AgreedRow) => 'file' | 'url'): ChartView<AgreedPoint[]> {
  const mine = rows.filter((r) => r.measure === measure);
  const d = 1;
  const outside = mine.filter((r) => r.judgement === 'higher' || r.judgement === 'lower').length;
  return {
    rows: mine.map((r) => ({ category: t[`service.${r.group}`]!, actual: r.actual, lo: r.lo, hi: r.hi, agreed: r.agreed })),
    title: t[`agreed.chart.title.${measure}`]!,
    definition: `${t['agreed.chart.definition']} ${t['agreed.explain']}`,
    summary: fill(t['agreed.chart.summary']!, { outside, count: mine.length, name }),
    data: {
      id: `avtalt-niva-${measure === 'rate' ? 'rate' : 'andel'}`,
      columns: [
        { key: 'group', label: t['col.serviceGroup']! },
        { key: 'agreed', label: `${t['agreed.col.agreed']} (${t[`agreed.measure.${measure}`]})`, numeric: true, decimals: d },
        { key: 'actual', label: `${t['agreed.col.actual']} (${t[`agreed.measure.${measure}`]})`, numeric: true, decimals: d },
        { key: 'lo', label: t['agreed.col.lo']!, numeric: true, decimals: d },
        { key: 'hi', label: t['agreed.col.hi']!, numeric: true, decimals: d },
        { key: 'time', label: t['agreed.col.time']! },
        { key: 'judgement', label: t['agreed.col.judgement']! },
        { key: 'source', label: t['agreed.col.source']! },
      ],
      rows: mine.map((r) => ({
        group: t[`service.${r.group}`]!, agreed: r.agreed, actual: round(r.actual, d), lo: round(r.lo, d), hi: round(r.hi, d),
        time: r.time, judgement: t[`agreed.judgement.${r.judgement}`]!, source: t[`agreed.source.${sourceOf(r)}`]!,
      })),
    },
  };
}

function comparisonRow(what: string, c: Comparison, fmt: (n: number) => string): Record<string, DataCell> {
  const r = c.result;
  return {
    what, beforeTime: c.before.time, before: round(c.before.value, 1), afterTime: c.after.time, after: round(c.after.value, 1),
    ratio: round(r.ratio, 2), interval: r.lo === null ? ':' : `${fmt(r.lo)}–${fmt(r.hi)}`, judgement: r.judgement,
  };
}

/** Before/after an event as one table: the rate per 1,000 children, then each service group's share of reports. */
export function beforeAfterData(ba: BeforeAfter, t: Texts, lang: Lang, index: number): { data: ChartData; caption: string; window: string } {
  const fmt = (n: number) => (Number.isFinite(n) ? formatNumber(n, lang, 2) : '∞');
  const cols = (key: string, label: string, numeric = false, dec = 1) => ({ key, label, numeric, decimals: dec });
  const rows = [
    comparisonRow(t['events.rate.row']!, ba.rate, fmt),
    ...ba.services.map((s) => comparisonRow(`${t[`service.${s.group}`]} (%)`, s, fmt)),
  ].map((r) => ({ ...r, judgement: t[`events.judgement.${String(r.judgement)}`]! }));
  const label = `${index + 1}. ${ba.event.label}`;
  return {
    caption: fill(t['events.caption']!, { label }),
    window: fill(t['events.window']!, { before: ba.rate.before.time, after: ba.rate.after.time, year: ba.event.year })
      + (ba.rate.after.time === '–' ? ` ${t['events.future']}` : ''),
    data: {
      id: `for-og-etter-${index + 1}`,
      columns: [
        cols('what', t['events.col.what']!), cols('beforeTime', t['events.col.before']!), cols('before', t['events.col.beforeValue']!, true),
        cols('afterTime', t['events.col.after']!), cols('after', t['events.col.afterValue']!, true),
        cols('ratio', t['events.col.ratio']!, true, 2), cols('interval', t['events.col.interval']!), cols('judgement', t['events.col.judgement']!),
      ],
      rows,
    },
  };
}
