import { AGE_GROUPS, OUTCOMES, PERIODS, SERVICE_GROUP_KEYS, YEARS } from '../lib/codes.ts';

/** Outcome categories of the totals table: all reports, and the two outcomes that add up to them. */
export const TOTAL_OUTCOMES = ['alle', ...OUTCOMES] as const;

export interface Dim { name: 'outcome' | 'age_group' | 'service_group'; values: readonly string[] }
export interface TableSpec {
  name: 'totals' | 'by_age' | 'by_service' | 'service_age' | 'service_outcome';
  time: 'year' | 'period';
  dims: Dim[];
}
export type CountTable = TableSpec['name'];

/** The count tables of the release set, per year or per pooled period, in publishing order. */
export const COUNT_TABLES: TableSpec[] = [
  { name: 'totals', time: 'year', dims: [{ name: 'outcome', values: TOTAL_OUTCOMES }] },
  { name: 'by_age', time: 'year', dims: [{ name: 'age_group', values: AGE_GROUPS }] },
  { name: 'by_service', time: 'year', dims: [{ name: 'service_group', values: SERVICE_GROUP_KEYS }] },
  { name: 'service_age', time: 'period', dims: [{ name: 'service_group', values: SERVICE_GROUP_KEYS }, { name: 'age_group', values: AGE_GROUPS }] },
  { name: 'service_outcome', time: 'period', dims: [{ name: 'service_group', values: SERVICE_GROUP_KEYS }, { name: 'outcome', values: OUTCOMES }] },
];

/** The time keys of a table: years as text, or pooled period keys. */
export function timesOf(spec: TableSpec): string[] {
  return spec.time === 'year' ? YEARS.map(String) : PERIODS.map((p) => p.key);
}

/** Every combination of a table's dimension values, in order. */
export function dimCombos(spec: TableSpec): string[][] {
  return spec.dims.reduce<string[][]>((acc, d) => acc.flatMap((c) => d.values.map((v) => [...c, v])), [[]]);
}
