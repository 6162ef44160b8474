import { AGE_GROUPS } from '../lib/codes.ts';
import type { YearTarget } from './national-targets.ts';
import type { Random } from './random.ts';

/**
 * Marks exactly `target.dropped` of a year's reports as dropped (henlagt). The national number is first split over
 * age groups in proportion to reports × SSB's dropped rate for that age (largest remainder), then within each age the
 * dropped reports are drawn without replacement with probability rising with `weights[i]` (service group × municipality),
 * using Efraimidis–Spirakis keys. Returns 1 for dropped, 0 for investigated, per report.
 */
export function assignOutcomes(ages: Uint8Array, weights: Float64Array, target: YearTarget, random: Random): Uint8Array {
  const n = ages.length;
  const byAge = AGE_GROUPS.map(() => [] as number[]);
  for (let i = 0; i < n; i++) byAge[ages[i]!]!.push(i);
  const quotas = apportion(
    target.dropped,
    byAge.map((ids, a) => ids.length * target.droppedRateByAge[a]!),
    byAge.map((ids) => ids.length),
  );
  const dropped = new Uint8Array(n);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = Math.log(1 - random.next()) / weights[i]!;
  byAge.forEach((ids, a) => {
    // Largest key wins; ties broken by report order so the result is stable.
    ids.sort((x, y) => keys[y]! - keys[x]! || x - y);
    for (let r = 0; r < quotas[a]!; r++) dropped[ids[r]!] = 1;
  });
  return dropped;
}

/** Splits `total` into integers proportional to `weights`, none above its cap (largest remainder, ties to the lower index). */
function apportion(total: number, weights: number[], caps: number[]): number[] {
  const capacity = caps.reduce((s, x) => s + x, 0);
  if (total > capacity) throw new Error(`cannot drop ${total} reports out of ${capacity}`);
  const result = weights.map(() => 0);
  let open = weights.map((w, i) => (w > 0 && caps[i]! > 0 ? i : -1)).filter((i) => i >= 0);
  let remaining = total;
  while (remaining > 0) {
    if (open.length === 0) open = caps.map((c, i) => (result[i]! < c ? i : -1)).filter((i) => i >= 0);
    const sum = open.reduce((s, i) => s + (weights[i]! || 1), 0);
    const quota = open.map((i) => (remaining * (weights[i]! || 1)) / sum);
    const floors = quota.map((q, k) => Math.min(Math.floor(q), caps[open[k]!]! - result[open[k]!]!));
    let given = 0;
    open.forEach((i, k) => { result[i]! += floors[k]!; given += floors[k]!; });
    const order = open.map((_, k) => k).sort((x, y) => quota[y]! - Math.floor(quota[y]!) - (quota[x]! - Math.floor(quota[x]!)) || x - y);
    for (const k of order) {
      if (given >= remaining) break;
      const i = open[k]!;
      if (result[i]! < caps[i]!) { result[i]!++; given++; }
    }
    remaining -= given;
    open = open.filter((i) => result[i]! < caps[i]!);
  }
  return result;
}
