/**
 * Agreed levels and events entered during a meeting, kept in the page's query string so the view can be shared and
 * reopened: `niva=<group>_<rate|share>_<value>` and `hendelse=<year or yyyy-mm-dd>_<kind>_<label>`, each repeated.
 * zod/mini (small enough for the page); a parameter with any bad value is rejected whole and named, never half-read.
 */
import * as z from 'zod/mini';
import type { ServiceGroup } from '../codes.ts';
import { EVENT_KINDS, EVENT_YEARS, GROUPS, LIMITS, MEASURES, type AgreedLevel, type LocalEvent } from './local-plan.ts';
import { URL_PARAMS } from './url-params.ts';

export { URL_PARAMS };
export interface UrlPlan { levels: AgreedLevel[]; events: LocalEvent[] }

const decimal = z.pipe(z.string().check(z.regex(/^\d{1,4}(\.\d{1,2})?$/)), z.transform(Number));
const level = z.pipe(
  z.tuple([z.enum(GROUPS as [ServiceGroup, ...ServiceGroup[]]), z.enum(MEASURES), decimal]),
  z.transform(([group, measure, value]): AgreedLevel => ({ group, measure, value })),
).check(z.refine((l) => l.value <= (l.measure === 'rate' ? LIMITS.rate : LIMITS.share)));
const when = z.string().check(z.regex(/^\d{4}(-\d{2}-\d{2})?$/), z.refine((s) => s.length === 4 || !Number.isNaN(Date.parse(`${s}T00:00:00Z`))));
const event = z.pipe(
  z.tuple([when, z.enum(EVENT_KINDS), z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.label))]),
  z.transform(([w, kind, label]): LocalEvent => ({ year: Number(w.slice(0, 4)), ...(w.length > 4 ? { date: w } : {}), label, kind })),
).check(z.refine((e) => e.year >= EVENT_YEARS.min && e.year <= EVENT_YEARS.max));

/** Split at the first two underscores: the label of an event may hold more. */
const parts = (v: string) => {
  const a = v.indexOf('_'), b = v.indexOf('_', a + 1);
  return a < 0 || b < 0 ? [v] : [v.slice(0, a), v.slice(a + 1, b), v.slice(b + 1)];
};

/** The plan in a query string, and the names of the parameters that were rejected (each as a whole). */
export function parseUrlPlan(search: string): { plan: UrlPlan; rejected: string[] } {
  const params = new URLSearchParams(search);
  const rejected: string[] = [];
  const read = <T>(name: string, schema: z.ZodMiniType<T>, max: number): T[] => {
    const values = params.getAll(name);
    const parsed = z.array(schema).check(z.maxLength(max)).safeParse(values.map(parts));
    if (parsed.success) return parsed.data;
    rejected.push(name);
    return [];
  };
  const levels = read(URL_PARAMS.levels, level, GROUPS.length);
  if (new Set(levels.map((l) => l.group)).size !== levels.length) {
    rejected.push(URL_PARAMS.levels);
    levels.length = 0;
  }
  const events = read(URL_PARAMS.events, event, LIMITS.events);
  return { plan: { levels, events }, rejected };
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/** The query string of a plan (with `?`, or '' when empty), levels in service-group order; other parameters kept. */
export function serialiseUrlPlan(plan: UrlPlan, keep = ''): string {
  const params = new URLSearchParams(keep);
  params.delete(URL_PARAMS.levels);
  params.delete(URL_PARAMS.events);
  [...plan.levels].sort((a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group))
    .forEach((l) => params.append(URL_PARAMS.levels, `${l.group}_${l.measure}_${num(l.value)}`));
  plan.events.forEach((e) => params.append(URL_PARAMS.events, `${e.date ?? e.year}_${e.kind}_${e.label.trim()}`));
  const text = params.toString();
  return text ? `?${text}` : '';
}
