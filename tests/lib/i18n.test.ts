import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DICTIONARIES, LANGS } from '../../src/lib/i18n/dictionaries.ts';
import { fill, formatNumber } from '../../src/lib/i18n/format.ts';
import { nb } from '../../src/lib/i18n/nb.ts';
import { SERVICE_GROUP_KEYS } from '../../src/lib/codes.ts';

const keys = Object.keys(nb);
const dictionarySchema = z.strictObject(Object.fromEntries(keys.map((k) => [k, z.string().trim().min(1)])));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  for (const lang of LANGS) {
    it(`${lang} has exactly the keys of nb, each a non-empty string`, () => {
      expect(() => dictionarySchema.parse(DICTIONARIES[lang])).not.toThrow();
    });
    it(`${lang} keeps every placeholder of nb`, () => {
      for (const k of keys) expect(placeholders(DICTIONARIES[lang][k as keyof typeof nb]), k).toEqual(placeholders(nb[k as keyof typeof nb]));
    });
  }
  it('names every service group in every language', () => {
    for (const lang of LANGS) for (const g of SERVICE_GROUP_KEYS) expect(DICTIONARIES[lang][`service.${g}` as keyof typeof nb]).toBeTruthy();
  });
  it('catches a dictionary that misses a key', () => {
    const { ['site.name']: _, ...missing } = nb;
    expect(() => dictionarySchema.parse(missing)).toThrow();
  });
});

describe('number formats', () => {
  it('uses a space as thousands separator and a decimal comma in Norwegian', () => {
    expect(formatNumber(54396, 'nb').replace(/\s/g, ' ')).toBe('54 396');
    expect(formatNumber(50.8, 'nn', 1)).toBe('50,8');
  });
  it('uses a comma separator and a decimal point in English', () => {
    expect(formatNumber(54396.25, 'en', 1)).toBe('54,396.3');
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} og {b}', { a: 1 })).toBe('1 og {b}');
  });
});
