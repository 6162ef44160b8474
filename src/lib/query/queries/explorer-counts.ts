import * as z from 'zod/mini';
import type { AgeGroup, ServiceGroup } from '../../codes.ts';
import type { Query } from '../run-query.ts';
import { code, QueryParamError, unit, unitLevel, year } from '../sql.ts';

export const EXPLORER_TABLES = ['totals', 'by_service', 'by_age', 'service_age', 'service_outcome'] as const;
export type ExplorerTable = (typeof EXPLORER_TABLES)[number];
export const EXPLORER_KEYS = ['unit', 'year', 'service_group', 'age_group'] as const;
export type ExplorerKey = (typeof EXPLORER_KEYS)[number];

/** A cut of one count table: grouped by `by`, summed over everything else the filters let through. */
export interface ExplorerCut {
  table: ExplorerTable;
  by: ExplorerKey;
  /** Units to sum over; empty means the country. */
  units: readonly string[];
  years: readonly number[];
  periods: readonly string[];
  services: readonly ServiceGroup[];
  ages: readonly AgeGroup[];
  outcome: 'alle' | 'henlagt' | 'undersokt';
}

const COLUMNS: Record<ExplorerTable, readonly string[]> = {
  totals: ['unit', 'year', 'outcome'],
  by_service: ['unit', 'year', 'service_group'],
  by_age: ['unit', 'year', 'age_group'],
  service_age: ['unit', 'period', 'service_group', 'age_group'],
  service_outcome: ['unit', 'period', 'service_group', 'outcome'],
};

// zod/mini: this builder also runs in the explorer's page script, where full zod would cost ~90 KB gzip.
const row = z.object({ key: z.union([z.string(), z.number()]), reports: z.nullable(z.int()), status: z.nullable(z.string()), cells: z.int() });
export type ExplorerCountRow = z.infer<typeof row>;

/**
 * Reports in a cut, one row per `by` value. A sum with any hidden cell in it is hidden (null, status ':'): adding the
 * published parts would show a number smaller than the truth as if it were the count. `cells` says how many cells were summed.
 */
export function explorerCounts(c: ExplorerCut): Query<ExplorerCountRow> {
  if (!EXPLORER_TABLES.includes(c.table)) throw new QueryParamError(`not an explorer table: ${JSON.stringify(c.table)}`);
  const cols = COLUMNS[c.table];
  if (!EXPLORER_KEYS.includes(c.by) || !cols.includes(c.by)) throw new QueryParamError(`${c.table} has no ${JSON.stringify(c.by)}`);
  // The level of the units is implied by their codes; said first, it lets DuckDB skip the rows of other levels by their
  // zone maps (the release lists each table's rows level by level), which halves a comparison of the counties in the browser engine.
  const levels = [...new Set(c.units.map(unitLevel))].sort().map((l) => code('level', l));
  const where = c.units.length ? [`level IN (${levels.join(', ')})`, `unit IN (${c.units.map(unit).join(', ')})`] : [`level = 'land'`];
  if (c.years.length && cols.includes('year')) where.push(`year IN (${c.years.map(year).join(', ')})`);
  if (c.periods.length && cols.includes('period')) where.push(`period IN (${c.periods.map((p) => code('period', p)).join(', ')})`);
  if (c.services.length && cols.includes('service_group')) where.push(`service_group IN (${c.services.map((g) => code('service_group', g)).join(', ')})`);
  if (c.ages.length && cols.includes('age_group')) where.push(`age_group IN (${c.ages.map((a) => code('age_group', a)).join(', ')})`);
  if (cols.includes('outcome')) where.push(`outcome = ${code('outcome', c.outcome)}`);
  return {
    name: `explorerCounts(${c.table} by ${c.by})`,
    schema: row,
    sql: `SELECT ${c.by} AS key, CASE WHEN count(status) = 0 THEN sum(reports)::INTEGER END AS reports,
CASE WHEN count(status) > 0 THEN ':' END AS status, count(*)::INTEGER AS cells
FROM ${c.table} WHERE ${where.join(' AND ')} GROUP BY ${c.by} ORDER BY ${c.by}`,
  };
}
