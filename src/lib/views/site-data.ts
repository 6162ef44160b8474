import type { Connector } from '../query/connector.ts';
import { runQuery } from '../query/run-query.ts';
import { tableRows, type TableRows } from '../query/queries/table-rows.ts';

type Row<T extends keyof TableRows> = TableRows[T];
export interface Count { reports: number | null; status: string | null }

/** Every published count, indexed by unit, time and category, for pages that each read a few hundred of them. */
export interface SiteData {
  units: Row<'units'>[];
  unit(code: string): Row<'units'> | undefined;
  totals(unit: string, year: number, outcome?: string): Row<'totals'> | undefined;
  byService(unit: string, year: number, group: string): Count | undefined;
  byAge(unit: string, year: number, age: string): Count | undefined;
  serviceAge(unit: string, period: string, group: string, age: string): Count | undefined;
  serviceOutcome(unit: string, period: string, group: string, outcome: string): Count | undefined;
}

const index = <R>(rows: R[], key: (r: R) => string) => new Map(rows.map((r) => [key(r), r]));

/** Load the published tables once (one query per table) and index them. */
export async function loadSiteData(db: Connector): Promise<SiteData> {
  const [units, totals, byService, byAge, serviceAge, serviceOutcome] = await Promise.all([
    runQuery(db, tableRows('units')), runQuery(db, tableRows('totals')), runQuery(db, tableRows('by_service')),
    runQuery(db, tableRows('by_age')), runQuery(db, tableRows('service_age')), runQuery(db, tableRows('service_outcome')),
  ]);
  const u = index(units, (r) => r.unit);
  const t = index(totals, (r) => `${r.unit}|${r.year}|${r.outcome}`);
  const s = index(byService, (r) => `${r.unit}|${r.year}|${r.service_group}`);
  const a = index(byAge, (r) => `${r.unit}|${r.year}|${r.age_group}`);
  const sa = index(serviceAge, (r) => `${r.unit}|${r.period}|${r.service_group}|${r.age_group}`);
  const so = index(serviceOutcome, (r) => `${r.unit}|${r.period}|${r.service_group}|${r.outcome}`);
  return {
    units,
    unit: (code) => u.get(code),
    totals: (unit, year, outcome = 'alle') => t.get(`${unit}|${year}|${outcome}`),
    byService: (unit, year, group) => s.get(`${unit}|${year}|${group}`),
    byAge: (unit, year, age) => a.get(`${unit}|${year}|${age}`),
    serviceAge: (unit, period, group, age) => sa.get(`${unit}|${period}|${group}|${age}`),
    serviceOutcome: (unit, period, group, outcome) => so.get(`${unit}|${period}|${group}|${outcome}`),
  };
}
