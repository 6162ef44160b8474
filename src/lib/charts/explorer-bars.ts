import * as Plot from '@observablehq/plot';
import { barFrame } from './bar-frame.ts';
import { HIDDEN_STROKE, SERIES } from './palette.ts';

/** One bar of an explorer chart: `key` is the code a click filters on, `reports` null when the count is hidden. */
export interface ExplorerBar { key: string; label: string; reports: number | null; selected: boolean }
export interface ExplorerBarOptions { width: number; title: string; summary: string; xLabel: string; hiddenLabel: string; selectedLabel: string; format: (n: number) => string }

/** The class of each bar mark's group, so the page can map the drawn bars back to their data (in data order within a group). */
export const BAR_CLASSES = { shown: 'explorer-bar-shown', hidden: 'explorer-bar-hidden' } as const;

/**
 * Horizontal bars in the given order, each labelled with its number. Chosen bars are filled and marked "✓ chosen" in
 * their label, the others outlined when anything is chosen, so the choice never rests on colour alone. A hidden count is
 * a dashed stub labelled as hidden, never a zero bar.
 */
export function explorerBarsSpec(bars: ExplorerBar[], o: ExplorerBarOptions): Plot.PlotOptions {
  const { shown, hidden, stub, frame } = barFrame(bars, o, { left: Math.min(240, o.width * 0.4), right: 140 });
  const anySelected = bars.some((b) => b.selected);
  const text = (b: ExplorerBar) => `${b.reports === null ? `: ${o.hiddenLabel}` : o.format(b.reports)}${b.selected ? ` ✓ ${o.selectedLabel}` : ''}`;
  return {
    ...frame,
    marks: [
      Plot.barX(shown, {
        y: 'label', x: 'reports', className: BAR_CLASSES.shown, stroke: SERIES[0], strokeWidth: 1.5,
        fill: (b: ExplorerBar) => (!anySelected || b.selected ? SERIES[0] : 'transparent'),
      }),
      Plot.barX(hidden, { y: 'label', x1: 0, x2: stub, className: BAR_CLASSES.hidden, fill: 'transparent', stroke: HIDDEN_STROKE, strokeDasharray: '3,2' }),
      Plot.text(bars, { y: 'label', x: (b: ExplorerBar) => b.reports ?? stub, text, dx: 4, textAnchor: 'start', fill: 'currentColor' }),
      Plot.ruleX([0]),
    ],
  };
}
