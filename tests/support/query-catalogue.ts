import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PERIODS, YEARS, type Level } from '../../src/lib/codes.ts';
import { reportsByService } from '../../src/lib/query/queries/reports-by-service.ts';
import { reportsPerYear } from '../../src/lib/query/queries/reports-per-year.ts';
import { ssbNationalSeries } from '../../src/lib/query/queries/ssb-national-series.ts';
import { tableRows, unitWhere } from '../../src/lib/query/queries/table-rows.ts';
import { comparableUnits, unitBreakdown } from '../../src/lib/query/queries/unit-breakdown.ts';
import type { Query } from '../../src/lib/query/run-query.ts';

const QUERIES_DIR = 'src/lib/query/queries';
/** Exports of the catalogue's files that build parts of queries, not queries: covered through the builders using them. */
const HELPERS = new Set<unknown>([unitWhere]);

/** The builders the cases below call; a builder missing here is a catalogue query no engine comparison runs. */
export const BUILDERS = new Set<unknown>([reportsByService, reportsPerYear, ssbNationalSeries, tableRows, unitBreakdown, comparableUnits]);

/** Every function exported by src/lib/query/queries, apart from the helpers. */
export async function catalogueBuilders(): Promise<Set<unknown>> {
  const out = new Set<unknown>();
  for (const file of readdirSync(QUERIES_DIR).filter((f) => f.endsWith('.ts'))) {
    const mod = (await import(/* @vite-ignore */ pathToFileURL(resolve(QUERIES_DIR, file)).href)) as Record<string, unknown>;
    for (const v of Object.values(mod)) if (typeof v === 'function' && !HELPERS.has(v)) out.add(v);
  }
  return out;
}

export interface Unit { level: Level; unit: string }

/**
 * Concrete queries covering the catalogue: every builder, every published table, every unit for the per-year series,
 * and every county, peer group and the country plus every fifth municipality for each year's service breakdown and,
 * with the country beside it, for both breakdowns in the first and last year and every pooled period.
 */
export function catalogueCases(units: readonly Unit[]): Query<unknown>[] {
  const tables = ['totals', 'by_service', 'by_age', 'service_age', 'service_outcome', 'units'] as const;
  const some = units.filter((u, i) => u.level !== 'kommune' || i % 5 === 0);
  return [
    ssbNationalSeries(),
    ...tables.flatMap((t) => [
      tableRows(t),
      tableRows(t, { level: 'kommune' }),
      tableRows(t, { units: ['0301', '4601', '03', 'G7', 'NO'] }),
      tableRows(t, { level: 'fylke', units: [] }),
    ]),
    ...units.map((u) => reportsPerYear(u.level, u.unit)),
    ...some.flatMap((u) => YEARS.map((y) => reportsByService(u.level, u.unit, y))),
    comparableUnits(),
    ...some.flatMap((u) => (['service', 'age'] as const).flatMap((kind) =>
      [{ year: YEARS[0]! }, { year: YEARS.at(-1)! }, ...PERIODS.map((p) => ({ period: p.key }))].map((time) => unitBreakdown(kind, [u.unit, 'NO'], time)))),
  ] as Query<unknown>[];
}
