import { binomialInterval } from '../stats/binomial-interval.ts';
import { compareRate } from '../stats/compare-rate.ts';
import { judgeShare } from '../stats/compare-share.ts';
import { rateInterval } from '../stats/poisson-interval.ts';
import type { Scale } from './fraction-indicator.ts';

/** A share of reports: exact binomial (Clopper–Pearson) interval, judged by `judgeShare` (as `compareShare`). */
export const SHARE: Scale = {
  measure: 'share',
  value: (f) => f.numerator / f.denominator,
  interval: (f) => binomialInterval(f.numerator, f.denominator),
  judge: (_, iv, c) => judgeShare(iv, c),
};

/** Reports per 1,000 children (per year): exact Poisson (Garwood) interval, judged by `compareRate`. */
export const PER_1000: Scale = {
  measure: 'per-1000',
  value: (f) => (f.numerator * 1000) / f.denominator,
  interval: (f) => { const { lo, hi } = rateInterval(f.numerator, f.denominator); return { lo, hi }; },
  judge: (f, _, c) => compareRate(f.numerator, f.denominator, c),
};
