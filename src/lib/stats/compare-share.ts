import { binomialInterval } from './binomial-interval.ts';
import type { Judgement } from './compare-rate.ts';

/** Widest 95 % interval of a share (in proportion points) that still lets "no clear difference" mean something. */
export const MAX_SHARE_WIDTH = 0.25;

/**
 * How a unit's share stands against a comparison share: higher or lower only when the comparison lies outside the
 * unit's exact (Clopper–Pearson) 95 % interval; "too few to say" when a count is hidden, the whole is zero, or the
 * interval is wider than 25 percentage points.
 */
export function compareShare(count: number | null, total: number | null, comparison: number | null, level = 0.95): Judgement {
  if (count === null || total === null || total <= 0 || comparison === null) return 'too-few';
  return judgeShare(binomialInterval(count, total, level), comparison);
}

/** The same judgement from an interval already computed. */
export function judgeShare({ lo, hi }: { lo: number; hi: number }, comparison: number): Judgement {
  if (comparison < lo) return 'higher';
  if (comparison > hi) return 'lower';
  return hi - lo > MAX_SHARE_WIDTH ? 'too-few' : 'no-clear-difference';
}
