import { gammaP } from './gamma.ts';

/** The smallest k with P(X ≤ k) ≥ p for X ~ Poisson(mu), using P(X ≤ k) = 1 − P(k + 1, mu). */
function poissonQuantile(mu: number, p: number): number {
  let k = Math.max(0, Math.floor(mu - 10 * Math.sqrt(mu) - 10));
  while (1 - gammaP(k + 1, mu) < p) k++;
  return k;
}

/**
 * Control limits of a funnel plot for rates per 1,000 at a given number of children: the rates a municipality would
 * show by chance alone if its true rate were the centre, with Spiegelhalter's interpolation so the limits are smooth.
 */
export function funnelLimits(centre: number, children: number, coverage: number): { lo: number; hi: number } {
  const mu = (centre * children) / 1000;
  const limit = (p: number) => {
    const k = poissonQuantile(mu, p);
    const below = k === 0 ? 0 : 1 - gammaP(k, mu);
    const at = 1 - gammaP(k + 1, mu);
    const alpha = at === below ? 0 : (at - p) / (at - below);
    return ((k - alpha) * 1000) / children;
  };
  const tail = (1 - coverage) / 2;
  return { lo: Math.max(0, limit(tail)), hi: limit(1 - tail) };
}
