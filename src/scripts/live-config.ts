import type { BreakdownTexts } from '../lib/views/live/breakdown-chart.ts';

/** What a unit page hands its browser script for redrawing the charts by reporter and age (JSON in `data-live`). */
export interface LiveConfig {
  focus: { code: string; name: string; level: string };
  /**
   * The focus unit's county, peer group and country, where they apply: what the prerendered charts compare with, and offered one by one first in the comparison list.
   */
  comparisons: { code: string; name: string }[];
  texts: BreakdownTexts;
  synthetic: { label: string; value: string } | null;
  symbols: Record<string, string>;
}
