import { describe, expect, it } from 'vitest';
import { compareRate } from '../../../src/lib/stats/compare-rate.ts';
import { funnelLimits } from '../../../src/lib/stats/funnel-limits.ts';
import { gammaP } from '../../../src/lib/stats/gamma.ts';
import { poissonInterval, rateInterval } from '../../../src/lib/stats/poisson-interval.ts';

describe('exact Poisson intervals (Garwood)', () => {
  it.each([
    [0, 0, 3.689],
    [5, 1.6235, 11.6683],
    [10, 4.7954, 18.3904],
    [100, 81.3639, 121.6268],
  ])('count %i gives [%f, %f] at 95 %%', (k, lo, hi) => {
    const r = poissonInterval(k);
    expect(r.lo).toBeCloseTo(lo, 3);
    expect(r.hi).toBeCloseTo(hi, 3);
  });
  it('turns counts into rates per 1,000 children', () => {
    const r = rateInterval(50, 1000);
    expect(r.rate).toBe(50);
    expect(r.lo).toBeCloseTo(37.11, 1);
    expect(r.hi).toBeCloseTo(65.92, 1);
  });
  it('refuses counts that are not non-negative integers', () => {
    expect(() => poissonInterval(-1)).toThrow();
    expect(() => poissonInterval(2.5)).toThrow();
  });
  it('has a regularised gamma that matches known values', () => {
    expect(gammaP(1, 1)).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(gammaP(3, 2)).toBeCloseTo(0.3233235838, 9);
  });
});

describe('funnel limits', () => {
  it('narrow as the number of children grows', () => {
    const small = funnelLimits(50, 500, 0.95), large = funnelLimits(50, 50_000, 0.95);
    expect(small.hi - small.lo).toBeGreaterThan(large.hi - large.lo);
    expect(large.lo).toBeLessThan(50);
    expect(large.hi).toBeGreaterThan(50);
  });
  it('give 99.8 % limits outside the 95 % limits', () => {
    const a = funnelLimits(50, 2000, 0.95), b = funnelLimits(50, 2000, 0.998);
    expect(b.lo).toBeLessThan(a.lo);
    expect(b.hi).toBeGreaterThan(a.hi);
  });
  it('match the normal approximation for a large expected count', () => {
    const { lo, hi } = funnelLimits(50, 100_000, 0.95);
    const sd = (Math.sqrt(5000) * 1000) / 100_000;
    expect(lo).toBeCloseTo(50 - 1.96 * sd, 1);
    expect(hi).toBeCloseTo(50 + 1.96 * sd, 1);
  });
});

describe('comparing a rate', () => {
  it('says higher or lower only when the comparison lies outside the interval', () => {
    expect(compareRate(100, 1000, 60)).toBe('higher');
    expect(compareRate(30, 1000, 60)).toBe('lower');
    expect(compareRate(55, 1000, 50)).toBe('no-clear-difference');
  });
  it('says too few to say when the count is hidden or small', () => {
    expect(compareRate(null, 1000, 50)).toBe('too-few');
    expect(compareRate(6, 100, 50)).toBe('too-few');
    expect(compareRate(0, 20, 50)).toBe('too-few');
    expect(compareRate(0, 100, 50)).toBe('lower');
  });
});
