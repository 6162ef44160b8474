import { periodServiceFallback, unitBreakdown, type BreakdownKind, type BreakdownRow, type BreakdownTime, type FallbackRow } from '../../query/queries/unit-breakdown.ts';
import type { Query } from '../../query/run-query.ts';

/** Runs one catalogue query (the engine, a cache in front of it, or the build's database in a test). */
export type RunQuery = <T>(q: Query<T>) => Promise<T[]>;

/** The rows with each count the years left hidden taken from the period tables' sum, where that is published. */
export function fillFromFallback(rows: readonly BreakdownRow[], fallback: readonly FallbackRow[]): BreakdownRow[] {
  const sums = new Map(fallback.map((f) => [`${f.unit}\u0000${f.category}`, f.reports]));
  return rows.map((r) => (r.reports === null ? { ...r, reports: sums.get(`${r.unit}\u0000${r.category}`) ?? null } : r));
}

/**
 * The rows of a chart by service group or age (`unitBreakdown`). For a pooled period's service groups, the period tables
 * are read only when a year sum is hidden, and only for the units concerned: most changes then take one query, not three
 * table scans (the interaction budget, bench/engine.ts).
 */
export async function breakdownRows(run: RunQuery, kind: BreakdownKind, units: readonly string[], time: BreakdownTime): Promise<BreakdownRow[]> {
  const rows = await run(unitBreakdown(kind, units, time));
  if (kind !== 'service' || !('period' in time)) return rows;
  const gaps = [...new Set(rows.filter((r) => r.reports === null).map((r) => r.unit))];
  return gaps.length ? fillFromFallback(rows, await run(periodServiceFallback(gaps, time.period))) : rows;
}
