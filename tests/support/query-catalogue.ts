import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PERIODS, YEARS, type Level } from '../../src/lib/codes.ts';
import { auditRows, auditSummaryRows, findingRows } from '../../src/lib/query/queries/audit-tables.ts';
import { EXPLORER_TABLES, explorerCounts, type ExplorerCut } from '../../src/lib/query/queries/explorer-counts.ts';
import { reportsByService } from '../../src/lib/query/queries/reports-by-service.ts';
import { reportsPerYear } from '../../src/lib/query/queries/reports-per-year.ts';
import { ssbNationalSeries } from '../../src/lib/query/queries/ssb-national-series.ts';
import { tableRows, unitWhere } from '../../src/lib/query/queries/table-rows.ts';
import { comparableUnits, periodServiceFallback, unitBreakdown } from '../../src/lib/query/queries/unit-breakdown.ts';
import type { Query } from '../../src/lib/query/run-query.ts';

const QUERIES_DIR = 'src/lib/query/queries';
/** Exports of the catalogue's files that build parts of queries, not queries: covered through the builders using them. */
const HELPERS = new Set<unknown>([unitWhere]);

/** The builders the cases below call; a builder missing here is a catalogue query no engine comparison runs. */
export const BUILDERS = new Set<unknown>([explorerCounts, reportsByService, reportsPerYear, ssbNationalSeries, tableRows, unitBreakdown, periodServiceFallback, comparableUnits, auditRows, findingRows, auditSummaryRows]);

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
    auditRows(), findingRows(), auditSummaryRows(),
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
    ...some.flatMap((u) => PERIODS.map((p) => periodServiceFallback([u.unit, 'NO'], p.key))),
    ...explorerCases(),
  ] as Query<unknown>[];
}

/** The explorer's cuts: every table by each of its columns, for the country, a few areas and a set of filters each. */
function explorerCases(): Query<unknown>[] {
  const keys = { totals: ['unit', 'year'], by_service: ['unit', 'year', 'service_group'], by_age: ['unit', 'year', 'age_group'],
    service_age: ['unit', 'service_group', 'age_group'], service_outcome: ['unit', 'service_group'] } as const;
  const none = { units: [], years: [], periods: [], services: [], ages: [], outcome: 'alle' } as const;
  const filters: Omit<ExplorerCut, 'table' | 'by'>[] = [
    none,
    { ...none, units: ['0301', '4601', '1151', '03'], years: [2019, 2024], periods: ['2022-2024'], services: ['skole', 'politi'], ages: ['13-17'] },
    { ...none, units: ['46', '1151'], outcome: 'henlagt', periods: ['2016-2018', '2019-2021'] },
    { ...none, units: ['G1', 'G7'], years: [2015], outcome: 'undersokt' },
  ];
  return EXPLORER_TABLES.flatMap((table) => keys[table].flatMap((by) => filters
    .filter((f) => table !== 'service_outcome' || f.outcome !== 'alle')
    .map((f) => explorerCounts({ table, by, ...f }))));
}
