/** A seeded random source: the same seed gives the same sequence on every machine. */
export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  bernoulli(p: number): boolean;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** Log-normal factor with mean 1: exp(sd·z − sd²/2). */
  logNormal(sdlog: number): number;
  poisson(mean: number): number;
  /** Index drawn with probability proportional to weights[i]. */
  pick(weights: readonly number[]): number;
  /** A sampler over fixed weights, for many draws (binary search on the cumulative sum). */
  sampler(weights: ArrayLike<number>): () => number;
  /** An independent stream for a named purpose, so adding draws in one place does not shift the others. */
  fork(label: string): Random;
}

/** Creates a Random from a string or number seed (cyrb128 hash into sfc32, a small fast PRNG with good statistics). */
export function createRandom(seed: string | number): Random {
  const key = String(seed);
  const [a0, b0, c0, d0] = cyrb128(key);
  let a = a0, b = b0, c = c0, d = d0;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next(); // warm up: sfc32's first outputs are correlated with the seed
  const normal = () => {
    const u = 1 - next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  const sampler = (weights: ArrayLike<number>) => {
    const cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i]!;
      if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`weight ${i} is ${w}; weights must be finite and non-negative`);
      sum += w;
      cumulative[i] = sum;
    }
    if (sum <= 0) throw new Error('cannot sample: all weights are zero');
    return () => {
      const x = next() * sum;
      let lo = 0, hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cumulative[mid]! > x) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    bernoulli: (p) => next() < p,
    normal,
    logNormal: (sdlog) => Math.exp(sdlog * normal() - (sdlog * sdlog) / 2),
    poisson: (mean) => {
      // Knuth's method: fine for the small means used here.
      const limit = Math.exp(-mean);
      let k = 0, p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
    pick: (weights) => sampler(weights)(),
    sampler,
    fork: (label) => createRandom(`${key}/${label}`),
  };
}

function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2565139017);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2565139017);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
