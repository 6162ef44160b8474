import type * as Plot from '@observablehq/plot';
import { shareComparisonSpec } from './share-comparison.ts';

export interface OutcomeRow { service: string; dropped_share: number | null; comparison_share: number | null }
export interface OutcomeByServiceOptions {
  width: number;
  title: string;
  summary: string;
  xLabel: string;
  /** Names of the two series in the key, e.g. the municipality and "the whole country". */
  focusLabel: string;
  comparisonLabel: string;
  hiddenLabel: string;
  /** A share as text; receives the share as a fraction 0–1. */
  formatPct: (share: number) => string;
}

/**
 * Share of reports dropped (henlagt) without investigation, per service group: the focus unit as a labelled bar, the
 * comparison as a tick; a hidden share is a labelled `:` stub, never zero. Drawn by the share-comparison chart.
 */
export function outcomeByServiceSpec(rows: OutcomeRow[], o: OutcomeByServiceOptions): Plot.PlotOptions {
  const { focusLabel, comparisonLabel, ...rest } = o;
  return shareComparisonSpec(
    rows.flatMap((r) => [
      { category: r.service, series: focusLabel, share: r.dropped_share, focus: true },
      { category: r.service, series: comparisonLabel, share: r.comparison_share, focus: false },
    ]),
    rest,
  );
}
