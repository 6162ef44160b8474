import { PERIODS } from '../../codes.ts';
import type { SiteData } from '../site-data.ts';

const yearsOf = (period: string) => PERIODS.find((p) => p.key === period)?.years ?? [];
const sumAll = (xs: (number | null | undefined)[]) => (xs.every((x) => typeof x === 'number') ? (xs as number[]).reduce((a, b) => a + b, 0) : null);

/** All reports of a unit over a pooled period: the sum of its years, or null when any year is hidden. */
export function periodTotal(data: SiteData, unit: string, period: string, outcome = 'alle'): number | null {
  return sumAll(yearsOf(period).map((y) => data.totals(unit, y, outcome)?.reports));
}

/** Reports of an age group over a pooled period, or null when any year is hidden. */
export function periodAge(data: SiteData, unit: string, period: string, age: string): number | null {
  return sumAll(yearsOf(period).map((y) => data.byAge(unit, y, age)?.reports));
}

/**
 * Reports with a service group among the reporters over a pooled period. Three published routes lead to the same number
 * (the years, the age breakdown, the outcome breakdown); any that is fully published gives it.
 */
export function periodService(data: SiteData, unit: string, period: string, group: string, ages: readonly string[], outcomes: readonly string[]): number | null {
  return sumAll(yearsOf(period).map((y) => data.byService(unit, y, group)?.reports))
    ?? sumAll(ages.map((a) => data.serviceAge(unit, period, group, a)?.reports))
    ?? sumAll(outcomes.map((o) => data.serviceOutcome(unit, period, group, o)?.reports));
}
