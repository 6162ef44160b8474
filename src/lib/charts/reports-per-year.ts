import * as Plot from '@observablehq/plot';
import { SERIES } from './palette.ts';

const DASHES = ['none', '6,3', '2,3', '8,3,2,3'];

export interface PerYearPoint { year: number; series: string; reports: number | null; projected: boolean }
export interface PerYearOptions { width: number; title: string; summary: string; yLabel: string; projectedLabel: string; hiddenLabel?: string }

/** Reports per year as lines, one per series, each with its own dash and symbol and a label at its last point; a hidden year is a gap marked `:` on the axis. */
export function reportsPerYearSpec(points: PerYearPoint[], o: PerYearOptions): Plot.PlotOptions {
  const shown = points.filter((p) => p.reports !== null);
  const series = [...new Set(points.map((p) => p.series))];
  const last = series.map((s) => shown.filter((p) => p.series === s).at(-1)).filter((p) => p !== undefined);
  const projected = shown.filter((p) => p.projected);
  const hidden = points.filter((p) => p.reports === null);
  return {
    width: o.width,
    height: 300,
    marginRight: 130,
    marginLeft: 60,
    ariaLabel: o.title,
    ariaDescription: o.summary,
    x: { label: null, tickFormat: 'd', ticks: [...new Set(points.map((p) => p.year))] },
    y: { label: o.yLabel, grid: true, zero: true, tickFormat: (d: number) => d.toLocaleString('nb-NO') },
    color: { domain: series, range: SERIES.slice(0, series.length) },
    symbol: { domain: series, range: ['circle', 'square', 'triangle', 'diamond'] },
    marks: [
      Plot.ruleY([0]),
      ...series.map((s, i) => Plot.lineY(shown.filter((p) => p.series === s), { x: 'year', y: 'reports', stroke: 'series', strokeWidth: 2, strokeDasharray: DASHES[i % DASHES.length] })),
      Plot.dot(shown, { x: 'year', y: 'reports', stroke: 'series', symbol: 'series', fill: 'var(--mb-bg, white)', r: 4, tip: false }),
      Plot.text(last, { x: 'year', y: 'reports', text: 'series', fill: 'series', dx: 8, textAnchor: 'start', fontSize: 12 }),
      Plot.text(hidden, { x: 'year', y: 0, text: () => ':', dy: -10, fontSize: 16, fontWeight: 'bold', fill: 'currentColor', title: () => o.hiddenLabel ?? ':' }),
      Plot.text(projected, { x: 'year', y: 'reports', text: () => o.projectedLabel, dy: -12, fontSize: 10, fill: 'currentColor' }),
    ],
  };
}
