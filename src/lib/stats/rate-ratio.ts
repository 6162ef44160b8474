import { binomialInterval } from './binomial-interval.ts';

export type TrendJudgement = 'rising' | 'falling' | 'no-clear-change' | 'too-few';

/**
 * The ratio of two Poisson rates (`count1` over `exposure1` against `count0` over `exposure0`) with its exact 95 %
 * interval: given the sum of both counts, `count1` is binomial, so a Clopper–Pearson interval for that proportion maps to
 * one for the ratio. Null when a count is hidden or both are zero. An upper end of Infinity means "no upper bound".
 */
export function rateRatio(count1: number | null, exposure1: number, count0: number | null, exposure0: number, level = 0.95): { ratio: number; lo: number; hi: number } | null {
  if (count1 === null || count0 === null || count1 + count0 === 0 || exposure1 <= 0 || exposure0 <= 0) return null;
  const { lo, hi } = binomialInterval(count1, count1 + count0, level);
  const toRatio = (p: number) => (p >= 1 ? Infinity : (p / (1 - p)) * (exposure0 / exposure1));
  return { ratio: count0 === 0 ? Infinity : (count1 / exposure1) / (count0 / exposure0), lo: toRatio(lo), hi: toRatio(hi) };
}

/** An interval of a ratio too wide to tell anything: its upper end more than three times its lower end (as for rates). */
export const tooWideRatio = (lo: number, hi: number) => lo === 0 || !Number.isFinite(hi) || hi / lo > 3;

/** Rising or falling only when the ratio's interval lies wholly above or below 1; "too few to say" when hidden or too wide. */
export function judgeTrend(rr: { lo: number; hi: number } | null): TrendJudgement {
  if (!rr) return 'too-few';
  if (rr.lo > 1) return 'rising';
  if (rr.hi < 1) return 'falling';
  return tooWideRatio(rr.lo, rr.hi) ? 'too-few' : 'no-clear-change';
}
