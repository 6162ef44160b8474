import { gammaPInverse } from './gamma.ts';

/** Exact (Garwood) two-sided interval for a Poisson mean given an observed count: the honest width for a small municipality. */
export function poissonInterval(count: number, level = 0.95): { lo: number; hi: number } {
  if (!Number.isInteger(count) || count < 0) throw new Error(`a count must be a non-negative integer, got ${count}`);
  const alpha = 1 - level;
  return {
    lo: count === 0 ? 0 : gammaPInverse(count, alpha / 2),
    hi: gammaPInverse(count + 1, 1 - alpha / 2),
  };
}

/** The same interval for a rate per 1,000 children. */
export function rateInterval(count: number, children: number, level = 0.95): { rate: number; lo: number; hi: number } {
  const { lo, hi } = poissonInterval(count, level);
  const k = 1000 / children;
  return { rate: count * k, lo: lo * k, hi: hi * k };
}
