import { logGamma } from './gamma.ts';

/** Continued fraction of the incomplete beta function (Numerical Recipes §6.4, modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1, d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 1000; m++) {
    const m2 = 2 * m;
    let an = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + an * d; if (Math.abs(d) < tiny) d = tiny;
    c = 1 + an / c; if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d; h *= d * c;
    an = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + an * d; if (Math.abs(d) < tiny) d = tiny;
    c = 1 + an / c; if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b): P(X ≤ x) for X ~ Beta(a, b). */
export function betaI(a: number, b: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** The x with I_x(a, b) = p, by bisection (robust; a few dozen evaluations). */
export function betaIInverse(a: number, b: number, p: number): number {
  let lo = 0, hi = 1;
  for (let i = 0; i < 100 && hi - lo > 1e-13; i++) {
    const mid = (lo + hi) / 2;
    if (betaI(a, b, mid) < p) lo = mid; else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Exact (Clopper–Pearson) interval for a binomial proportion: k successes in n trials. */
export function binomialInterval(k: number, n: number, level = 0.95): { lo: number; hi: number } {
  const alpha = 1 - level;
  return {
    lo: k === 0 ? 0 : betaIInverse(k, n - k + 1, alpha / 2),
    hi: k === n ? 1 : betaIInverse(k + 1, n - k, 1 - alpha / 2),
  };
}
