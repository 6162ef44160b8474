import * as Plot from '@observablehq/plot';
import { HIDDEN_STROKE, SERIES } from './palette.ts';
import { niceCeil, textWidth } from './chart-scale.ts';
import { keyHeight, seriesKey, type KeyItem, type KeyShape } from './series-key.ts';

export interface ShareRow { category: string; series: string; share: number | null; focus: boolean }
export interface ShareComparisonOptions {
  width: number;
  title: string;
  summary: string;
  xLabel: string;
  /** Explains `:`, e.g. "hidden to protect privacy". */
  hiddenLabel: string;
  /** A share as text; receives the share as a fraction 0–1, exactly as in the rows. */
  formatPct: (share: number) => string;
  /** Where the axis stops at most: 1 for shares (the default); `Infinity` when the values are counts (then `formatPct` formats a count). */
  maxValue?: number;
}

/** Comparison markers, in order: a tick across the band, then filled symbols; each also differs in colour. */
export const COMPARISON_SHAPES = ['tick', 'diamond', 'triangle', 'square'] as const satisfies readonly KeyShape[];

const STUB = 0.03; // width of a hidden bar's outline stub, as a fraction of the axis
const HIDDEN_AT = 56; // px right of the axis end where hidden comparisons are listed, past any value label

/**
 * For each category (service group or age group, in the given order), the focus unit's share as a bar labelled with its
 * value and each comparison as a tick or symbol of its own shape, with a key above. A hidden focus share is a dashed
 * stub with `:` where its value would be; a hidden comparison its marker and `:` right of the axis; both carry a title,
 * and the key explains `:`. Neither is drawn as zero.
 */
export function shareComparisonSpec(rows: ShareRow[], o: ShareComparisonOptions): Plot.PlotOptions {
  const categories = [...new Set(rows.map((r) => r.category))];
  const focusName = rows.find((r) => r.focus)?.series;
  const comparisons = [...new Set(rows.filter((r) => !r.focus).map((r) => r.series))];
  const xMax = Math.min(o.maxValue ?? 1, niceCeil(Math.max(0.01, ...rows.map((r) => r.share ?? 0)) * 1.08));
  const focus = rows.filter((r) => r.focus && r.share !== null);
  const hiddenFocus = rows.filter((r) => r.focus && r.share === null);
  const hiddenComparisons = rows.filter((r) => !r.focus && r.share === null);
  const rowEnd = new Map(categories.map((c) => [c, Math.max(0, ...rows.filter((r) => r.category === c).map((r) => r.share ?? 0))]));
  const items: KeyItem[] = [
    ...(focusName ? [{ label: focusName, shape: 'bar' as const, colour: SERIES[0] }] : []),
    ...comparisons.map((s, i) => ({ label: s, shape: COMPARISON_SHAPES[i % 4]!, colour: SERIES[(i + 1) % SERIES.length]! })),
    ...(rows.some((r) => r.share === null) ? [{ label: `: ${o.hiddenLabel}`, shape: 'dashed-box' as const, colour: HIDDEN_STROKE }] : []),
  ];
  const marginLeft = Math.min(o.width * 0.4, 12 + Math.max(40, ...categories.map((c) => textWidth(c, 10))));
  const keyLeft = o.width < 480 ? 8 : marginLeft; // on narrow screens the key uses the full width
  const marginTop = 10 + keyHeight(items, o.width, keyLeft);
  // Hidden comparisons sit in slots right of the axis: as many slots as the most any one category hides.
  const slot = new Map(hiddenComparisons.map((r) => [r, hiddenComparisons.filter((h) => h.category === r.category).indexOf(r)]));
  const slots = Math.max(0, ...[...slot.values()].map((k) => k + 1));
  return {
    width: o.width,
    height: marginTop + 40 + categories.length * 34,
    marginTop,
    marginLeft,
    marginRight: slots > 0 ? HIDDEN_AT + 24 * slots : 56,
    ariaLabel: o.title,
    ariaDescription: o.summary,
    x: { label: o.xLabel, domain: [0, xMax], grid: true, tickFormat: (d: number) => o.formatPct(d) },
    y: { label: null, domain: categories, padding: 0.25 },
    marks: [
      // Long category names wrap inside the left margin instead of running off the chart on narrow screens.
      Plot.axisY({ tickSize: 0, lineWidth: (marginLeft - 12) / 10 }),
      seriesKey(items, keyLeft),
      Plot.barX(focus, { y: 'category', x: 'share', fill: SERIES[0], title: (r: ShareRow) => `${r.series}: ${o.formatPct(r.share!)}` }),
      Plot.barX(hiddenFocus, { y: 'category', x1: 0, x2: xMax * STUB, fill: 'none', stroke: HIDDEN_STROKE, strokeDasharray: '3,2' }),
      // Where a value label would be, a hidden share has `:` (explained in the key and in its title).
      Plot.text(hiddenFocus, {
        y: 'category', x: (r: ShareRow) => Math.max(xMax * STUB, rowEnd.get(r.category) ?? 0), text: () => ':', dx: 9, textAnchor: 'start',
        fill: 'currentColor', fontSize: 15, fontWeight: 'bold', title: (r: ShareRow) => `${r.series}: ${o.hiddenLabel}`,
      }),
      Plot.ruleX([0]),
      ...comparisons.map((s, i) => comparisonMark(rows.filter((r) => r.series === s && !r.focus && r.share !== null), i, o)),
      // The focus value follows the row's furthest marker so no tick or symbol covers it.
      Plot.text(focus, { y: 'category', x: (r: ShareRow) => rowEnd.get(r.category) ?? r.share, text: (r: ShareRow) => o.formatPct(r.share!), dx: 9, textAnchor: 'start', fill: 'currentColor', fontSize: 12 }),
      // A hidden comparison: its own marker and `:` in a column right of the axis, never a position on it.
      ...hiddenComparisons.map((r) => hiddenMarker(r, comparisons.indexOf(r.series), slot.get(r)!, xMax, o)),
    ],
  };
}

function comparisonMark(data: ShareRow[], i: number, o: ShareComparisonOptions): Plot.Markish {
  const colour = SERIES[(i + 1) % SERIES.length]!;
  const shape = COMPARISON_SHAPES[i % 4]!;
  const title = (r: ShareRow) => `${r.series}: ${o.formatPct(r.share!)}`;
  if (shape === 'tick')
    // A wider tick in the page colour underneath keeps the coloured tick visible where it crosses the bar.
    return [
      Plot.tickX(data, { y: 'category', x: 'share', stroke: 'var(--mb-bg, white)', strokeWidth: 6, inset: -2 }),
      Plot.tickX(data, { y: 'category', x: 'share', stroke: colour, strokeWidth: 3, inset: -2, title }),
    ];
  return Plot.dot(data, { y: 'category', x: 'share', symbol: shape, r: 5.5, fill: colour, stroke: 'var(--mb-bg, white)', strokeWidth: 1.5, title });
}

function hiddenMarker(r: ShareRow, i: number, k: number, xMax: number, o: ShareComparisonOptions): Plot.Markish {
  const colour = SERIES[(i + 1) % SERIES.length]!;
  const shape = COMPARISON_SHAPES[i % 4]!;
  const dx = HIDDEN_AT - 8 + 24 * k;
  const at = { y: 'category', x: xMax, dx } as const;
  return [
    shape === 'tick'
      ? Plot.tickX([r], { ...at, stroke: colour, strokeWidth: 3, inset: 4 })
      : Plot.dot([r], { ...at, symbol: shape, r: 4.5, fill: colour, stroke: 'var(--mb-bg, white)', strokeWidth: 1 }),
    Plot.text([r], { ...at, dx: dx + 7, text: () => ':', textAnchor: 'start', fontSize: 15, fontWeight: 'bold', fill: 'currentColor', title: () => `${r.series}: ${o.hiddenLabel}` }),
  ];
}
