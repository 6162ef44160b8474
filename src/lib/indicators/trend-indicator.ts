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
  const ratioOf = (unit: string) => {
    const [now, before] = [rate(unit, { period: LATEST }), rate(unit, { period: BASE })];
    return { now, before, rr: now && before && now.denominator !== null && before.denominator !== null
      ? rateRatio(now.numerator, now.denominator, before.numerator, before.denominator) : null };
  };
  const mine = ratioOf(focus.unit);
  const hidden = mine.now?.numerator == null || mine.before?.numerator == null;
  const comparisons = targets.map(({ target, unit }): Comparison => {
    const theirs = ratioOf(unit.unit).rr;
    const base = { target, unit: unit.unit, value: theirs && Number.isFinite(theirs.ratio) ? theirs.ratio : null };
    if (hidden) return { ...base, judgement: 'too-few', reason: 'hidden' };
    if (base.value === null) return { ...base, judgement: 'unavailable', reason: 'comparison-hidden' };
    if (!mine.rr) return { ...base, judgement: 'too-few', reason: 'small' };
    if (base.value < mine.rr.lo) return { ...base, judgement: 'higher' };
    if (base.value > mine.rr.hi) return { ...base, judgement: 'lower' };
    return tooWideRatio(mine.rr.lo, mine.rr.hi) ? { ...base, judgement: 'too-few', reason: 'small' } : { ...base, judgement: 'no-clear-difference' };
  });
  return {
    id: 'trend', unit: focus.unit, measure: 'ratio',
    value: mine.rr && Number.isFinite(mine.rr.ratio) ? mine.rr.ratio : null,
    lo: mine.rr?.lo ?? null, hi: mine.rr && Number.isFinite(mine.rr.hi) ? mine.rr.hi : null,
    numerator: mine.now?.numerator ?? null, denominator: mine.before?.numerator ?? null,
    status: hidden ? ':' : null, period: LATEST, basePeriod: BASE,
    trend: judgeTrend(mine.rr), comparisons,
  };
}
