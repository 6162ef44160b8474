/**
 * The explorer's whole state, as it lives in the URL's query string: which units, years, service groups and age groups
 * are chosen, and the outcome. Parsing validates every value against the code lists (zod/mini, small enough for the
 * page) and rejects a parameter with any bad value as a whole, so a mistyped shared link shows a clear default, not a
 * silently narrower view.
 */
import * as z from 'zod/mini';
import { AGE_GROUPS, OUTCOMES, SERVICE_GROUP_KEYS, YEARS, type AgeGroup, type ServiceGroup } from '../codes.ts';

export const EXPLORER_OUTCOMES = ['alle', ...OUTCOMES] as const;
export type ExplorerOutcome = (typeof EXPLORER_OUTCOMES)[number];

/** Empty lists mean "no filter": every year, every group, and the whole country when no unit is chosen. */
export interface ExplorerState {
  units: string[];
  years: number[];
  services: ServiceGroup[];
  ages: AgeGroup[];
  outcome: ExplorerOutcome;
  /** A range of years, first and last included (brushed on the year chart); the chosen years, if any, lie inside it. */
  range: readonly [number, number] | null;
}

export const EMPTY_STATE: ExplorerState = { units: [], years: [], services: [], ages: [], outcome: 'alle', range: null };
export type ListKey = 'units' | 'years' | 'services' | 'ages';
export const PARAMS = ['units', 'years', 'services', 'ages', 'outcome', 'range'] as const;

const UNIT = /^(\d{2}|\d{4}|G\d)$/;
const years = z.array(z.pipe(z.string().check(z.regex(/^\d{4}$/)), z.transform(Number)).check(z.refine((y) => YEARS.includes(y))));
const services = z.array(z.enum(SERVICE_GROUP_KEYS as [ServiceGroup, ...ServiceGroup[]]));
const ages = z.array(z.enum(AGE_GROUPS));
const outcome = z.enum(EXPLORER_OUTCOMES);
const range = z.pipe(z.string().check(z.regex(/^\d{4}-\d{4}$/)), z.transform((v) => v.split('-').map(Number) as [number, number]))
  .check(z.refine(([a, b]) => YEARS.includes(a) && YEARS.includes(b) && a <= b));

/** The years a filter lets through: the chosen years, else every year of the range, else none (no filter). */
export function effectiveYears(s: Pick<ExplorerState, 'years' | 'range'>): number[] {
  if (s.years.length || !s.range) return [...s.years];
  return YEARS.filter((y) => y >= s.range![0] && y <= s.range![1]);
}

/** The state with its range dropped when a chosen year lies outside it: a year picked outright wins over a brushed range. */
export function keepRangeConsistent(s: ExplorerState): ExplorerState {
  return s.range && s.years.some((y) => y < s.range![0] || y > s.range![1]) ? { ...s, range: null } : s;
}

/** The state with a range of years chosen: the chosen years outside it are let go. */
export function chooseRange(s: ExplorerState, from: number, to: number): ExplorerState {
  const [a, b] = from <= to ? [from, to] : [to, from];
  return { ...s, range: [a, b], years: s.years.filter((y) => y >= a && y <= b) };
}

const order = <T>(list: readonly T[]) => (a: T, b: T) => list.indexOf(a) - list.indexOf(b);
const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** The state in a query string, and the names of the parameters that were rejected. `knownUnits` are the published unit codes. */
export function parseExplorerState(search: string, knownUnits: ReadonlySet<string>): { state: ExplorerState; rejected: string[] } {
  const params = new URLSearchParams(search);
  const state: ExplorerState = { ...EMPTY_STATE };
  const rejected: string[] = [];
  // Commas from a shared link, repeated parameters from the form submitted without JavaScript.
  const list = (name: string) => params.getAll(name).flatMap((v) => v.split(',')).filter((v) => v !== '');
  const take = <T>(name: (typeof PARAMS)[number], schema: z.ZodMiniType<T>, set: (v: T) => void) => {
    if (!params.has(name)) return;
    const parsed = schema.safeParse(name === 'outcome' || name === 'range' ? params.get(name) : list(name));
    if (parsed.success) set(parsed.data);
    else rejected.push(name);
  };
  const units = z.array(z.string().check(z.regex(UNIT), z.refine((u) => knownUnits.has(u))));
  take('units', units, (v) => { state.units = unique(v).sort(); });
  take('years', years, (v) => { state.years = unique(v).sort((a, b) => a - b); });
  take('services', services, (v) => { state.services = unique(v).sort(order(SERVICE_GROUP_KEYS)); });
  take('ages', ages, (v) => { state.ages = unique(v).sort(order(AGE_GROUPS)); });
  take('outcome', outcome, (v) => { state.outcome = v; });
  take('range', range, (v) => { state.range = v; });
  return { state: keepRangeConsistent(state), rejected };
}

/** The canonical query string of a state (with its leading `?`, or '' for the empty state): defaults left out, values in code-list order. */
export function serialiseExplorerState(s: ExplorerState): string {
  const params = new URLSearchParams();
  if (s.units.length) params.set('units', [...s.units].sort().join(','));
  if (s.years.length) params.set('years', [...s.years].sort((a, b) => a - b).join(','));
  if (s.services.length) params.set('services', [...s.services].sort(order(SERVICE_GROUP_KEYS)).join(','));
  if (s.ages.length) params.set('ages', [...s.ages].sort(order(AGE_GROUPS)).join(','));
  if (s.outcome !== 'alle') params.set('outcome', s.outcome);
  if (s.range) params.set('range', `${s.range[0]}-${s.range[1]}`);
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/** The state with one value added to a list filter, or removed if it was there (a bar click or a chip's remove button); a year outside the range drops the range. */
export function toggleValue(s: ExplorerState, key: ListKey, value: string | number): ExplorerState {
  // With a range and no single years, every year of the range counts as chosen, so a toggle starts from those.
  const list = (key === 'years' ? effectiveYears(s) : s[key]) as (string | number)[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  const { state } = parseExplorerState(serialiseExplorerState(keepRangeConsistent({ ...s, [key]: next })), new Set(key === 'units' ? next.map(String) : s.units));
  return state;
}
