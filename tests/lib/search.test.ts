import { describe, expect, it } from 'vitest';
import { foldName, matchMunicipality } from '../../src/lib/search/match-municipality.ts';
import { oldCodePages, oldCodeRedirect } from '../../src/lib/search/old-code-pages.ts';
import { searchIndex, type UnitRow } from '../../src/lib/search/search-index.ts';

// A few rows shaped like the published units table (names and codes as in data/reference, 2024 structure).
const kommune = (unit: string, name: string, fylke: string, old: string | null, official: string | null = null): UnitRow =>
  ({ level: 'kommune', unit, name, name_official: official, old_codes: old, fylkesnummer: fylke });
const UNITS: UnitRow[] = [
  { level: 'land', unit: 'NO', name: 'Norge', name_official: null, old_codes: null, fylkesnummer: null },
  { level: 'fylke', unit: '18', name: 'Nordland', name_official: null, old_codes: null, fylkesnummer: '18' },
  { level: 'fylke', unit: '31', name: 'Østfold', name_official: null, old_codes: null, fylkesnummer: '31' },
  { level: 'fylke', unit: '46', name: 'Vestland', name_official: null, old_codes: null, fylkesnummer: '46' },
  { level: 'fylke', unit: '55', name: 'Troms', name_official: null, old_codes: null, fylkesnummer: '55' },
  { level: 'fylke', unit: '56', name: 'Finnmark', name_official: null, old_codes: null, fylkesnummer: '56' },
  kommune('0301', 'Oslo - Oslove', '03', null, 'Oslo'),
  kommune('1806', 'Narvik', '18', '1805|1850|1854'),
  kommune('1875', 'Hábmer - Hamarøy', '18', '1849|1850'),
  kommune('3101', 'Halden', '31', '0101|3001'),
  kommune('3103', 'Moss', '31', '0104|0136|3002'),
  kommune('4601', 'Bergen', '46', '1201'),
  kommune('5501', 'Tromsø', '55', '1902|5401'),
  kommune('5612', 'Guovdageaidnu - Kautokeino', '56', '2011|5430'),
  kommune('5622', 'Porsanger - Porsáŋgu - Porsanki', '56', '2020|5435'),
  kommune('3214', 'Frogn', '32', '0215|3022'),
  kommune('3218', 'Ås', '32', '0214|3021'),
  kommune('1824', 'Vefsn', '18', null),
  kommune('3205', 'Lillestrøm', '32', '0226|0227|0228|3030'),
];
const index = searchIndex(UNITS);
const units = (q: string) => matchMunicipality(index, q).matches.map((m) => m.entry.unit);

describe('the search index', () => {
  it('holds every municipality once, with its county and old codes, and nothing else', () => {
    expect(index).toHaveLength(13);
    expect(index.find((e) => e.unit === '4601')).toEqual({ unit: '4601', name: 'Bergen', official: null, county: 'Vestland', oldCodes: ['1201'] });
    expect(index.find((e) => e.unit === '0301')?.official).toBe('Oslo');
  });
});

describe('matchMunicipality', () => {
  it('finds a municipality by the start of its name, ignoring case', () => {
    expect(units('bergen')).toEqual(['4601']);
    expect(units('BER')).toEqual(['4601']);
  });
  it('finds Sami and Kven forms, with or without their accents', () => {
    expect(units('Guovda')).toEqual(['5612']);
    expect(units('kautokeino')).toEqual(['5612']);
    expect(units('Porsáŋgu')).toEqual(['5622']);
    expect(units('porsangu')).toEqual(['5622']);
    expect(units('Porsanki')).toEqual(['5622']);
    expect(units('Hamarøy')).toEqual(['1875']);
  });
  it('keeps æ, ø and å distinct from a and o, and still finds Tromsø from "Tromso"', () => {
    expect(foldName('Tromsø')).toBe('tromsø');
    expect(units('ås')).toEqual(['3218']);
    expect(units('tromsø')).toEqual(['5501']);
    expect(units('Tromso')).toEqual(['5501']);
    expect(units('Lillestrom')).toEqual(['3205']);
  });
  it('ranks a name that starts with the query before one that only contains it', () => {
    expect(units('os')).toEqual(['0301', '3103']);
  });
  it('finds a municipality by its current code and by earlier codes', () => {
    expect(units('4601')).toEqual(['4601']);
    expect(units('1201')).toEqual(['4601']);
    expect(matchMunicipality(index, '1201').matches[0]?.oldCode).toBe('1201');
    expect(units('0101')).toEqual(['3101']);
    expect(units('5430')).toEqual(['5612']);
  });
  it('lists every successor of a split code', () => {
    const r = matchMunicipality(index, '1850');
    expect(r.total).toBe(2);
    expect(r.matches.map((m) => [m.entry.unit, m.oldCode])).toEqual([['1875', '1850'], ['1806', '1850']]);
  });
  it('needs two digits for a code and finds nothing for an unknown name or an empty query', () => {
    expect(units('4')).toEqual([]);
    expect(units('Atlantis')).toEqual([]);
    expect(units('   ')).toEqual([]);
    expect(matchMunicipality(index, 'zzz')).toEqual({ matches: [], total: 0 });
  });
  it('treats markup, regular-expression characters and very long input as plain text', () => {
    for (const q of ['<img src=x onerror=alert(1)>', '.*', '(', '[', '\\', "'; DROP TABLE units; --", 'a'.repeat(10_000)])
      expect(() => matchMunicipality(index, q)).not.toThrow();
    expect(units('<script>')).toEqual([]);
    expect(units('.*')).toEqual([]);
  });
  it('caps the list but counts every match', () => {
    const r = matchMunicipality(index, 'o', 2);
    expect(r.matches).toHaveLength(2);
    expect(r.total).toBeGreaterThan(2);
  });
});

describe('old-code pages', () => {
  const pages = oldCodePages(UNITS);
  it('has one page per old code, sending a merged code to its one successor', () => {
    const bergen = pages.find((p) => p.code === '1201')!;
    expect(bergen.targets).toEqual([{ unit: '4601', name: 'Bergen' }]);
    expect(oldCodeRedirect(bergen, 'nb')).toBe('/kommune/4601/');
    expect(oldCodeRedirect(bergen, 'en')).toBe('/en/kommune/4601/');
  });
  it('lists every successor of a split code and does not redirect', () => {
    const tysfjord = pages.find((p) => p.code === '1850')!;
    expect(tysfjord.targets.map((t) => t.unit)).toEqual(['1806', '1875']);
    expect(oldCodeRedirect(tysfjord, 'nb')).toBeUndefined();
  });
  it('leaves out codes that are in use today', () => {
    const withReuse = [...UNITS, kommune('1201', 'Ny kommune', '46', null)];
    expect(oldCodePages(withReuse).some((p) => p.code === '1201')).toBe(false);
    expect(new Set(pages.map((p) => p.code)).size).toBe(pages.length);
  });
});
