import { betaIInverse } from './beta.ts';

/**
 * Exact (Clopper–Pearson) two-sided interval for a proportion given `count` successes out of `total`: the share's
 * counterpart of the Garwood Poisson interval, conservative and honest for small numbers.
 */
export function binomialInterval(count: number, total: number, level = 0.95): { lo: number; hi: number } {
  if (!Number.isInteger(count) || !Number.isInteger(total) || count < 0 || total <= 0 || count > total) {
    throw new Error(`a binomial interval needs integers 0 ≤ count ≤ total, total > 0; got ${count} of ${total}`);
  }
  const alpha = 1 - level;
  return {
    lo: count === 0 ? 0 : betaIInverse(count, total - count + 1, alpha / 2),
    hi: count === total ? 1 : betaIInverse(count + 1, total - count, 1 - alpha / 2),
  };
}
