import type { ServiceGroup } from '../codes.ts';
import type { Judgement } from '../stats/compare-rate.ts';
import type { TrendJudgement } from '../stats/rate-ratio.ts';

/** The indicators of a unit, in page order. The ids are fixed: pages link to `#indikator-<id>` and other views read them. */
export const INDICATOR_IDS = ['level', 'trend', 'service-share', 'early-reporting', 'late-reporting', 'adult-services-share', 'dropped-share'] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** The service groups an indicator is given for (one indicator value per group); `dropped-share` also has an overall value without a group. */
export const INDICATOR_GROUPS = {
  'early-reporting': ['barnehage', 'helsestasjon'],
  'late-reporting': ['skole', 'helse'],
  'adult-services-share': ['voksentjenester'],
} as const satisfies Partial<Record<IndicatorId, readonly ServiceGroup[]>>;

export type ComparisonTarget = 'fylke' | 'gruppe' | 'land';
/** `unavailable`: the comparison cannot be made for a reason on the comparison's side (see `reason`). */
export type ComparisonJudgement = Judgement | 'unavailable';
/**
 * Why a comparison says too few or unavailable: `hidden` (the unit's own count is hidden), `small` (its interval is too
 * wide), `comparison-hidden` (the comparison's count is hidden), `not-published` (the release has no such table for the
 * comparison unit).
 */
export type ComparisonReason = 'hidden' | 'small' | 'comparison-hidden' | 'not-published';

export interface Comparison {
  target: ComparisonTarget;
  unit: string;
  /** The comparison unit's value on the same scale and for the same year or period; null when hidden or not published. */
  value: number | null;
  /** For a trend: whether the unit's rate ratio is higher or lower than the comparison's. */
  judgement: ComparisonJudgement;
  reason?: ComparisonReason;
}

/** `per-1000`: reports per 1,000 children 0–17 per year; `share`: a proportion 0–1; `ratio`: a rate ratio (1 = unchanged). */
export type Measure = 'per-1000' | 'share' | 'ratio';

/** One indicator of one unit: its value with an exact 95 % interval, the counts behind it, and how it stands against each comparison. */
export interface Indicator {
  id: IndicatorId;
  group?: ServiceGroup;
  unit: string;
  measure: Measure;
  /** Null when hidden (status `:`): a value is never made from a hidden count. */
  value: number | null;
  lo: number | null;
  hi: number | null;
  /**
   * The counts: reports in the share or rate over its whole (a share), or over the children (a rate: child-years in a
   * pooled period). For `trend`: reports in the latest period over reports in the period before.
   */
  numerator: number | null;
  denominator: number | null;
  /** `:` when the value is hidden because a count behind it is; null when published. */
  status: ':' | null;
  /** The year, or for pooled numbers the period (e.g. `2022-2024`); `trend` compares `basePeriod` with `period`. */
  year?: number;
  period?: string;
  basePeriod?: string;
  /** Only for `trend`: rising, falling, no clear change or too few to say. */
  trend?: TrendJudgement;
  comparisons: Comparison[];
}

/** The id of an indicator's section on a unit page (one per id; service groups are rows within it). */
export const indicatorAnchor = (id: IndicatorId) => `indikator-${id}`;
