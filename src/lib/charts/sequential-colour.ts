/**
 * A single-hue blue ramp (ColorBrewer Blues, light → dark) for heat-map cells and map dots. Fills are fixed colours,
 * the same in light and dark mode: the marks that carry them always get an outline of ≥ 3:1 on both page backgrounds
 * (HIDDEN_STROKE #767676: 4.5:1 on #ffffff, 3.9:1 on #16181d, or the page's text colour) and, in the heat map, a
 * label in black or white chosen for ≥ 4.5:1 on the fill (labelColourOn).
 */
export const RAMP = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'] as const;

const hex = (v: number) => Math.round(v).toString(16).padStart(2, '0');
const rgb = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];

/** The ramp's colour at t ∈ [0, 1] (clamped), interpolated in sRGB between its stops, as `#rrggbb`. */
export function sequentialColour(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(x));
  const [a, b] = [rgb(RAMP[i]!), rgb(RAMP[i + 1]!)];
  const f = x - i;
  return `#${a.map((v, k) => hex(v + (b[k]! - v) * f)).join('')}`;
}

/** `n` colours spread evenly along the ramp, for classed scales (n ≥ 2). */
export function sequentialClasses(n: number): string[] {
  return Array.from({ length: n }, (_, i) => sequentialColour(0.1 + (0.9 * i) / (n - 1)));
}
