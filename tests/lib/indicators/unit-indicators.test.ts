import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src/lib/indicators/indicator.ts';
import { unitIndicators } from '../../../src/lib/indicators/unit-indicators.ts';
import { fakeSiteData } from '../../support/fake-site-data.ts';

const UNITS = ['0301', '03', 'G7', 'NO'] as const;
/** Counts for each of the four units, in the order 0301, 03, G7, NO (undefined: not published for that unit). */
const per = (key: string, values: (number | null | undefined)[]) =>
  Object.fromEntries(UNITS.flatMap((u, i) => (values[i] === undefined ? [] : [[key.replace('{u}', u), values[i]!]])));
const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** Service breakdowns are published for every unit but the peer group: the marker the indicators look for. */
const services = per('s|{u}|2024|barnehage', [10, 10, undefined, 10]);

const find = (xs: Indicator[], id: Indicator['id'], group?: string) => xs.find((i) => i.id === id && i.group === group)!;
const judged = (i: Indicator) => Object.fromEntries(i.comparisons.map((c) => [c.target, c.reason ? `${c.judgement}/${c.reason}` : c.judgement]));

describe('level: reports per 1,000 children', () => {
  it('gives the rate, its exact interval and a judgement against county, peer group and country', () => {
    const data = fakeSiteData(per('t|{u}|2024|alle', [60, 40, 60, 50]));
    const i = find(unitIndicators(data, '0301'), 'level');
    expect(i).toMatchObject({ value: 60, numerator: 60, denominator: 1000, year: 2024, status: null, measure: 'per-1000' });
    expect(i.lo).toBeCloseTo(45.79, 1); // Garwood for 60: [45.79, 77.23]
    expect(i.hi).toBeCloseTo(77.23, 1);
    expect(judged(i)).toEqual({ fylke: 'higher', gruppe: 'no-clear-difference', land: 'no-clear-difference' });
    expect(i.comparisons.map((c) => c.value)).toEqual([40, 60, 50]);
  });
  it('says lower for a zero count among many children, and too few among very few', () => {
    expect(judged(find(unitIndicators(fakeSiteData(per('t|{u}|2024|alle', [0, 50, 50, 50])), '0301'), 'level')))
      .toEqual({ fylke: 'lower', gruppe: 'lower', land: 'lower' }); // [0, 3.7] per 1,000
    const few = find(unitIndicators(fakeSiteData(per('t|{u}|2024|alle', [0, 50, 50, 50]), { '0301': 20 }), '0301'), 'level');
    expect(few.value).toBe(0);
    expect(judged(few)).toEqual({ fylke: 'too-few/small', gruppe: 'too-few/small', land: 'too-few/small' }); // [0, 184]
  });
  it('is hidden, with every comparison too few to say, when the count is hidden', () => {
    const i = find(unitIndicators(fakeSiteData(per('t|{u}|2024|alle', [null, 50, 50, 50])), '0301'), 'level');
    expect(i).toMatchObject({ value: null, lo: null, hi: null, numerator: null, status: ':' });
    expect(judged(i)).toEqual({ fylke: 'too-few/hidden', gruppe: 'too-few/hidden', land: 'too-few/hidden' });
  });
  it('judges a county against the country only, and the country against nothing', () => {
    const data = fakeSiteData(per('t|{u}|2024|alle', [60, 40, 60, 50]));
    expect(judged(find(unitIndicators(data, '03'), 'level'))).toEqual({ land: 'no-clear-difference' });
    expect(find(unitIndicators(data, 'NO'), 'level').comparisons).toEqual([]);
  });
});

describe('trend: the latest pooled period against the one before', () => {
  const trend = (before: number[], after: number[], country = 100) => {
    const counts = {
      ...Object.fromEntries(years(2019, 2021).map((y, k) => [`t|0301|${y}|alle`, before[k]!])),
      ...Object.fromEntries(years(2022, 2024).map((y, k) => [`t|0301|${y}|alle`, after[k]!])),
      ...Object.fromEntries(['03', 'G7', 'NO'].flatMap((u) => years(2019, 2024).map((y) => [`t|${u}|${y}|alle`, country]))),
    };
    return find(unitIndicators(fakeSiteData(counts), '0301'), 'trend');
  };
  it('says rising when the rate ratio’s interval lies above 1, and faster than a flat country', () => {
    const i = trend([100, 100, 100], [150, 150, 150]);
    expect(i.value).toBeCloseTo(1.5, 12);
    expect(i).toMatchObject({ numerator: 450, denominator: 300, period: '2022-2024', basePeriod: '2019-2021', trend: 'rising', status: null });
    expect(i.lo).toBeGreaterThan(1);
    expect(judged(i)).toEqual({ fylke: 'higher', gruppe: 'higher', land: 'higher' });
    expect(i.comparisons[0]!.value).toBe(1);
  });
  it('says falling, no clear change, and too few to say', () => {
    expect(trend([150, 150, 150], [100, 100, 100]).trend).toBe('falling');
    expect(trend([100, 100, 100], [103, 100, 100])).toMatchObject({ trend: 'no-clear-change' });
    expect(judged(trend([100, 100, 100], [103, 100, 100])).land).toBe('no-clear-difference');
    const few = trend([5, 0, 0], [0, 5, 0]);
    expect(few.value).toBeCloseTo(1, 12);
    expect(few.trend).toBe('too-few');
    expect(judged(few).land).toBe('too-few/small');
  });
  it('is hidden when any year is hidden', () => {
    const i = trend([100, 100, 100], [100, 100, 100]);
    const hidden = find(unitIndicators(fakeSiteData({ 't|0301|2019|alle': null, 't|0301|2020|alle': 100, 't|0301|2021|alle': 100, 't|0301|2022|alle': 100, 't|0301|2023|alle': 100, 't|0301|2024|alle': 100 }), '0301'), 'trend');
    expect(i.status).toBeNull();
    expect(hidden).toMatchObject({ value: null, status: ':', trend: 'too-few' });
  });
});

describe('service-share and adult-services-share: a service group’s share of all reports', () => {
  const base = { ...services, ...per('t|{u}|2024|alle', [100, 100, 100, 200]), ...per('s|{u}|2024|skole', [30, 28, undefined, 30]),
    ...per('s|{u}|2024|politi', [null, 10, undefined, 20]), ...per('s|{u}|2024|voksentjenester', [0, 10, undefined, 13]) };
  const xs = unitIndicators(fakeSiteData({ ...base, 't|0301|2024|alle': 200 }), '0301');
  it('is judged by its exact binomial interval; a peer group without breakdowns is unavailable, not invented', () => {
    const skole = find(unitIndicators(fakeSiteData(base), '0301'), 'service-share', 'skole');
    expect(skole).toMatchObject({ value: 0.3, numerator: 30, denominator: 100, year: 2024, measure: 'share' });
    expect(skole.lo).toBeCloseTo(0.2124, 3); // 30 of 100: [0.2124, 0.3998]
    expect(judged(skole)).toEqual({ fylke: 'no-clear-difference', gruppe: 'unavailable/not-published', land: 'higher' });
    expect(skole.comparisons.find((c) => c.target === 'gruppe')!.value).toBeNull();
  });
  it('is hidden when the group’s count is hidden and no pooled count replaces it', () => {
    const politi = find(xs, 'service-share', 'politi');
    expect(politi).toMatchObject({ value: null, status: ':', numerator: null });
    expect(judged(politi)).toEqual({ fylke: 'too-few/hidden', gruppe: 'unavailable/not-published', land: 'too-few/hidden' });
  });
  it('says lower for a zero count out of many reports', () => {
    const adults = find(xs, 'adult-services-share', 'voksentjenester');
    expect(adults).toMatchObject({ value: 0, lo: 0, numerator: 0, denominator: 200 });
    expect(judged(adults).land).toBe('lower'); // [0, 0.018] against 0.065
  });
  it('falls back to the latest pooled period when the year is hidden, and compares at that period', () => {
    const pooled = { ...base, 's|0301|2024|politi': null,
      ...Object.fromEntries(['0301', '03', 'NO'].flatMap((u) => years(2022, 2024).map((y) => [`t|${u}|${y}|alle`, 100]))),
      ...Object.fromEntries(['0301', '03', 'NO'].flatMap((u) => [[`so|${u}|2022-2024|politi|henlagt`, 30], [`so|${u}|2022-2024|politi|undersokt`, 30]])) };
    const politi = find(unitIndicators(fakeSiteData(pooled), '0301'), 'service-share', 'politi');
    expect(politi).toMatchObject({ value: 0.2, numerator: 60, denominator: 300, period: '2022-2024', status: null });
    expect(politi.year).toBeUndefined();
    expect(judged(politi)).toEqual({ fylke: 'no-clear-difference', gruppe: 'unavailable/not-published', land: 'no-clear-difference' });
  });
});

describe('late-reporting and early-reporting (pooled periods)', () => {
  const P = '2022-2024';
  it('late: the share of a group’s reports concerning 13–17-year-olds', () => {
    const data = fakeSiteData({ ...services, ...per(`sa|{u}|${P}|skole|13-17`, [40, 45, undefined, 20]),
      ...per(`so|{u}|${P}|skole|henlagt`, [20, 20, undefined, 20]), ...per(`so|{u}|${P}|skole|undersokt`, [80, 80, undefined, 80]),
      ...per(`sa|{u}|${P}|helse|13-17`, [0, 5, undefined, 5]), ...per(`so|{u}|${P}|helse|henlagt`, [0, 5, undefined, 5]), ...per(`so|{u}|${P}|helse|undersokt`, [0, 5, undefined, 5]) });
    const xs = unitIndicators(data, '0301');
    const skole = find(xs, 'late-reporting', 'skole');
    expect(skole).toMatchObject({ value: 0.4, numerator: 40, denominator: 100, period: P }); // [0.3033, 0.5028]
    expect(judged(skole)).toEqual({ fylke: 'no-clear-difference', gruppe: 'unavailable/not-published', land: 'higher' });
    const helse = find(xs, 'late-reporting', 'helse'); // no reports from health services at all: nothing to say
    expect(helse).toMatchObject({ value: null, status: null, numerator: 0, denominator: 0 });
    expect(judged(helse)).toEqual({ fylke: 'too-few/small', gruppe: 'unavailable/not-published', land: 'too-few/small' });
  });
  it('early: the share of reports concerning 0–5-year-olds with kindergarten among the reporters', () => {
    const ages = Object.fromEntries(['0301', '03', 'NO'].flatMap((u) => years(2022, 2024).flatMap((y) => [[`a|${u}|${y}|0-2`, 20], [`a|${u}|${y}|3-5`, 30]])));
    const data = fakeSiteData({ ...services, ...ages, ...per(`sa|{u}|${P}|barnehage|0-2`, [10, 20, undefined, 30]), ...per(`sa|{u}|${P}|barnehage|3-5`, [20, 30, undefined, null]) });
    const i = find(unitIndicators(data, '0301'), 'early-reporting', 'barnehage');
    expect(i).toMatchObject({ value: 0.2, numerator: 30, denominator: 150, period: P });
    expect(judged(i)).toEqual({ fylke: 'lower', gruppe: 'unavailable/not-published', land: 'unavailable/comparison-hidden' });
  });
});

describe('dropped-share', () => {
  it('overall from the totals, with the peer group (which publishes totals) as a comparison', () => {
    const data = fakeSiteData({ ...per('t|{u}|2024|alle', [100, 100, 100, 100]), ...per('t|{u}|2024|henlagt', [25, 10, null, 25]) });
    const i = find(unitIndicators(data, '0301'), 'dropped-share');
    expect(i).toMatchObject({ value: 0.25, numerator: 25, denominator: 100, year: 2024 });
    expect(judged(i)).toEqual({ fylke: 'higher', gruppe: 'unavailable/comparison-hidden', land: 'no-clear-difference' });
  });
  it('per service group over the latest pooled period', () => {
    const P = '2022-2024';
    const data = fakeSiteData({ ...services, ...per(`so|{u}|${P}|politi|henlagt`, [60, 50, undefined, 44]), ...per(`so|{u}|${P}|politi|undersokt`, [40, 50, undefined, 56]),
      ...per(`so|{u}|${P}|skole|henlagt`, [null, 50, undefined, 44]), ...per(`so|{u}|${P}|skole|undersokt`, [40, 50, undefined, 56]) });
    const xs = unitIndicators(data, '0301');
    expect(find(xs, 'dropped-share', 'politi')).toMatchObject({ value: 0.6, period: P });
    expect(judged(find(xs, 'dropped-share', 'politi'))).toEqual({ fylke: 'no-clear-difference', gruppe: 'unavailable/not-published', land: 'higher' });
    expect(find(xs, 'dropped-share', 'skole')).toMatchObject({ value: null, status: ':' });
  });
});

describe('the set of indicators', () => {
  it('has every id, one per service group where grouped, computed once per unit', () => {
    const data = fakeSiteData(per('t|{u}|2024|alle', [60, 40, 60, 50]));
    const xs = unitIndicators(data, '0301');
    expect(unitIndicators(data, '0301')).toBe(xs);
    expect(new Set(xs.map((i) => i.id))).toEqual(new Set(['level', 'trend', 'service-share', 'early-reporting', 'late-reporting', 'adult-services-share', 'dropped-share']));
    expect(xs.filter((i) => i.id === 'service-share')).toHaveLength(11);
    expect(xs.filter((i) => i.id === 'dropped-share')).toHaveLength(12);
  });
  it('never shows a value whose count is hidden (SDC-4)', () => {
    const data = fakeSiteData({ ...services, ...per('t|{u}|2024|alle', [null, 40, 60, 50]), ...per('s|{u}|2024|skole', [10, 10, undefined, 10]) });
    for (const i of unitIndicators(data, '0301')) if (i.numerator === null || i.denominator === null) expect(i.value, `${i.id} ${i.group}`).toBeNull();
  });
});
