import { poissonInterval } from './poisson-interval.ts';

export type Judgement = 'higher' | 'lower' | 'no-clear-difference' | 'too-few';

/**
 * How a unit's rate stands against a comparison rate: higher or lower only when the comparison lies outside the unit's
 * exact 95 % interval; "too few to say" when the count is hidden or the interval is too wide to tell anything
 * (its upper end more than three times its lower end).
 */
export function compareRate(count: number | null, children: number, comparison: number | null, level = 0.95): Judgement {
  if (count === null || comparison === null || children <= 0) return 'too-few';
  const { lo, hi } = poissonInterval(count, level);
  const [rLo, rHi] = [(lo * 1000) / children, (hi * 1000) / children];
  if (comparison < rLo) return 'higher';
  if (comparison > rHi) return 'lower';
  if (lo === 0 || hi / lo > 3) return 'too-few';
  return 'no-clear-difference';
}
