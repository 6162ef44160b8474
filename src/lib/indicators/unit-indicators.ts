import { LAST_YEAR, PERIODS, SERVICE_GROUP_KEYS, type ServiceGroup } from '../codes.ts';
import type { SiteData } from '../views/site-data.ts';
import { comparisonUnits } from './comparison-units.ts';
import { fractionIndicator } from './fraction-indicator.ts';
import { ageServiceShare, droppedShare, groupAgeShare, reportsPerChild, serviceShare, type Fraction, type FractionOf, type Time } from './fractions.ts';
import { INDICATOR_GROUPS, type Indicator } from './indicator.ts';
import { PER_1000, SHARE } from './scales.ts';
import { trendIndicator } from './trend-indicator.ts';

const YEAR_THEN_PERIOD: Time[] = [{ year: LAST_YEAR }, { period: PERIODS.at(-1)!.key }];
const PERIOD: Time[] = [{ period: PERIODS.at(-1)!.key }];
const YOUNG = ['0-2', '3-5'] as const;
const cache = new WeakMap<SiteData, Map<string, Indicator[]>>();
const fractionCache = new WeakMap<SiteData, Map<string, Fraction | undefined>>();

/** A fraction remembered per unit and time: every municipality is compared with the same county and country values. */
function remembered(data: SiteData, name: string, f: FractionOf): FractionOf {
  let memo = fractionCache.get(data);
  if (!memo) fractionCache.set(data, (memo = new Map()));
  const m = memo;
  return (unit, time) => {
    const key = `${name}|${unit}|${'year' in time ? time.year : time.period}`;
    if (!m.has(key)) m.set(key, f(unit, time));
    return m.get(key);
  };
}

/**
 * Every indicator of a unit (municipality, county, peer group or the country), computed once per build from the
 * published data: the latest year where its counts are published, else the latest pooled period. See INDICATOR_IDS.
 */
export function unitIndicators(data: SiteData, unit: string): Indicator[] {
  let memo = cache.get(data);
  if (!memo) cache.set(data, (memo = new Map()));
  const hit = memo.get(unit);
  if (hit) return hit;
  const focus = data.unit(unit);
  if (!focus) throw new Error(`no published unit ${unit}`);
  const targets = comparisonUnits(data, focus);
  const of = (id: Indicator['id'], group: ServiceGroup | undefined, f: FractionOf, times: Time[], scale = SHARE) =>
    fractionIndicator(id, group, focus, targets, remembered(data, `${id}|${group ?? ''}`, f), times, scale);
  const result: Indicator[] = [
    of('level', undefined, reportsPerChild(data), YEAR_THEN_PERIOD, PER_1000),
    trendIndicator(data, focus, targets),
    ...SERVICE_GROUP_KEYS.map((g) => of('service-share', g, serviceShare(data, g), YEAR_THEN_PERIOD)),
    ...INDICATOR_GROUPS['early-reporting'].map((g) => of('early-reporting', g, ageServiceShare(data, g, YOUNG), PERIOD)),
    ...INDICATOR_GROUPS['late-reporting'].map((g) => of('late-reporting', g, groupAgeShare(data, g, ['13-17']), PERIOD)),
    ...INDICATOR_GROUPS['adult-services-share'].map((g) => of('adult-services-share', g, serviceShare(data, g), YEAR_THEN_PERIOD)),
    of('dropped-share', undefined, droppedShare(data), YEAR_THEN_PERIOD),
    ...SERVICE_GROUP_KEYS.map((g) => of('dropped-share', g, droppedShare(data, g), PERIOD)),
  ];
  memo.set(unit, result);
  return result;
}
