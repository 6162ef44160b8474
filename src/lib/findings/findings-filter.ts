/** The findings table's filters: one query parameter each, matched against the row's `data-<key>` attribute. */
export const FILTER_KEYS = ['year', 'county', 'municipality', 'theme', 'type', 'status', 'origin'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FindingsFilter = Partial<Record<FilterKey, string>>;

/** The filter in a query string, keeping only values the form offers (anything else is ignored, as the form would). */
export function readFilter(params: URLSearchParams, allowed: (key: FilterKey, value: string) => boolean): FindingsFilter {
  const out: FindingsFilter = {};
  for (const key of FILTER_KEYS) {
    const v = params.get(key);
    if (v && allowed(key, v)) out[key] = v;
  }
  return out;
}

/** Whether a row with these values passes every chosen filter. */
export function rowMatches(row: Partial<Record<FilterKey, string>>, filter: FindingsFilter): boolean {
  return FILTER_KEYS.every((k) => !filter[k] || row[k] === filter[k]);
}

/** The query string of a filter (chosen filters only, in key order), '' when none. */
export function filterQuery(filter: FindingsFilter): string {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (filter[k]) p.set(k, filter[k]);
  const s = p.toString();
  return s ? `?${s}` : '';
}
