import * as Plot from '@observablehq/plot';
import { SERIES } from './palette.ts';

/** One bar: a count for a category (`label`) and, where a chart compares kinds, a series (breaches, improvement points). */
export interface FindingsBar { label: string; series: string; value: number }
export interface FindingsBarsOptions { width: number; title: string; summary: string; xLabel: string; format: (n: number) => string }

const BAR = 20;

/**
 * Horizontal bars of counts of audits or findings, one group per category in the given order and one bar per series
 * within it (at most four). Audits are never suppressed, so every count is drawn as it is. With more than one series each
 * bar's label names its series beside the number, so the series never rest on colour alone.
 */
export function findingsBarsSpec(bars: FindingsBar[], o: FindingsBarsOptions): Plot.PlotOptions {
  const labels = [...new Set(bars.map((b) => b.label))];
  const series = [...new Set(bars.map((b) => b.series))];
  if (series.length > SERIES.length) throw new Error(`findingsBarsSpec: at most ${SERIES.length} series, got ${series.length}`);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const text = (b: FindingsBar) => (series.length > 1 ? `${b.series}: ${o.format(b.value)}` : o.format(b.value));
  return {
    width: o.width,
    height: 40 + labels.length * (series.length * BAR + 10),
    marginLeft: Math.min(230, o.width * 0.4),
    marginRight: series.length > 1 ? 190 : 50,
    ariaLabel: o.title,
    ariaDescription: o.summary,
    x: { label: o.xLabel, grid: true, domain: [0, max * 1.05], tickFormat: (d: number) => o.format(d) },
    y: { axis: null, domain: series },
    fy: { label: null, domain: labels, padding: 0.1 },
    color: { domain: series, range: SERIES.slice(0, series.length) },
    marks: [
      Plot.axisFy({ anchor: 'left', label: null, tickSize: 0, lineWidth: 14 }),
      Plot.barX(bars, { fy: 'label', y: 'series', x: 'value', fill: 'series' }),
      Plot.text(bars, { fy: 'label', y: 'series', x: 'value', text, dx: 4, textAnchor: 'start', fill: 'currentColor' }),
      Plot.ruleX([0]),
    ],
  };
}
