import type { ServiceGroup } from '../codes.ts';
import { compareRate, type Judgement } from '../stats/compare-rate.ts';
import { poissonInterval } from '../stats/poisson-interval.ts';
import type { AgreedLevel, Measure } from './local-plan.ts';
import { sumYears, type MunicipalSeries } from './municipal-series.ts';

/** Actual against agreed for one service group: the actual value with its exact 95 % interval, or null when hidden. */
export interface AgreedRow {
  group: ServiceGroup; measure: Measure; agreed: number; note?: string | undefined;
  /** The year, or the pooled period when the year's count is hidden. */
  time: string;
  actual: number | null; lo: number | null; hi: number | null;
  /** How the actual stands against the agreed level: higher/lower only when the agreed level lies outside the interval. */
  judgement: Judgement;
}

/** Count and base (children for a rate, all reports for a share) of the latest year, else the latest pooled period, with the count published. */
function latest(s: MunicipalSeries, group: ServiceGroup, measure: Measure) {
  const i = s.years.length - 1;
  const count = s.services[group][i] ?? null;
  const base = measure === 'rate' ? s.children[i]! : s.reports[i] ?? null;
  if (count !== null && base !== null && base > 0) return { time: String(s.years[i]), count, base };
  for (const p of [...s.periods].reverse()) {
    const count = p.services[group];
    const base = measure === 'rate' ? sumYears(s, s.children, p.years) : p.reports;
    if (count !== null && base !== null && base > 0) return { time: p.key, count, base };
  }
  return null;
}

/**
 * The municipality's actual level against each agreed level, judged as compareRate judges a rate against a comparison:
 * rates per 1,000 children (children summed over the years of a period), shares as reports with the group among their
 * reporters per 100 reports.
 */
export function agreedComparison(s: MunicipalSeries, levels: AgreedLevel[]): AgreedRow[] {
  return levels.map(({ group, measure, value, note }) => {
    const l = { group, measure, agreed: value, note };
    const found = latest(s, group, measure);
    const per = measure === 'rate' ? 1000 : 100;
    const last = s.years.at(-1)!;
    if (!found) return { ...l, time: String(last), actual: null, lo: null, hi: null, judgement: 'too-few' };
    const { lo, hi } = poissonInterval(found.count);
    const judgement = compareRate(found.count, found.base, (value * 1000) / per);
    const scale = per / found.base;
    return { ...l, time: found.time, actual: found.count * scale, lo: lo * scale, hi: Math.min(hi * scale, measure === 'share' ? 100 : Infinity), judgement };
  });
}
