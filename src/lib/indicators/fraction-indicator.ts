import type { ServiceGroup } from '../codes.ts';
import type { Judgement } from '../stats/compare-rate.ts';
import type { TableRows } from '../query/queries/table-rows.ts';
import type { Fraction, FractionOf, Time } from './fractions.ts';
import type { Comparison, ComparisonTarget, Indicator, IndicatorId, Measure } from './indicator.ts';

/** How one kind of fraction becomes a value, an interval and a judgement (a share, or a rate per 1,000). */
export interface Scale {
  measure: Measure;
  value(f: { numerator: number; denominator: number }): number;
  interval(f: { numerator: number; denominator: number }): { lo: number; hi: number };
  judge(mine: { numerator: number; denominator: number }, interval: { lo: number; hi: number }, comparison: number): Judgement;
}

const published = (f: Fraction | undefined): f is { numerator: number; denominator: number } =>
  f !== undefined && f.numerator !== null && f.denominator !== null;

/**
 * An indicator made from a fraction: at the first of `times` where the unit's counts are all published (so the latest
 * year, falling back to a pooled period), judged against each comparison at that same time.
 */
export function fractionIndicator(
  id: IndicatorId, group: ServiceGroup | undefined, focus: TableRows['units'], targets: { target: ComparisonTarget; unit: TableRows['units'] }[],
  fractionOf: FractionOf, times: Time[], scale: Scale,
): Indicator {
  const time = times.find((t) => published(fractionOf(focus.unit, t))) ?? times[0]!;
  const mine = fractionOf(focus.unit, time);
  const ok = published(mine) && mine.denominator > 0;
  const iv = ok ? scale.interval(mine) : null;
  const comparisons = targets.map(({ target, unit }): Comparison => {
    const theirs = fractionOf(unit.unit, time);
    const value = published(theirs) && theirs.denominator > 0 ? scale.value(theirs) : null;
    const base = { target, unit: unit.unit, value };
    if (theirs === undefined) return { ...base, judgement: 'unavailable', reason: 'not-published' };
    if (!published(mine)) return { ...base, judgement: 'too-few', reason: 'hidden' };
    if (!ok) return { ...base, judgement: 'too-few', reason: 'small' };
    if (value === null) return { ...base, judgement: 'unavailable', reason: 'comparison-hidden' };
    const judgement = scale.judge(mine, iv!, value);
    return judgement === 'too-few' ? { ...base, judgement, reason: 'small' } : { ...base, judgement };
  });
  return {
    id, ...(group ? { group } : {}), unit: focus.unit, measure: scale.measure,
    value: ok ? scale.value(mine) : null, lo: iv?.lo ?? null, hi: iv?.hi ?? null,
    numerator: mine?.numerator ?? null, denominator: mine?.denominator ?? null,
    status: published(mine) ? null : ':',
    ...('year' in time ? { year: time.year } : { period: time.period }),
    comparisons,
  };
}
