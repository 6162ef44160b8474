import { SERVICE_GROUP_KEYS, type ServiceGroup } from '../codes.ts';

/** How an agreed level is stated: reports per 1,000 children 0–17, or a share (in %) of all reports. */
export const MEASURES = ['rate', 'share'] as const;
export type Measure = (typeof MEASURES)[number];

/** What kind of local event: a cooperation forum started, a training given, a routine changed, or something else. */
export const EVENT_KINDS = ['forum', 'training', 'routine', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The level a municipality considers right for one service group. */
export interface AgreedLevel { group: ServiceGroup; measure: Measure; value: number; note?: string | undefined }

/** Something the municipality did, placed in time so its before and after can be compared. */
export interface LocalEvent { year: number; date?: string | undefined; label: string; kind: EventKind }

/** One municipality's agreed levels and events. `example` marks invented example entries (shown as such). */
export interface LocalPlan { levels: AgreedLevel[]; events: LocalEvent[]; example: boolean }

export const EMPTY_PLAN: LocalPlan = { levels: [], events: [], example: false };
export const GROUPS: readonly ServiceGroup[] = SERVICE_GROUP_KEYS;

/** The earliest and latest year an event may have (the data start in 2015; plans may look a little ahead). */
export const EVENT_YEARS = { min: 2000, max: 2035 } as const;
export const LIMITS = { label: 80, note: 200, events: 12, rate: 1000, share: 100 } as const;

/**
 * The plan a view shows: the levels and events in the URL (entered during a meeting) over the file's, a URL level
 * replacing the file's for the same service group, the URL's events added to the file's.
 */
export function mergePlans(file: LocalPlan, url: Partial<LocalPlan>): LocalPlan {
  const urlLevels = url.levels ?? [];
  const levels = [...file.levels.filter((l) => !urlLevels.some((u) => u.group === l.group)), ...urlLevels];
  const key = (e: LocalEvent) => `${e.year}|${e.label}`;
  const events = [...file.events, ...(url.events ?? []).filter((e) => !file.events.some((f) => key(f) === key(e)))];
  levels.sort((a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group));
  events.sort((a, b) => a.year - b.year || (a.date ?? '').localeCompare(b.date ?? ''));
  return { levels, events, example: file.example };
}
