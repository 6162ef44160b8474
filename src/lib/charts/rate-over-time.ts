import * as Plot from '@observablehq/plot';
import { SERIES } from './palette.ts';
import { dodgeLabels, niceCeil, textWidth } from './chart-scale.ts';

export interface RatePoint { year: number; series: string; rate: number | null; lo?: number | null; hi?: number | null; focus: boolean }
export interface RateOverTimeOptions {
  width: number;
  height?: number;
  title: string;
  summary: string;
  yLabel: string;
  /** Explains `:` (also as the marker's title), e.g. "hidden to protect privacy". */
  hiddenLabel: string;
  /** A second line under the focus series' label naming the shaded band, e.g. "band: 95 % interval". */
  intervalLabel?: string;
  format: (n: number) => string;
  /** Local events (a forum started, a training given), each drawn as a dashed rule at its year with its number on top. */
  events?: { year: number; label: string }[];
}

/** How each series is drawn: the focus solid and thick; each comparison thinner with its own dash and symbol. */
export const RATE_SERIES_STYLE = {
  dashes: ['none', '7,3', '2,3', '10,3,2,3', '4,4'],
  symbols: ['circle', 'square', 'triangle', 'diamond', 'cross'],
} as const;

const MARGIN = { top: 16, bottom: 30 };

/**
 * Rate per 1,000 by year: the focus unit as a thick solid line over its shaded interval band, each comparison a thinner
 * line with its own dash and symbol; every series labelled at its right end (no legend). A year hidden for the focus
 * unit breaks its line and is marked `:` on the axis with an explanatory title; never drawn as zero.
 */
export function rateOverTimeSpec(rows: RatePoint[], o: RateOverTimeOptions): Plot.PlotOptions {
  const height = o.height ?? 300;
  const names = [...new Set([...rows.filter((r) => r.focus), ...rows].map((r) => r.series))];
  const style = (s: string) => {
    const i = names.indexOf(s);
    const focus = rows.some((r) => r.series === s && r.focus);
    return {
      colour: SERIES[i % SERIES.length]!, dash: RATE_SERIES_STYLE.dashes[i % 5]!, symbol: RATE_SERIES_STYLE.symbols[i % 5]!,
      width: focus ? 3 : 1.5, focus,
    };
  };
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const top = Math.max(0, ...rows.flatMap((r) => [r.rate ?? 0, r.hi ?? 0]));
  const yMax = niceCeil(top * 1.05);
  const hiddenYears = rows.filter((r) => r.focus && r.rate === null);

  // Direct labels at each series' last shown point, spread apart in pixels so they never overlap.
  const lastShown = names.map((s) => rows.filter((r) => r.series === s && r.rate !== null).sort((a, b) => a.year - b.year).at(-1)).filter((r) => r !== undefined);
  const marginRight = Math.min(o.width * 0.38, Math.max(70, 32 + Math.max(0, ...lastShown.map((r) => textWidth(r.series)))));
  const lineEms = (marginRight - 24) / 12; // Plot wraps by its own glyph widths; the estimate below is only for spacing
  const lineChars = Math.max(6, Math.floor(lineEms / 0.58));
  const texts = lastShown.map((r) => (style(r.series).focus && o.intervalLabel ? `${r.series}\n${o.intervalLabel}` : r.series));
  const lineCount = (t: string) => t.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / lineChars)), 0);
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const px = (v: number) => MARGIN.top + (1 - v / yMax) * plotH;
  const placed = dodgeLabels(lastShown.map((r) => px(r.rate!)), texts.map((t) => lineCount(t) * 14), MARGIN.top - 8, height - MARGIN.bottom);
  const labels = lastShown.map((r, i) => ({ ...r, text: texts[i]!, labelY: yMax * (1 - (placed[i]! - MARGIN.top) / plotH) }));

  // Every year gets a tick when there is room (~36 px a label), otherwise every second or third.
  const tickStep = Math.max(1, Math.ceil((years.length * 36) / Math.max(1, o.width - 48 - marginRight)));
  const band = rows.filter((r) => r.focus).sort((a, b) => a.year - b.year).map((r) => ({ year: r.year, lo: r.rate === null ? null : r.lo ?? null, hi: r.rate === null ? null : r.hi ?? null }));
  return {
    width: o.width,
    height,
    marginTop: MARGIN.top,
    marginBottom: MARGIN.bottom,
    marginLeft: 48,
    marginRight,
    ariaLabel: o.title,
    ariaDescription: o.summary,
    x: { label: null, domain: [years[0] ?? 0, years.at(-1) ?? 1], ticks: years.filter((_, i) => i % tickStep === 0), tickFormat: 'd' },
    y: { label: o.yLabel, domain: [0, yMax], grid: true, tickFormat: (d: number) => o.format(d) },
    marks: [
      Plot.areaY(band, { x: 'year', y1: 'lo', y2: 'hi', fill: SERIES[0], fillOpacity: 0.2, curve: 'linear' }),
      // A year whose neighbours are hidden has no band to join: its interval is a bar of the same tint.
      Plot.ruleX(band.filter((b, i) => b.lo !== null && band[i - 1]?.lo == null && band[i + 1]?.lo == null), {
        x: 'year', y1: 'lo', y2: 'hi', stroke: SERIES[0], strokeOpacity: 0.2, strokeWidth: 10,
      }),
      Plot.ruleY([0]),
      ...[...names].reverse().map((s) => {
        const st = style(s);
        const data = rows.filter((r) => r.series === s).sort((a, b) => a.year - b.year);
        const shown = data.filter((r) => r.rate !== null);
        return [
          // Drawn last-first so the focus unit lies on top. Null rates stay in the data so the line breaks at a hidden year instead of bridging it.
          Plot.lineY(data, { x: 'year', y: 'rate', stroke: st.colour, strokeWidth: st.width, strokeDasharray: st.dash === 'none' ? undefined : st.dash, ariaDescription: s }),
          Plot.dot(shown, {
            x: 'year', y: 'rate', symbol: st.symbol, r: st.focus ? 4.5 : 3.5, stroke: st.focus ? 'var(--mb-bg, white)' : st.colour,
            fill: st.focus ? st.colour : 'var(--mb-bg, white)', strokeWidth: 1.5, title: (r: RatePoint) => `${s} ${r.year}: ${o.format(r.rate!)}`,
          }),
        ];
      }),
      // Labels are in the text colour (coloured text cannot reach 4.5:1 on both themes); the series' own symbol leads each one.
      Plot.dot(labels, {
        x: 'year', y: 'labelY', dx: 12, symbol: (r: RatePoint) => style(r.series).symbol, r: 4, stroke: (r: RatePoint) => style(r.series).colour,
        fill: (r: RatePoint) => (r.focus ? style(r.series).colour : 'var(--mb-bg, white)'), strokeWidth: 1.5,
      }),
      ...[true, false].map((bold) => Plot.text(labels.filter((r) => r.focus === bold), {
        x: 'year', y: 'labelY', text: 'text', fill: 'currentColor', dx: 20, textAnchor: 'start', lineWidth: lineEms,
        fontSize: 12, fontWeight: bold ? 'bold' : 'normal', stroke: 'var(--mb-bg, white)', strokeWidth: 3, paintOrder: 'stroke',
      })),
      ...eventMarks(o.events ?? [], years),
      Plot.text(hiddenYears, { x: 'year', y: 0, text: () => ':', dy: -9, fontSize: 16, fontWeight: 'bold', fill: 'currentColor', title: (r: RatePoint) => `${r.year}: ${o.hiddenLabel}` }),
    ],
  };
}

/** The optional events layer: a dashed rule per event within the years shown, numbered in order (the page lists the numbers). */
function eventMarks(events: { year: number; label: string }[], years: number[]): Plot.Markish[] {
  const shown = events.map((e, i) => ({ ...e, n: String(i + 1) })).filter((e) => e.year >= years[0]! && e.year <= years.at(-1)!);
  if (!shown.length) return [];
  return [
    Plot.ruleX(shown, { x: 'year', stroke: 'currentColor', strokeDasharray: '3,3', strokeWidth: 1.5, title: (e: { label: string }) => e.label }),
    Plot.text(shown, {
      x: 'year', frameAnchor: 'top', dy: -2, text: 'n', fontSize: 11, fontWeight: 'bold', fill: 'currentColor',
      stroke: 'var(--mb-bg, white)', strokeWidth: 3, paintOrder: 'stroke', title: (e: { label: string }) => e.label,
    }),
  ];
}
