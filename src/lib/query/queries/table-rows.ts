import { z } from 'zod';
import { LEVELS, type Level } from '../../codes.ts';
import type { Query } from '../run-query.ts';
import { code, unit } from '../sql.ts';

export interface UnitFilter { level?: Level; units?: string[] }

/** A WHERE clause for a unit filter, every value validated. */
export function unitWhere(f: UnitFilter): string {
  const parts = ['TRUE'];
  if (f.level) parts.push(`level = ${code('level', f.level)}`);
  if (f.units) parts.push(f.units.length === 0 ? 'FALSE' : `unit IN (${f.units.map(unit).join(', ')})`);
  return parts.join(' AND ');
}

const level = z.enum(LEVELS);
const count = { reports: z.number().int().nullable(), status: z.string().nullable() };
const schemas = {
  totals: z.object({ level, unit: z.string(), year: z.number().int(), outcome: z.string(), ...count, children: z.number().int(), children_estimated: z.boolean(), rate_per_1000: z.number().nullable() }),
  by_service: z.object({ level, unit: z.string(), year: z.number().int(), service_group: z.string(), ...count }),
  by_age: z.object({ level, unit: z.string(), year: z.number().int(), age_group: z.string(), ...count }),
  service_age: z.object({ level, unit: z.string(), period: z.string(), service_group: z.string(), age_group: z.string(), ...count }),
  service_outcome: z.object({ level, unit: z.string(), period: z.string(), service_group: z.string(), outcome: z.string(), ...count }),
  units: z.object({ level, unit: z.string(), name: z.string(), name_official: z.string().nullable(), old_codes: z.string().nullable(), fylkesnummer: z.string().nullable(), peer_group: z.string().nullable(), children: z.number().int(), children_estimated: z.boolean(), lon: z.number().nullable(), lat: z.number().nullable() }),
};
export type TableRows = { [T in keyof typeof schemas]: z.infer<(typeof schemas)[T]> };
export type CountTableName = Exclude<keyof typeof schemas, 'units'>;

/** All rows of one published table for the units in the filter: the bulk query the build runs once per table. */
export function tableRows<T extends keyof typeof schemas>(table: T, filter: UnitFilter = {}): Query<TableRows[T]> {
  return {
    name: `tableRows(${table})`,
    schema: schemas[table] as unknown as z.ZodType<TableRows[T]>,
    sql: `SELECT ${Object.keys(schemas[table].shape).map((c) => `"${c}"`).join(', ')} FROM ${table} WHERE ${unitWhere(filter)}`,
  };
}
