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
}

export const EMPTY_STATE: ExplorerState = { units: [], years: [], services: [], ages: [], outcome: 'alle' };
export type ListKey = 'units' | 'years' | 'services' | 'ages';
export const PARAMS = ['units', 'years', 'services', 'ages', 'outcome'] as const;

const UNIT = /^(\d{2}|\d{4}|G\d)$/;
const years = z.array(z.pipe(z.string().check(z.regex(/^\d{4}$/)), z.transform(Number)).check(z.refine((y) => YEARS.includes(y))));
const services = z.array(z.enum(SERVICE_GROUP_KEYS as [ServiceGroup, ...ServiceGroup[]]));
const ages = z.array(z.enum(AGE_GROUPS));
const outcome = z.enum(EXPLORER_OUTCOMES);

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
    const parsed = schema.safeParse(name === 'outcome' ? params.get(name) : list(name));
    if (parsed.success) set(parsed.data);
    else rejected.push(name);
  };
  const units = z.array(z.string().check(z.regex(UNIT), z.refine((u) => knownUnits.has(u))));
  take('units', units, (v) => { state.units = unique(v).sort(); });
  take('years', years, (v) => { state.years = unique(v).sort((a, b) => a - b); });
  take('services', services, (v) => { state.services = unique(v).sort(order(SERVICE_GROUP_KEYS)); });
  take('ages', ages, (v) => { state.ages = unique(v).sort(order(AGE_GROUPS)); });
  take('outcome', outcome, (v) => { state.outcome = v; });
  return { state, rejected };
}

/** The canonical query string of a state (with its leading `?`, or '' for the empty state): defaults left out, values in code-list order. */
export function serialiseExplorerState(s: ExplorerState): string {
  const params = new URLSearchParams();
  if (s.units.length) params.set('units', [...s.units].sort().join(','));
  if (s.years.length) params.set('years', [...s.years].sort((a, b) => a - b).join(','));
  if (s.services.length) params.set('services', [...s.services].sort(order(SERVICE_GROUP_KEYS)).join(','));
  if (s.ages.length) params.set('ages', [...s.ages].sort(order(AGE_GROUPS)).join(','));
  if (s.outcome !== 'alle') params.set('outcome', s.outcome);
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/** The state with one value added to a list filter, or removed if it was there (a bar click or a chip's remove button). */
export function toggleValue(s: ExplorerState, key: ListKey, value: string | number): ExplorerState {
  const list = s[key] as (string | number)[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  const { state } = parseExplorerState(serialiseExplorerState({ ...s, [key]: next }), new Set(key === 'units' ? next.map(String) : s.units));
  return state;
}
