import { describe, expect, it } from 'vitest';
import { beforeAfterRatio as rateRatio } from '../../../src/lib/stats/before-after-ratio.ts';

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
    expect(r.judgement).toBe('rising');
  });
  it('calls a fall lower and weighs unequal bases', () => {
    const r = rateRatio({ before: 120, beforeBase: 3000, after: 80, afterBase: 3000 });
    expect(r.judgement).toBe('falling');
    expect(r.hi).toBeCloseTo(0.89202, 4);
    const u = rateRatio({ before: 40, beforeBase: 2000, after: 30, afterBase: 1000 });
    expect(u.ratio).toBeCloseTo(1.5, 12);
    expect(u.lo).toBeCloseTo(0.90220, 4); // the interval covers 1: a 50 % rise that 70 reports cannot tell from chance
    expect(u.hi).toBeCloseTo(2.46940, 4);
    expect(u.judgement).toBe('no-clear-change');
  });
  it('says too few when a count is hidden, the base is empty or there are under ten reports', () => {
    expect(rateRatio({ before: null, beforeBase: 1000, after: 50, afterBase: 1000 }).judgement).toBe('too-few');
    expect(rateRatio({ before: 50, beforeBase: 0, after: 50, afterBase: 1000 }).judgement).toBe('too-few');
    expect(rateRatio({ before: 3, beforeBase: 100, after: 4, afterBase: 100 })).toEqual({ judgement: 'too-few', ratio: null, lo: null, hi: null });
    expect(rateRatio({ before: 0, beforeBase: 100, after: 0, afterBase: 100 }).judgement).toBe('too-few');
  });
  it('handles zero on one side without dividing by zero', () => {
    const r = rateRatio({ before: 0, beforeBase: 1000, after: 30, afterBase: 1000 });
    expect(r.ratio).toBe(Infinity);
    expect(r.hi).toBe(Infinity);
    expect(r.judgement).toBe('rising');
    const z = rateRatio({ before: 30, beforeBase: 1000, after: 0, afterBase: 1000 });
    expect(z.lo).toBe(0);
    expect(z.judgement).toBe('falling');
  });
});
