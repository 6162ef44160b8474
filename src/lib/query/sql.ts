/** The only way values enter SQL: validated against a code list or a pattern first, then quoted here. */
import { AGE_GROUPS, LEVELS, OUTCOMES, PERIODS, SERVICE_GROUP_KEYS, YEARS, type Level } from '../codes.ts';

export class QueryParamError extends Error {}

/** A SQL literal for a value that has already been validated. */
export function quote(value: string | number): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new QueryParamError(`not a finite number: ${value}`);
    return String(value);
  }
  return `'${value.replaceAll("'", "''")}'`;
}

const UNIT = /^(NO|\d{2}|\d{4}|G\d)$/;
const lists = {
  level: LEVELS as readonly string[],
  outcome: ['alle', ...OUTCOMES] as readonly string[],
  age_group: AGE_GROUPS as readonly string[],
  service_group: SERVICE_GROUP_KEYS as readonly string[],
  period: PERIODS.map((p) => p.key) as readonly string[],
};

/** A validated code-list value as a SQL literal; throws on anything not in the list. */
export function code(kind: keyof typeof lists, value: string): string {
  if (!lists[kind].includes(value)) throw new QueryParamError(`unknown ${kind}: ${JSON.stringify(value)}`);
  return quote(value);
}

/** A validated unit code (municipality, county, country or peer group) as a SQL literal. */
export function unit(value: string): string {
  if (!UNIT.test(value)) throw new QueryParamError(`not a unit code: ${JSON.stringify(value)}`);
  return quote(value);
}

/** The level a unit code belongs to, which its shape says: NO the country, two digits a county, four a municipality, G and a digit a peer group. */
export function unitLevel(value: string): Level {
  if (!UNIT.test(value)) throw new QueryParamError(`not a unit code: ${JSON.stringify(value)}`);
  return value === 'NO' ? 'land' : value.startsWith('G') ? 'gruppe' : value.length === 2 ? 'fylke' : 'kommune';
}

/** A validated published year as a SQL literal. */
export function year(value: number): string {
  if (!YEARS.includes(value)) throw new QueryParamError(`not a published year: ${value}`);
  return quote(value);
}
