import * as Plot from '@observablehq/plot';
import { niceCeil, textWidth } from './chart-scale.ts';
import { SERIES } from './palette.ts';

/** One service group: its actual level with the exact 95 % interval (null when hidden) and the level agreed. */
export interface AgreedPoint { category: string; actual: number | null; lo: number | null; hi: number | null; agreed: number }
export interface AgreedLevelsOptions {
  width: number;
  title: string;
  summary: string;
  xLabel: string;
  hiddenLabel: string;
  actualLabel: string;
  agreedLabel: string;
  format: (n: number) => string;
}

const ROW = 34;
const MARGIN = { top: 28, bottom: 36 };

/**
 * Actual against agreed per service group: the actual level as a dot on its interval line, the agreed level as a
 * vertical bar with a diamond (shape, not only colour, tells them apart). A hidden actual is marked `:` at zero with
 * an explanatory title, never drawn as zero. The two marks are named once above the first row.
 */
export function agreedLevelsSpec(rows: AgreedPoint[], o: AgreedLevelsOptions): Plot.PlotOptions {
  const cats = rows.map((r) => r.category);
  const marginLeft = Math.min(o.width * 0.45, 16 + Math.max(40, ...cats.map((c) => textWidth(c))));
  const xMax = niceCeil(Math.max(1, ...rows.flatMap((r) => [r.hi ?? 0, r.actual ?? 0, r.agreed])) * 1.05);
  const shown = rows.filter((r) => r.actual !== null);
  const hidden = rows.filter((r) => r.actual === null);
  const first = rows[0];
  // The two names point away from each other, so they never overlap whichever mark lies to the left.
  const actualLeft = (first?.actual ?? 0) <= (first?.agreed ?? 0);
  const keys = first ? [
    { x: first.actual ?? 0, text: o.actualLabel, anchor: actualLeft ? 'end' as const : 'start' as const, dx: actualLeft ? -6 : 6 },
    { x: first.agreed, text: o.agreedLabel, anchor: actualLeft ? 'start' as const : 'end' as const, dx: actualLeft ? 6 : -6 },
  ] : [];
  return {
    width: o.width,
    height: MARGIN.top + MARGIN.bottom + ROW * Math.max(1, rows.length),
    marginTop: MARGIN.top,
    marginBottom: MARGIN.bottom,
    marginLeft,
    marginRight: 24,
    ariaLabel: o.title,
    ariaDescription: o.summary,
    x: { label: o.xLabel, labelAnchor: 'center', labelArrow: 'none', domain: [0, xMax], grid: true, tickFormat: (d: number) => o.format(d) },
    y: { label: null, domain: cats, padding: 0.4 },
    marks: [
      Plot.ruleX([0]),
      Plot.ruleY(shown, { y: 'category', x1: 'lo', x2: 'hi', stroke: SERIES[0], strokeOpacity: 0.35, strokeWidth: 8 }),
      Plot.dot(shown, {
        y: 'category', x: 'actual', r: 5, fill: SERIES[0], stroke: 'var(--mb-bg, white)', strokeWidth: 1.5,
        title: (r: AgreedPoint) => `${r.category}: ${o.actualLabel} ${o.format(r.actual!)} (${o.format(r.lo!)}–${o.format(r.hi!)})`,
      }),
      Plot.tickX(rows, { y: 'category', x: 'agreed', stroke: 'currentColor', strokeWidth: 2.5 }),
      Plot.dot(rows, {
        y: 'category', x: 'agreed', symbol: 'diamond', r: 4.5, fill: 'var(--mb-bg, white)', stroke: 'currentColor', strokeWidth: 2,
        title: (r: AgreedPoint) => `${r.category}: ${o.agreedLabel} ${o.format(r.agreed)}`,
      }),
      Plot.text(hidden, { y: 'category', x: 0, text: () => ':', dx: 8, fontSize: 16, fontWeight: 'bold', fill: 'currentColor', title: (r: AgreedPoint) => `${r.category}: ${o.hiddenLabel}` }),
      ...keys.map((k) => Plot.text([k], {
        x: 'x', y: () => first!.category, dy: -ROW / 2 + 2, dx: k.dx, text: 'text', textAnchor: k.anchor,
        fontSize: 11, fill: 'currentColor', stroke: 'var(--mb-bg, white)', strokeWidth: 3, paintOrder: 'stroke',
      })),
    ],
  };
}
