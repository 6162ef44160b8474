import { describe, expect, it } from 'vitest';
import { betaI, binomialInterval } from '../../../src/lib/stats/beta.ts';
import { rateRatio } from '../../../src/lib/stats/rate-ratio.ts';

describe('incomplete beta and Clopper–Pearson', () => {
  it('matches known values of the regularised incomplete beta', () => {
    // I_0.5(a, a) = 1/2 by symmetry; I_x(1, 1) = x; I_x(1, b) = 1 − (1 − x)^b by hand.
    expect(betaI(7, 7, 0.5)).toBeCloseTo(0.5, 12);
    expect(betaI(1, 1, 0.3)).toBeCloseTo(0.3, 12);
    expect(betaI(1, 4, 0.2)).toBeCloseTo(1 - 0.8 ** 4, 12);
    expect(betaI(2, 5, 0.3)).toBeCloseTo(0.579825, 6); // scipy.stats.beta.cdf(0.3, 2, 5)
  });
  it('gives the exact interval for a proportion', () => {
    // 0 of 10: upper end 1 − 0.025^(1/10), by hand; 10 of 20: the textbook (0.2720, 0.7280).
    expect(binomialInterval(0, 10)).toEqual({ lo: 0, hi: expect.closeTo(1 - 0.025 ** 0.1, 9) });
    const half = binomialInterval(10, 20);
    expect(half.lo).toBeCloseTo(0.27196, 4);
    expect(half.hi).toBeCloseTo(0.72804, 4);
  });
});

describe('before/after rate ratio (exact, conditional on the total)', () => {
  it('sees no clear difference for the same count on the same base, with an interval symmetric in the log', () => {
    const r = rateRatio({ before: 10, beforeBase: 1000, after: 10, afterBase: 1000 });
    expect(r.ratio).toBe(1);
    expect(r.lo).toBeCloseTo(0.37355, 4);
    expect(r.hi).toBeCloseTo(2.67704, 4);
    expect(r.lo! * r.hi!).toBeCloseTo(1, 9);
    // The interval is wider than three to one: ten reports a side are too few to say.
    expect(r.judgement).toBe('too-few');
  });
  it('calls a doubling with 150 reports higher', () => {
    const r = rateRatio({ before: 50, beforeBase: 1000, after: 100, afterBase: 1000 });
    expect(r.ratio).toBe(2);
    expect(r.lo).toBeCloseTo(1.41055, 4); // p in (0.58516, 0.74144) → p/(1−p)
    expect(r.hi).toBeCloseTo(2.86763, 4);
    expect(r.judgement).toBe('higher');
  });
  it('calls a fall lower and weighs unequal bases', () => {
    const r = rateRatio({ before: 120, beforeBase: 3000, after: 80, afterBase: 3000 });
    expect(r.judgement).toBe('lower');
    expect(r.hi).toBeCloseTo(0.89202, 4);
    const u = rateRatio({ before: 40, beforeBase: 2000, after: 30, afterBase: 1000 });
    expect(u.ratio).toBeCloseTo(1.5, 12);
    expect(u.lo).toBeCloseTo(0.90220, 4); // the interval covers 1: a 50 % rise that 70 reports cannot tell from chance
    expect(u.hi).toBeCloseTo(2.46940, 4);
    expect(u.judgement).toBe('no-clear-difference');
  });
  it('says too few when a count is hidden, the base is empty or there are under ten reports', () => {
    expect(rateRatio({ before: null, beforeBase: 1000, after: 50, afterBase: 1000 }).judgement).toBe('too-few');
    expect(rateRatio({ before: 50, beforeBase: 0, after: 50, afterBase: 1000 }).judgement).toBe('too-few');
    expect(rateRatio({ before: 3, beforeBase: 100, after: 4, afterBase: 100 })).toEqual({ judgement: 'too-few', ratio: null, lo: null, hi: null });
  });
  it('handles zero on one side without dividing by zero', () => {
    const r = rateRatio({ before: 0, beforeBase: 1000, after: 30, afterBase: 1000 });
    expect(r.ratio).toBe(Infinity);
    expect(r.hi).toBe(Infinity);
    expect(r.judgement).toBe('higher');
    const z = rateRatio({ before: 30, beforeBase: 1000, after: 0, afterBase: 1000 });
    expect(z.lo).toBe(0);
    expect(z.judgement).toBe('lower');
  });
});
