import * as Plot from '@observablehq/plot';
import { HIDDEN_STROKE } from './palette.ts';
import { textWidth } from './chart-scale.ts';
import { labelColourOn } from './contrast-ratio.ts';
import { sequentialColour } from './sequential-colour.ts';

export interface GridCell { service: string; age: string; share: number | null; count: number | null }
export interface ServiceAgeGridOptions {
  width: number;
  title: string;
  summary: string;
  /** The column axis' label, e.g. "Child's age". */
  ageLabel: string;
  hiddenLabel: string;
  /** A share as text; receives the share as a fraction 0–1. */
  formatPct: (share: number) => string;
  format: (n: number) => string;
  /** The share at the dark end of the colour scale; defaults to the largest shown share. */
  max?: number;
}

/**
 * Heat map of service groups (rows) × age groups (columns): per service, the share of its reports at each age, so late
 * reporting stands out. Cells carry their percentage in black or white, whichever keeps ≥ 4.5:1 on the fill, and a grey
 * outline (≥ 3:1 on both themes); a hidden cell is a dashed outline with `:` and a title, never a pale "zero" cell.
 */
export function serviceAgeGridSpec(rows: GridCell[], o: ServiceAgeGridOptions): Plot.PlotOptions {
  const services = [...new Set(rows.map((r) => r.service))];
  const ages = [...new Set(rows.map((r) => r.age))];
  const shown = rows.filter((r) => r.share !== null);
  const hidden = rows.filter((r) => r.share === null);
  const marginLeft = Math.min(o.width * 0.4, 12 + Math.max(40, ...services.map((s) => textWidth(s, 10))));
  const max = o.max ?? Math.max(0.01, ...shown.map((r) => r.share!));
  const fill = (r: GridCell) => sequentialColour(r.share! / max);
  const title = (r: GridCell) =>
    `${r.service}, ${r.age}: ${r.share === null ? `: ${o.hiddenLabel}` : o.formatPct(r.share) + (r.count === null ? '' : ` (${o.format(r.count)})`)}`;
  return {
    width: o.width,
    height: 60 + services.length * 34,
    marginTop: 44,
    marginBottom: 8,
    marginLeft,
    marginRight: 8,
    ariaLabel: o.title,
    ariaDescription: o.summary,
    x: { domain: ages, axis: 'top', label: o.ageLabel, labelAnchor: 'center', tickSize: 0, padding: 0.06 },
    y: { domain: services, label: null, padding: 0.08 },
    color: { type: 'identity' },
    marks: [
      // Long service names wrap inside the left margin instead of running off the chart on narrow screens.
      Plot.axisY({ tickSize: 0, lineWidth: (marginLeft - 12) / 10 }),
      Plot.cell(shown, { x: 'age', y: 'service', fill, stroke: HIDDEN_STROKE, strokeWidth: 0.75, title }),
      Plot.text(shown, { x: 'age', y: 'service', text: (r: GridCell) => o.formatPct(r.share!), fill: (r: GridCell) => labelColourOn(fill(r)), fontSize: 12 }),
      Plot.cell(hidden, { x: 'age', y: 'service', fill: 'none', stroke: HIDDEN_STROKE, strokeWidth: 1.25, strokeDasharray: '4,3', title }),
      Plot.text(hidden, { x: 'age', y: 'service', text: () => ':', fill: 'currentColor', fontSize: 16, fontWeight: 'bold' }),
    ],
  };
}
