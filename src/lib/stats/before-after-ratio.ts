import { judgeTrend, rateRatio, type TrendJudgement } from './rate-ratio.ts';

/** Counts and what they are counted against (children, or all reports for a share), before and after. */
export interface BeforeAfterCounts { before: number | null; beforeBase: number; after: number | null; afterBase: number }
export type BeforeAfterRatio = { ratio: number; lo: number; hi: number; judgement: TrendJudgement } | { ratio: null; lo: null; hi: null; judgement: 'too-few' };

/** Fewer reports than this on both sides together say too little about a change, whatever the interval. */
export const MIN_REPORTS = 10;

/**
 * After against before as the ratio of two Poisson rates with its exact 95 % interval (conditional on the total,
 * `rateRatio`), judged as a trend is: rising or falling only when the interval leaves out 1, "too few to say" when a
 * count is hidden, there are under ten reports in all, or the interval is too wide to tell.
 */
export function beforeAfterRatio(c: BeforeAfterCounts, level = 0.95): BeforeAfterRatio {
  const tooFew = { ratio: null, lo: null, hi: null, judgement: 'too-few' } as const;
  if (c.before === null || c.after === null || c.before + c.after < MIN_REPORTS) return tooFew;
  const rr = rateRatio(c.after, c.afterBase, c.before, c.beforeBase, level);
  return rr ? { ...rr, judgement: judgeTrend(rr) } : tooFew;
}
