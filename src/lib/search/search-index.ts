/** One municipality in the search index the type-ahead fetches: current code, names, county and earlier codes. */
export interface SearchEntry {
  unit: string;
  name: string;
  /** Kartverket's official form (Sami, Kven or multilingual) when it differs from `name`. */
  official: string | null;
  county: string;
  oldCodes: string[];
}

/** The columns of the published `units` table the index needs. */
export interface UnitRow {
  level: string;
  unit: string;
  name: string;
  name_official: string | null;
  old_codes: string | null;
  fylkesnummer: string | null;
}

/** Split the `|`-separated old_codes column; null or empty gives none. */
export function splitOldCodes(column: string | null): string[] {
  return column ? column.split('|').map((c) => c.trim()).filter((c) => c !== '') : [];
}

/** The search index of every municipality, sorted by code, built from the published units table. */
export function searchIndex(units: readonly UnitRow[]): SearchEntry[] {
  const counties = new Map(units.filter((u) => u.level === 'fylke').map((u) => [u.unit, u.name]));
  return units
    .filter((u) => u.level === 'kommune')
    .map((u) => ({
      unit: u.unit,
      name: u.name,
      official: u.name_official && u.name_official !== u.name ? u.name_official : null,
      county: (u.fylkesnummer && counties.get(u.fylkesnummer)) || '',
      oldCodes: splitOldCodes(u.old_codes),
    }))
    .sort((a, b) => a.unit.localeCompare(b.unit));
}
