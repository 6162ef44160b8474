import * as Plot from '@observablehq/plot';
import { barFrame } from './bar-frame.ts';
import { HIDDEN_STROKE, SERIES } from './palette.ts';

export interface ServiceBar { label: string; reports: number | null }
export interface ServiceBarOptions { width: number; title: string; summary: string; xLabel: string; hiddenLabel: string; format: (n: number) => string }

/** Horizontal bars by service group in code-list order, each labelled with its number; a hidden count is an outlined, labelled stub, never a zero. */
export function reportsByServiceSpec(bars: ServiceBar[], o: ServiceBarOptions): Plot.PlotOptions {
  const { shown, hidden, stub, frame } = barFrame(bars, o, { left: Math.min(260, o.width * 0.45), right: 60 });
  return {
    ...frame,
    marks: [
      Plot.barX(shown, { y: 'label', x: 'reports', fill: SERIES[0] }),
      Plot.text(shown, { y: 'label', x: 'reports', text: (b: ServiceBar) => o.format(b.reports ?? 0), dx: 4, textAnchor: 'start', fill: 'currentColor' }),
      Plot.barX(hidden, { y: 'label', x1: 0, x2: stub, fill: 'none', stroke: HIDDEN_STROKE, strokeDasharray: '3,2' }),
      Plot.text(hidden, { y: 'label', x: stub, text: () => `: ${o.hiddenLabel}`, dx: 4, textAnchor: 'start', fill: 'currentColor' }),
      Plot.ruleX([0]),
    ],
  };
}
