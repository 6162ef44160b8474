import { PERIODS, serviceGroupOf } from '../lib/codes.ts';
import type { SourceData } from '../lib/schemas/source.ts';
import type { CountTable } from './release-tables.ts';

/** Key of one municipal count: table|kommune|time|dim values. */
export const countKey = (table: CountTable, kommune: string, time: string, dims: string[]) => `${table}|${kommune}|${time}|${dims.join(',')}`;

/** Municipal counts for every count table, from distinct reports (totals, age) and report–reporter pairs (services). */
export function municipalCounts(source: SourceData): Map<string, number> {
  const m = new Map<string, number>();
  const add = (key: string, n: number) => m.set(key, (m.get(key) ?? 0) + n);
  const periodOf = new Map<number, string>(PERIODS.flatMap((p) => p.years.map((y) => [y, p.key] as const)));
  for (const r of source.reports) {
    const y = String(r.year);
    add(countKey('totals', r.kommunenummer, y, ['alle']), r.reports);
    add(countKey('totals', r.kommunenummer, y, [r.outcome]), r.reports);
    add(countKey('by_age', r.kommunenummer, y, [r.age_group]), r.reports);
  }
  for (const r of source.reporters) {
    const g = serviceGroupOf(r.melder);
    add(countKey('by_service', r.kommunenummer, String(r.year), [g]), r.reports);
    const p = periodOf.get(r.year);
    if (p === undefined) continue;
    add(countKey('service_age', r.kommunenummer, p, [g, r.age_group]), r.reports);
    add(countKey('service_outcome', r.kommunenummer, p, [g, r.outcome]), r.reports);
  }
  return m;
}
