import { describe, expect, it } from 'vitest';
import { betaI, betaIInverse } from '../../../src/lib/stats/beta.ts';
import { binomialInterval } from '../../../src/lib/stats/binomial-interval.ts';
import { compareShare } from '../../../src/lib/stats/compare-share.ts';
import { judgeTrend, rateRatio } from '../../../src/lib/stats/rate-ratio.ts';

describe('the regularised incomplete beta function', () => {
  it('matches binomial tails computed by hand', () => {
    // I_0.5(2, 3) = P(Bin(4, 0.5) ≥ 2) = 11/16; I_0.3(1, 1) = 0.3.
    expect(betaI(2, 3, 0.5)).toBeCloseTo(11 / 16, 12);
    expect(betaI(1, 1, 0.3)).toBeCloseTo(0.3, 12);
    expect(betaI(50, 60, 0.4)).toBeCloseTo(1 - betaI(60, 50, 0.6), 12);
  });
  it('is inverted by betaIInverse', () => {
    expect(betaI(7, 4, betaIInverse(7, 4, 0.025))).toBeCloseTo(0.025, 9);
  });
});

describe('exact binomial (Clopper–Pearson) intervals', () => {
  it.each([
    [0, 10, 0, 0.3085],
    [5, 10, 0.1871, 0.8129],
    [10, 10, 0.6915, 1],
    [50, 100, 0.3983, 0.6017],
    [1, 20, 0.00127, 0.2487],
  ])('%i of %i gives [%f, %f] at 95 %%', (k, n, lo, hi) => {
    const r = binomialInterval(k, n);
    expect(r.lo).toBeCloseTo(lo, 3);
    expect(r.hi).toBeCloseTo(hi, 3);
  });
  it('refuses impossible counts', () => {
    expect(() => binomialInterval(5, 4)).toThrow();
    expect(() => binomialInterval(0, 0)).toThrow();
    expect(() => binomialInterval(1.5, 4)).toThrow();
  });
});

describe('comparing a share', () => {
  it('says higher or lower only when the comparison lies outside the interval', () => {
    expect(compareShare(30, 100, 0.15)).toBe('higher'); // [0.212, 0.400]
    expect(compareShare(30, 100, 0.45)).toBe('lower');
    expect(compareShare(30, 100, 0.35)).toBe('no-clear-difference');
  });
  it('says too few to say when a count is hidden, the whole is zero or the interval is wide', () => {
    expect(compareShare(null, 100, 0.3)).toBe('too-few');
    expect(compareShare(10, null, 0.3)).toBe('too-few');
    expect(compareShare(0, 0, 0.3)).toBe('too-few');
    expect(compareShare(5, 10, 0.5)).toBe('too-few'); // [0.187, 0.813]
    expect(compareShare(0, 200, 0.065)).toBe('lower'); // zero is a count: [0, 0.018]
  });
});

describe('rate ratios and trends', () => {
  it('gives the exact interval of the ratio from the conditional binomial', () => {
    const r = rateRatio(10, 1000, 10, 1000)!; // 10 of 20: [0.27196, 0.72804]
    expect(r.ratio).toBe(1);
    expect(r.lo).toBeCloseTo(0.27196 / 0.72804, 3);
    expect(r.hi).toBeCloseTo(0.72804 / 0.27196, 3);
    expect(rateRatio(10, 2000, 10, 1000)!.lo).toBeCloseTo(r.lo / 2, 9); // twice the exposure halves the ratio and its ends
  });
  it('is null when a count is hidden or both are zero', () => {
    expect(rateRatio(null, 1000, 10, 1000)).toBeNull();
    expect(rateRatio(0, 1000, 0, 1000)).toBeNull();
  });
  it('judges rising, falling, no clear change and too few', () => {
    expect(judgeTrend(rateRatio(450, 3000, 300, 3000))).toBe('rising');
    expect(judgeTrend(rateRatio(300, 3000, 450, 3000))).toBe('falling');
    expect(judgeTrend(rateRatio(310, 3000, 300, 3000))).toBe('no-clear-change');
    expect(judgeTrend(rateRatio(5, 3000, 5, 3000))).toBe('too-few');
    expect(judgeTrend(rateRatio(0, 3000, 5, 3000))).toBe('too-few');
    expect(judgeTrend(null)).toBe('too-few');
  });
});
