import { z } from 'zod';
import { SERVICE_GROUP_KEYS, type Level, type ServiceGroup } from '../../codes.ts';
import type { Query } from '../run-query.ts';
import { code, unit, year as yearLit } from '../sql.ts';

const row = z.object({ service_group: z.enum(SERVICE_GROUP_KEYS as [ServiceGroup, ...ServiceGroup[]]), reports: z.number().int().nullable(), status: z.string().nullable() });
export type ReportsByServiceRow = z.infer<typeof row>;

/** Reports by service group for one unit and year, in the code list's order. A report with two reporters counts under both. */
export function reportsByService(level: Level, unitCode: string, year: number): Query<ReportsByServiceRow> {
  const order = SERVICE_GROUP_KEYS.map((g, i) => `WHEN ${code('service_group', g)} THEN ${i}`).join(' ');
  return {
    name: 'reportsByService',
    schema: row,
    sql: `SELECT service_group, reports, status FROM by_service
WHERE level = ${code('level', level)} AND unit = ${unit(unitCode)} AND year = ${yearLit(year)}
ORDER BY CASE service_group ${order} END`,
  };
}
