import { PERIODS, SERVICE_GROUP_KEYS, YEARS, type ServiceGroup } from '../codes.ts';
import type { SiteData } from '../views/site-data.ts';
import { periodService, periodTotal } from '../views/unit/period-counts.ts';
import { AGE_GROUPS, OUTCOMES } from '../codes.ts';

/** A pooled period's published counts: all reports and each service group's (null when hidden). */
export interface PeriodCounts { key: string; years: number[]; reports: number | null; services: Record<ServiceGroup, number | null> }

/**
 * One municipality's published counts that agreed levels and before/after comparisons need, small enough to hand to
 * the page as JSON so the browser judges levels entered in a meeting exactly as the build does. Hidden counts stay null.
 */
export interface MunicipalSeries {
  years: number[];
  reports: (number | null)[];
  children: number[];
  services: Record<ServiceGroup, (number | null)[]>;
  periods: PeriodCounts[];
}

const byGroup = <T>(f: (g: ServiceGroup) => T) => Object.fromEntries(SERVICE_GROUP_KEYS.map((g) => [g, f(g)])) as Record<ServiceGroup, T>;

/** The series of a unit from the build's indexed data. */
export function municipalSeries(data: SiteData, unit: string): MunicipalSeries {
  return {
    years: [...YEARS],
    reports: YEARS.map((y) => data.totals(unit, y)?.reports ?? null),
    children: YEARS.map((y) => data.totals(unit, y)?.children ?? 0),
    services: byGroup((g) => YEARS.map((y) => data.byService(unit, y, g)?.reports ?? null)),
    periods: PERIODS.map((p) => ({
      key: p.key, years: [...p.years], reports: periodTotal(data, unit, p.key),
      services: byGroup((g) => periodService(data, unit, p.key, g, AGE_GROUPS, OUTCOMES)),
    })),
  };
}

/** The sum of a series over some years, or null when any of them is hidden or missing. */
export function sumYears(s: MunicipalSeries, values: (number | null)[], years: number[]): number | null {
  let sum = 0;
  for (const y of years) {
    const v = values[s.years.indexOf(y)];
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return years.length ? sum : null;
}
