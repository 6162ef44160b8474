import type * as Plot from '@observablehq/plot';

export interface BarFrameOptions { width: number; title: string; summary: string; xLabel: string; format: (n: number) => string }

/**
 * What every horizontal bar chart with hidden counts shares: bars split into shown and hidden, the scale's maximum, the
 * length of a hidden bar's stub, and the frame (size, accessible name and description, scales) with the bars in the
 * given order. The marks, and how much room the labels get, are the chart's own.
 */
export function barFrame<B extends { label: string; reports: number | null }>(
  bars: B[], o: BarFrameOptions, margins: { left: number; right: number },
): { shown: B[]; hidden: B[]; max: number; stub: number; frame: Omit<Plot.PlotOptions, 'marks'> } {
  const shown = bars.filter((b) => b.reports !== null);
  const hidden = bars.filter((b) => b.reports === null);
  const max = Math.max(1, ...shown.map((b) => b.reports ?? 0));
  return {
    shown, hidden, max, stub: max * 0.04,
    frame: {
      width: o.width,
      height: 40 + bars.length * 28,
      marginLeft: margins.left,
      marginRight: margins.right,
      ariaLabel: o.title,
      ariaDescription: o.summary,
      x: { label: o.xLabel, grid: true, domain: [0, max * 1.1], tickFormat: (d: number) => o.format(d) },
      y: { label: null, domain: bars.map((b) => b.label), tickSize: 0 },
    },
  };
}
