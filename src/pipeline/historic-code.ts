import type { CodeChange } from './reference.ts';

/**
 * The code a 2024 municipality had in `year`, following kommune_endringer.csv back through 2024 and 2020, or null when
 * the municipality was formed by a merger or a split (no single predecessor). Before 2020 this is the 2019 code:
 * earlier changes (e.g. Trøndelag's renumbering in 2018) are not in the reference data.
 */
export function historicCode(kommunenummer: string, year: number, changes: readonly CodeChange[]): string | null {
  let code = kommunenummer;
  for (const boundary of [2024, 2020]) {
    if (year >= boundary) break;
    const links = changes.filter((c) => c.valid_from_year === boundary && c.to === code);
    if (links.length === 0) continue; // not in the change table: the code was unchanged
    if (links.length !== 1) return null;
    const link = links[0]!;
    if (link.change !== 'uendret' && link.change !== 'nytt_nummer') return null;
    if (changes.some((c) => c.valid_from_year === boundary && c.from === link.from && c.to !== code)) return null;
    code = link.from;
  }
  return code;
}
