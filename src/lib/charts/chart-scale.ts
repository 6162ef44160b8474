/** A "nice" upper bound (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k) at or above v, for axes that start at zero. */
export function niceCeil(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return ([1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * p >= v * (1 - 1e-9)) ?? 10) * p;
}

/**
 * Spread direct labels vertically so they do not overlap: `y` are wanted pixel centres, `h` label heights in pixels;
 * returns centres at least (h₁ + h₂)/2 + gap apart, kept within [top, bottom] where room allows, in input order.
 */
export function dodgeLabels(y: number[], h: number[], top: number, bottom: number, gap = 2): number[] {
  const order = y.map((_, i) => i).sort((a, b) => y[a]! - y[b]!);
  const out = [...y];
  let prev: number | null = null;
  for (const i of order) {
    const min = prev === null ? top + h[i]! / 2 : out[prev]! + (h[prev]! + h[i]!) / 2 + gap;
    out[i] = Math.max(out[i]!, min);
    prev = i;
  }
  // If the last label ran past the bottom, push the stack back up.
  let next: number | null = null;
  for (const i of [...order].reverse()) {
    const max = next === null ? bottom - h[i]! / 2 : out[next]! - (h[next]! + h[i]!) / 2 - gap;
    out[i] = Math.min(out[i]!, max);
    next = i;
  }
  return out;
}

/** Rough rendered width of a label in pixels (system sans-serif averages ~0.58 em per character). */
export const textWidth = (s: string, fontSize = 12) => s.length * fontSize * 0.58;
