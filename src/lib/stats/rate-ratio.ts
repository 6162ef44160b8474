import { binomialInterval } from './beta.ts';
import type { Judgement } from './compare-rate.ts';

/** Counts and what they are counted against (children, or all reports for a share), before and after. */
export interface BeforeAfterCounts { before: number | null; beforeBase: number; after: number | null; afterBase: number }
export interface RateRatio { ratio: number; lo: number; hi: number; judgement: Judgement }

/**
 * The ratio of the rate after to the rate before, with its exact 95 % interval conditional on the total count: given
 * n = x₁ + x₂, the after count is binomial with p = e₂·ρ / (e₁ + e₂·ρ), so the Clopper–Pearson interval for p turns
 * into one for the ratio ρ = p / (1 − p) · e₁ / e₂. "Higher" or "lower" only when the interval leaves out 1; "too few"
 * when a count is hidden, there are fewer than 10 reports in all, or the interval is too wide to tell (upper end
 * more than three times its lower end, as compareRate judges).
 */
export function rateRatio(c: BeforeAfterCounts, level = 0.95): RateRatio | { judgement: 'too-few'; ratio: null; lo: null; hi: null } {
  const { before, after, beforeBase, afterBase } = c;
  const tooFew = { judgement: 'too-few', ratio: null, lo: null, hi: null } as const;
  if (before === null || after === null || beforeBase <= 0 || afterBase <= 0) return tooFew;
  const n = before + after;
  if (n < 10) return tooFew;
  const { lo: pLo, hi: pHi } = binomialInterval(after, n, level);
  const scale = beforeBase / afterBase;
  const toRatio = (p: number) => (p >= 1 ? Infinity : (p / (1 - p)) * scale);
  const lo = toRatio(pLo), hi = toRatio(pHi);
  const ratio = before === 0 ? Infinity : (after / afterBase) / (before / beforeBase);
  const judgement: Judgement = lo > 1 ? 'higher' : hi < 1 ? 'lower' : lo === 0 || hi / lo > 3 ? 'too-few' : 'no-clear-difference';
  return { ratio, lo, hi, judgement };
}
