import { AGE_GROUPS } from '../lib/codes.ts';
import type { GeneratorSettings } from './generator-settings.ts';
import type { Reference } from './reference.ts';

/**
 * Which reporting codes take their age profile from which row of SSB's 2009–2010 table "new children with measures,
 * by age and who raised the case". The old table has fewer, differently named rows: adult services (NAV 6, adult
 * mental health 14, substance services 17) borrow the profile of the social office row, family counselling (16) and
 * other public bodies (22) share "Andre offentlege instansar", anonymous (23) borrows "Andre".
 */
const PROFILE_OF: [RegExp, number[]][] = [
  [/^barnet sj/i, [1]],
  [/^mor\/far/i, [2]],
  [/^familie for/i, [3]],
  [/^naboa?e?r$/i, [4]],
  [/^barnevernstenesta$/i, [5]],
  [/^sosialkontor/i, [6, 14, 17]],
  [/^barnevernsvakt$/i, [7]],
  [/^politi/i, [8]],
  [/^barnehage$/i, [9]],
  [/^helsestasjon/i, [10]],
  [/^skule$/i, [11]],
  [/^pedagogisk/i, [12]],
  [/^psykisk helsevern/i, [13]],
  [/^lege/i, [15]],
  [/^andre offentlege/i, [16, 22]],
  [/^krisesenter$/i, [18]],
  [/^asylmottak/i, [19]],
  [/^utekontakt/i, [20]],
  [/^frivillige/i, [21]],
  [/^andre$/i, [23]],
];
const IGNORED = /^(i alt|uoppgitt)$/i;

/**
 * The seed for the national reporter × age structure: one row per reporting code (in `codes` order), one column per
 * AGE_GROUPS entry, summed over 2009 and 2010. The old "18+ og uoppgitt" column seeds both 18-22 and uoppgitt.
 * Cells listed in settings.structure.structural_zeros are set to zero (e.g. no school reports about children 0–2).
 */
export function serviceAgeSeed(ref: Reference, settings: GeneratorSettings, codes: readonly number[]): number[][] {
  const byCode = new Map<number, number[]>(codes.map((c) => [c, AGE_GROUPS.map(() => 0)]));
  const column = { '0-2': [0], '3-5': [1], '6-12': [2], '13-17': [3], '18+': [4, 5], alle: [] } as const;
  for (const cell of ref.serviceAgeSeed) {
    if (IGNORED.test(cell.label)) continue;
    const match = PROFILE_OF.find(([re]) => re.test(cell.label));
    if (!match) throw new Error(`service-age seed: no reporting code mapped to the 2009–2010 row "${cell.label}"`);
    for (const c of match[1]) {
      const row = byCode.get(c);
      if (!row) continue;
      for (const j of column[cell.age]) row[j]! += cell.value;
    }
  }
  for (const z of settings.structure.structural_zeros) {
    const row = byCode.get(z.code);
    if (row) row[AGE_GROUPS.indexOf(z.age)] = 0;
  }
  return codes.map((c) => {
    const row = byCode.get(c)!;
    if (row.every((x) => x === 0)) throw new Error(`service-age seed: reporting code ${c} has no age profile`);
    return row;
  });
}
