import { z } from 'zod';
import type { Level } from '../../codes.ts';
import type { Query } from '../run-query.ts';
import { code, unit } from '../sql.ts';

const row = z.object({ year: z.number().int(), reports: z.number().int().nullable(), status: z.string().nullable(), children: z.number().int(), rate_per_1000: z.number().nullable() });
export type ReportsPerYearRow = z.infer<typeof row>;

/** All reports per year for one unit, with children 0–17 and the rate per 1,000. */
export function reportsPerYear(level: Level, unitCode: string): Query<ReportsPerYearRow> {
  return {
    name: 'reportsPerYear',
    schema: row,
    sql: `SELECT year, reports, status, children, rate_per_1000 FROM totals
WHERE level = ${code('level', level)} AND unit = ${unit(unitCode)} AND outcome = 'alle' ORDER BY year`,
  };
}
