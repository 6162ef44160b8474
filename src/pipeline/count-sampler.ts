import { seededRandom } from './seeded-random.ts';

/** Seeded samplers for synthetic counts (Poisson, binomial, multinomial, log-normal) used by test and benchmark models. */
export function countSampler(seed: number) {
  const random = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const poisson = (lambda: number): number => {
    // Knuth for small means, a rounded normal approximation above (exact shape matters little here)
    if (lambda > 60) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal()));
    let k = 0, p = 1;
    const limit = Math.exp(-lambda);
    while ((p *= random()) > limit) k++;
    return k;
  };
  const binomial = (n: number, p: number): number => {
    if (n < 60) {
      let k = 0;
      for (let i = 0; i < n; i++) if (random() < p) k++;
      return k;
    }
    return Math.min(n, Math.max(0, Math.round(n * p + Math.sqrt(n * p * (1 - p)) * normal())));
  };
  const multinomial = (n: number, probs: readonly number[]): number[] => {
    let left = n, mass = 1;
    return probs.map((p, i) => {
      const k = i === probs.length - 1 ? left : binomial(left, mass > 0 ? Math.min(1, p / mass) : 0);
      left -= k, mass -= p;
      return k;
    });
  };
  const logNormal = (median: number, sigma: number) => median * Math.exp(sigma * normal());
  return { random, poisson, binomial, multinomial, logNormal };
}
