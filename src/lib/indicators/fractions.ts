import { AGE_GROUPS, OUTCOMES, PERIODS } from '../codes.ts';
import { periodAge, periodService, periodTotal } from '../views/unit/period-counts.ts';
import type { SiteData } from '../views/site-data.ts';

/** A count over its whole; either is null when hidden. */
export interface Fraction { numerator: number | null; denominator: number | null }
/** A year, or a pooled period of PERIODS. */
export type Time = { year: number } | { period: string };
/** A unit's fraction at a time, or undefined when the release publishes no such table for the unit. */
export type FractionOf = (unit: string, time: Time) => Fraction | undefined;

const yearsOf = (period: string) => PERIODS.find((p) => p.key === period)?.years ?? [];
const add = (xs: (number | null | undefined)[]) => (xs.every((x) => typeof x === 'number') ? (xs as number[]).reduce((a, b) => a + b, 0) : null);

/** Reports per child: the year's reports over its children, or a period's reports over its child-years. */
export const reportsPerChild = (data: SiteData): FractionOf => (unit, time) => {
  if ('year' in time) {
    const r = data.totals(unit, time.year);
    return r && { numerator: r.reports, denominator: r.children };
  }
  const rows = yearsOf(time.period).map((y) => data.totals(unit, y));
  if (rows.some((r) => r === undefined)) return undefined;
  return { numerator: periodTotal(data, unit, time.period), denominator: rows.reduce((s, r) => s + r!.children, 0) };
};

/** Whether the release publishes service breakdowns for a unit. */
const hasServices = (data: SiteData, unit: string) =>
  data.byService(unit, PERIODS.at(-1)!.years.at(-1)!, 'barnehage') !== undefined || data.serviceAge(unit, PERIODS.at(-1)!.key, 'barnehage', '0-2') !== undefined;

/** Reports with a service group among the reporters over all reports (by_service over totals, or pooled). */
export const serviceShare = (data: SiteData, group: string): FractionOf => (unit, time) => {
  if (!hasServices(data, unit)) return undefined;
  return 'year' in time
    ? { numerator: data.byService(unit, time.year, group)?.reports ?? null, denominator: data.totals(unit, time.year)?.reports ?? null }
    : { numerator: periodService(data, unit, time.period, group, AGE_GROUPS, OUTCOMES), denominator: periodTotal(data, unit, time.period) };
};

/** A service group's reports concerning some ages over all its reports (service_age, pooled periods only). */
export const groupAgeShare = (data: SiteData, group: string, ages: readonly string[]): FractionOf => (unit, time) => {
  if (!hasServices(data, unit) || 'year' in time) return undefined;
  return {
    numerator: add(ages.map((a) => data.serviceAge(unit, time.period, group, a)?.reports)),
    denominator: periodService(data, unit, time.period, group, AGE_GROUPS, OUTCOMES),
  };
};

/** Reports concerning some ages with a service group among the reporters, over all reports concerning those ages (pooled). */
export const ageServiceShare = (data: SiteData, group: string, ages: readonly string[]): FractionOf => (unit, time) => {
  if (!hasServices(data, unit) || 'year' in time) return undefined;
  return {
    numerator: add(ages.map((a) => data.serviceAge(unit, time.period, group, a)?.reports)),
    denominator: add(ages.map((a) => periodAge(data, unit, time.period, a))),
  };
};

/** Dropped reports over all reports: of one service group (service_outcome, pooled), or overall (totals). */
export const droppedShare = (data: SiteData, group?: string): FractionOf => (unit, time) => {
  if (group === undefined) {
    return 'year' in time
      ? (data.totals(unit, time.year) && { numerator: data.totals(unit, time.year, 'henlagt')?.reports ?? null, denominator: data.totals(unit, time.year)!.reports })
      : { numerator: periodTotal(data, unit, time.period, 'henlagt'), denominator: periodTotal(data, unit, time.period) };
  }
  if (!hasServices(data, unit) || 'year' in time) return undefined;
  return {
    numerator: data.serviceOutcome(unit, time.period, group, 'henlagt')?.reports ?? null,
    denominator: periodService(data, unit, time.period, group, AGE_GROUPS, OUTCOMES),
  };
};
