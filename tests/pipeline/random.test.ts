import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/pipeline/random.ts';

const take = (seed: string | number, n = 5) => {
  const r = createRandom(seed);
  return Array.from({ length: n }, () => r.next());
};

describe('createRandom is a seeded, reproducible random source', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    expect(take('a')).toEqual(take('a'));
    expect(take('a')).not.toEqual(take('b'));
    expect(take(1)).toEqual(take('1'));
  });

  it('gives forks their own streams: drawing from one does not shift the other', () => {
    const a = createRandom('s');
    const b = createRandom('s');
    a.fork('x').next();
    expect(a.fork('y').next()).toBe(b.fork('y').next());
    expect(a.fork('x').next()).not.toBe(a.fork('y').next());
  });

  it('draws uniform floats in [0, 1) with mean near 1/2', () => {
    const xs = take('u', 20_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
  });

  it('samples indices in proportion to weights and never a zero-weight index', () => {
    const draw = createRandom('w').sampler([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[draw()]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.8);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.2);
  });

  it('draws log-normal factors with mean 1 and Poisson counts with the requested mean', () => {
    const r = createRandom('ln');
    const ln = Array.from({ length: 40_000 }, () => r.logNormal(0.3));
    expect(ln.reduce((s, x) => s + x, 0) / ln.length).toBeCloseTo(1, 1);
    const p = Array.from({ length: 40_000 }, () => r.poisson(1.2));
    expect(p.reduce((s, x) => s + x, 0) / p.length).toBeCloseTo(1.2, 1);
  });

  it('refuses weights that cannot be sampled', () => {
    expect(() => createRandom('z').sampler([0, 0])).toThrow(/all weights are zero/);
    expect(() => createRandom('z').sampler([1, Number.NaN])).toThrow(/weight 1/);
  });
});
