import * as z from 'zod/mini';
import { AGE_GROUPS, LEVELS, OUTCOMES, PERIODS, SERVICE_GROUP_KEYS } from '../../codes.ts';
import type { Query } from '../run-query.ts';
import { code, QueryParamError, unit, year as yearLit } from '../sql.ts';

/** Service groups (reports with the group among their reporters) or the child's age group. */
export type BreakdownKind = 'service' | 'age';
/** One published year, or one pooled period. */
export type BreakdownTime = { year: number } | { period: string };

const row = z.object({ unit: z.string(), category: z.string(), reports: z.nullable(z.int()), status: z.nullable(z.string()), whole: z.nullable(z.int()) });
export type BreakdownRow = z.infer<typeof row>;

const table = { service: { name: 'by_service', column: 'service_group', list: SERVICE_GROUP_KEYS }, age: { name: 'by_age', column: 'age_group', list: AGE_GROUPS } } as const;
/** The sum of a group of counts, or NULL unless all `n` of them are there and published (like period-counts.ts). */
const sumAll = (n: number) => `CASE WHEN count(reports) = ${n} THEN sum(reports) END::INTEGER`;

/**
 * Reports by service group or by age for each listed unit, with the unit's reports in all (`whole`) for shares, in
 * code-list order. For a pooled period, a count is the sum of its years, NULL when any year is hidden; for a service
 * group, `periodServiceFallback` then gives the sum over ages or else over outcomes (`breakdownRows` in
 * views/live/breakdown-rows.ts asks it only then): the same routes, in the same order, as the prerendered charts
 * (period-counts.ts). A unit the release has no breakdown for (peer groups) has no rows.
 */
export function unitBreakdown(kind: BreakdownKind, units: readonly string[], time: BreakdownTime): Query<BreakdownRow> {
  const t = table[kind];
  const cats = (t.list as readonly string[]).map((c) => code(kind === 'service' ? 'service_group' : 'age_group', c));
  const order = `ORDER BY 1, CASE category ${cats.map((c, i) => `WHEN ${c} THEN ${i}`).join(' ')} END`;
  const where = unitsIn(units);
  if ('year' in time) {
    // Both sides filtered before the join: in DuckDB-WASM that is about twice as fast as filtering the joined tables.
    return {
      name: 'unitBreakdown', schema: row,
      sql: `WITH b AS (SELECT unit, ${t.column} AS category, reports, status FROM ${t.name} WHERE ${where} AND year = ${yearLit(time.year)})
, w AS (SELECT unit, reports AS whole FROM totals WHERE ${where} AND year = ${yearLit(time.year)} AND outcome = 'alle')
SELECT b.unit, b.category, b.reports, b.status, w.whole FROM b LEFT JOIN w USING (unit)
${order}`,
    };
  }
  const inYears = `year IN (${periodYears(time.period).join(', ')})`;
  const n = periodYears(time.period).length;
  return {
    name: 'unitBreakdown', schema: row,
    sql: `WITH y AS (SELECT unit, ${t.column} AS category, ${sumAll(n)} AS reports FROM ${t.name} WHERE ${where} AND ${inYears} GROUP BY ALL)
, w AS (SELECT unit, ${sumAll(n)} AS whole FROM totals WHERE ${where} AND ${inYears} AND outcome = 'alle' GROUP BY ALL)
SELECT y.unit, y.category, y.reports, NULL::VARCHAR AS status, w.whole FROM y LEFT JOIN w USING (unit)
${order}`,
  };
}

const fallbackRow = z.object({ unit: z.string(), category: z.string(), reports: z.nullable(z.int()) });
export type FallbackRow = z.infer<typeof fallbackRow>;

/**
 * Each listed unit's reports by service group in a pooled period from the period tables: the sum over ages, else over
 * outcomes (NULL unless every cell summed is published). For the service groups whose years do not all add up.
 */
export function periodServiceFallback(units: readonly string[], period: string): Query<FallbackRow> {
  const where = `${unitsIn(units)} AND period = ${code('period', period)}`;
  return {
    name: 'periodServiceFallback', schema: fallbackRow,
    sql: `WITH a AS (SELECT unit, service_group AS category, ${sumAll(AGE_GROUPS.length)} AS reports FROM service_age WHERE ${where} GROUP BY ALL)
, o AS (SELECT unit, service_group AS category, ${sumAll(OUTCOMES.length)} AS reports FROM service_outcome WHERE ${where} GROUP BY ALL)
SELECT a.unit, a.category, coalesce(a.reports, o.reports) AS reports FROM a LEFT JOIN o USING (unit, category) ORDER BY 1, 2`,
  };
}

const unitsIn = (units: readonly string[]) => `unit IN (${units.length ? units.map(unit).join(', ') : 'NULL'})`;
const periodYears = (period: string) => {
  const p = PERIODS.find((x) => x.key === period);
  if (!p) throw new QueryParamError(`not a period: ${JSON.stringify(period)}`);
  return p.years.map(yearLit);
};

const unitRow = z.object({ unit: z.string(), level: z.enum(LEVELS), name: z.string(), fylkesnummer: z.nullable(z.string()), has_breakdown: z.boolean() });
export type ComparableUnit = z.infer<typeof unitRow>;

/** Every published unit with whether the release breaks its reports down by service and age. */
export function comparableUnits(): Query<ComparableUnit> {
  return {
    name: 'comparableUnits', schema: unitRow,
    sql: `SELECT u.unit, u.level, u.name, u.fylkesnummer, EXISTS (SELECT 1 FROM by_service s WHERE s.unit = u.unit) AND EXISTS (SELECT 1 FROM by_age a WHERE a.unit = u.unit) AS has_breakdown
FROM units u ORDER BY u.unit`,
  };
}
