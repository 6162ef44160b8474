import { PERIODS } from '../codes.ts';
import type { TableRows } from '../query/queries/table-rows.ts';
import { judgeTrend, rateRatio, tooWideRatio } from '../stats/rate-ratio.ts';
import type { SiteData } from '../views/site-data.ts';
import { reportsPerChild } from './fractions.ts';
import type { Comparison, ComparisonTarget, Indicator } from './indicator.ts';

const [BASE, LATEST] = [PERIODS.at(-2)!.key, PERIODS.at(-1)!.key];

/**
 * The trend: the rate in the latest pooled period against the period before, as a rate ratio with its exact interval;
 * rising or falling only when the interval lies wholly above or below 1. Against a comparison: higher or lower when the
 * comparison's ratio lies outside the unit's interval (it rose faster or slower than the county, say).
 */
export function trendIndicator(data: SiteData, focus: TableRows['units'], targets: { target: ComparisonTarget; unit: TableRows['units'] }[]): Indicator {
  const rate = reportsPerChild(data);
  const [now, before] = [rate(focus.unit, { period: LATEST }), rate(focus.unit, { period: BASE })];
  const hidden = now?.numerator == null || before?.numerator == null;
  const rr = hidden ? null : rateRatio(now!.numerator, now!.denominator!, before!.numerator, before!.denominator!);
  // A comparison needs only its ratio, not its interval: the judgement asks whether it lies inside the unit's.
  const ratioOf = (unit: string) => {
    const [a, b] = [rate(unit, { period: LATEST }), rate(unit, { period: BASE })];
    return a?.numerator && b?.numerator && a.denominator && b.denominator ? (a.numerator / a.denominator) / (b.numerator / b.denominator) : null;
  };
  const comparisons = targets.map(({ target, unit }): Comparison => {
    const base = { target, unit: unit.unit, value: ratioOf(unit.unit) };
    if (hidden) return { ...base, judgement: 'too-few', reason: 'hidden' };
    if (base.value === null) return { ...base, judgement: 'unavailable', reason: 'comparison-hidden' };
    if (!rr) return { ...base, judgement: 'too-few', reason: 'small' };
    if (base.value < rr.lo) return { ...base, judgement: 'higher' };
    if (base.value > rr.hi) return { ...base, judgement: 'lower' };
    return tooWideRatio(rr.lo, rr.hi) ? { ...base, judgement: 'too-few', reason: 'small' } : { ...base, judgement: 'no-clear-difference' };
  });
  return {
    id: 'trend', unit: focus.unit, measure: 'ratio',
    value: rr && Number.isFinite(rr.ratio) ? rr.ratio : null,
    lo: rr?.lo ?? null, hi: rr && Number.isFinite(rr.hi) ? rr.hi : null,
    numerator: now?.numerator ?? null, denominator: before?.numerator ?? null,
    status: hidden ? ':' : null, period: LATEST, basePeriod: BASE,
    trend: judgeTrend(rr), comparisons,
  };
}
