import * as Plot from '@observablehq/plot';
import { HIDDEN_STROKE, SERIES } from './palette.ts';

export interface ServiceBar { label: string; reports: number | null }
export interface ServiceBarOptions { width: number; title: string; summary: string; xLabel: string; hiddenLabel: string; format: (n: number) => string }

/** Horizontal bars by service group in code-list order, each labelled with its number; a hidden count is an outlined, labelled stub, never a zero. */
export function reportsByServiceSpec(bars: ServiceBar[], o: ServiceBarOptions): Plot.PlotOptions {
  const shown = bars.filter((b) => b.reports !== null);
  const hidden = bars.filter((b) => b.reports === null);
  const max = Math.max(1, ...shown.map((b) => b.reports ?? 0));
  return {
    width: o.width,
    height: 40 + bars.length * 28,
    marginLeft: Math.min(260, o.width * 0.45),
    marginRight: 60,
    ariaLabel: o.title,
    ariaDescription: o.summary,
    x: { label: o.xLabel, grid: true, domain: [0, max * 1.1], tickFormat: (d: number) => o.format(d) },
    y: { label: null, domain: bars.map((b) => b.label), tickSize: 0 },
    marks: [
      Plot.barX(shown, { y: 'label', x: 'reports', fill: SERIES[0] }),
      Plot.text(shown, { y: 'label', x: 'reports', text: (b: ServiceBar) => o.format(b.reports ?? 0), dx: 4, textAnchor: 'start', fill: 'currentColor' }),
      Plot.barX(hidden, { y: 'label', x1: 0, x2: max * 0.04, fill: 'none', stroke: HIDDEN_STROKE, strokeDasharray: '3,2' }),
      Plot.text(hidden, { y: 'label', x: max * 0.04, text: () => `: ${o.hiddenLabel}`, dx: 4, textAnchor: 'start', fill: 'currentColor' }),
      Plot.ruleX([0]),
    ],
  };
}
