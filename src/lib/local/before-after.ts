import { SERVICE_GROUP_KEYS, type ServiceGroup } from '../codes.ts';
import { beforeAfterRatio } from '../stats/before-after-ratio.ts';
import type { LocalEvent } from './local-plan.ts';
import { sumYears, type MunicipalSeries } from './municipal-series.ts';

/** Years compared on each side of an event; the event's own year belongs to neither. */
export const WINDOW = 3;

export interface Side { time: string; count: number | null; base: number | null; value: number | null }
export interface Comparison { before: Side; after: Side; result: ReturnType<typeof beforeAfterRatio> }
export interface BeforeAfter { event: LocalEvent; rate: Comparison; services: (Comparison & { group: ServiceGroup })[] }

const span = (years: number[]) => (years.length ? (years.length === 1 ? String(years[0]) : `${years[0]}–${years.at(-1)}`) : '–');

function side(time: string, count: number | null, base: number | null, per: number): Side {
  return { time, count, base, value: count === null || !base ? null : (count * per) / base };
}
function compare(before: Side, after: Side): Comparison {
  return { before, after, result: beforeAfterRatio({ before: before.count, beforeBase: before.base ?? 0, after: after.count, afterBase: after.base ?? 0 }) };
}

/**
 * Before and after an event: the rate per 1,000 children over up to three years each side, and each service group's
 * share of reports over the same years, or, where a year's count is hidden, over the pooled periods wholly before and
 * wholly after the event (never a sum with a hidden part).
 */
export function beforeAfter(s: MunicipalSeries, event: LocalEvent): BeforeAfter {
  const beforeYears = s.years.filter((y) => y < event.year && y >= event.year - WINDOW);
  const afterYears = s.years.filter((y) => y > event.year && y <= event.year + WINDOW);
  const rate = compare(
    side(span(beforeYears), sumYears(s, s.reports, beforeYears), sumYears(s, s.children, beforeYears), 1000),
    side(span(afterYears), sumYears(s, s.reports, afterYears), sumYears(s, s.children, afterYears), 1000),
  );
  const pBefore = [...s.periods].reverse().find((p) => p.years.every((y) => y < event.year));
  const pAfter = s.periods.find((p) => p.years.every((y) => y > event.year));
  const services = SERVICE_GROUP_KEYS.map((group) => {
    const yb = sumYears(s, s.services[group], beforeYears), ya = sumYears(s, s.services[group], afterYears);
    const rb = sumYears(s, s.reports, beforeYears), ra = sumYears(s, s.reports, afterYears);
    const yearly = yb !== null && ya !== null && rb !== null && ra !== null;
    const cmp = yearly
      ? compare(side(span(beforeYears), yb, rb, 100), side(span(afterYears), ya, ra, 100))
      : compare(side(pBefore?.key ?? '–', pBefore?.services[group] ?? null, pBefore?.reports ?? null, 100),
        side(pAfter?.key ?? '–', pAfter?.services[group] ?? null, pAfter?.reports ?? null, 100));
    return { group, ...cmp };
  });
  return { event, rate, services };
}
