import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DICTIONARIES, LANGS } from '../../../src/lib/i18n/dictionaries.ts';
import type { Lang } from '../../../src/lib/i18n/format.ts';
import type { Indicator } from '../../../src/lib/indicators/indicator.ts';
import { indicatorSummary, type SummarySentence } from '../../../src/lib/indicators/indicator-summary.ts';
import { unitIndicators } from '../../../src/lib/indicators/unit-indicators.ts';
import { buildDb } from '../../../src/lib/query/build-db.ts';
import { loadSiteData, type SiteData } from '../../../src/lib/views/site-data.ts';
import { unitContext } from '../../../src/lib/views/unit/unit-context.ts';
import { fakeSiteData } from '../../support/fake-site-data.ts';

/** The words that claim a difference or a change, per language: a sentence may use one only when the judgement says so. */
const WORDS: Record<Lang, Record<'higher' | 'lower' | 'rising' | 'falling', RegExp>> = {
  nb: { higher: /høyere/iu, lower: /lavere/iu, rising: /(?<!\p{L})økte(?!\p{L})/iu, falling: /gikk .* ned(?!\p{L})/iu },
  nn: { higher: /høgare/iu, lower: /lågare/iu, rising: /(?<!\p{L})auka(?!\p{L})/iu, falling: /gjekk .* ned(?!\p{L})/iu },
  en: { higher: /higher/iu, lower: /lower/iu, rising: /(?<!\p{L})rose(?!\p{L})/iu, falling: /(?<!\p{L})fell(?!\p{L})/iu },
};
const TARGET_WORDS: Record<Lang, Record<string, string>> = {
  nb: { fylke: 'i fylket', gruppe: 'i sammenlignbare kommuner', land: 'i landet' },
  nn: { fylke: 'i fylket', gruppe: 'i samanliknbare kommunar', land: 'i landet' },
  en: { fylke: 'in the county', gruppe: 'in similar municipalities', land: 'in the country' },
};

const summaryOf = (data: SiteData, unit: string, lang: Lang) => {
  const ctx = unitContext(data, unit, DICTIONARIES[lang], lang);
  const xs = unitIndicators(data, unit);
  return { xs, sentences: indicatorSummary(ctx, ctx.name(ctx.focus), xs) };
};

/** Every sentence claims only what its indicator's judgements say, and its words match its claims. */
function checkHonest(lang: Lang, xs: Indicator[], sentences: SummarySentence[]) {
  const w = WORDS[lang];
  for (const s of sentences) {
    const ind = xs.find((i) => i.id === s.id && i.group === s.group);
    for (const c of s.claims) {
      expect(ind, s.text).toBeDefined();
      expect(ind!.comparisons.find((x) => x.target === c.target)?.judgement, s.text).toBe(c.judgement);
      expect(s.text, s.text).toContain(TARGET_WORDS[lang][c.target]);
    }
    for (const j of ['higher', 'lower'] as const) expect(w[j].test(s.text), `${j}: ${s.text}`).toBe(s.claims.some((c) => c.judgement === j));
    for (const j of ['rising', 'falling'] as const) {
      expect(w[j].test(s.text), `${j}: ${s.text}`).toBe(s.trend === j);
      if (s.trend === j) expect(ind?.trend).toBe(j);
    }
  }
}

describe('the plain-language summary on the published data', () => {
  let data: SiteData;
  beforeAll(async () => { data = await loadSiteData(await buildDb()); });

  for (const lang of LANGS) {
    it(`${lang}: never claims a difference or change the judgement does not support, for every unit`, () => {
      let differences = 0, changes = 0;
      for (const u of data.units) {
        const { xs, sentences } = summaryOf(data, u.unit, lang);
        checkHonest(lang, xs, sentences);
        expect(sentences[0]!.id).toBe('level');
        differences += sentences.filter((s) => s.claims.some((c) => c.judgement === 'higher' || c.judgement === 'lower')).length;
        changes += sentences.filter((s) => s.trend === 'rising' || s.trend === 'falling').length;
      }
      // The data hold both kinds, so the check above has met both kinds of sentence.
      expect(differences).toBeGreaterThan(50);
      expect(changes).toBeGreaterThan(20);
    });
  }
});

describe('the summary on hand-made cases', () => {
  const flat = (n: number) => Object.fromEntries(['03', 'G7', 'NO'].flatMap((u) => [2019, 2020, 2021, 2022, 2023, 2024].map((y) => [`t|${u}|${y}|alle`, n])));
  it('says higher and rising in every language when the numbers support it', () => {
    const counts = { ...flat(40), ...Object.fromEntries([2019, 2020, 2021].map((y) => [`t|0301|${y}|alle`, 40])), ...Object.fromEntries([2022, 2023, 2024].map((y) => [`t|0301|${y}|alle`, 80])) };
    const data = fakeSiteData(counts);
    const nb = summaryOf(data, '0301', 'nb').sentences.map((s) => s.text).join(' ');
    expect(nb).toContain('Oslo hadde 80,0 meldinger per 1 000 barn i 2024');
    expect(nb).toContain('Det er høyere enn i fylket, i sammenlignbare kommuner og i landet.');
    expect(nb).toContain('Fra 2019–2021 til 2022–2024 økte antallet meldinger per barn med 100,0');
    expect(summaryOf(data, '0301', 'en').sentences.map((s) => s.text).join(' ')).toContain('rose by 100.0%');
  });
  it('says a rise from no reports as a rise from none, without a percentage', () => {
    const counts = { ...flat(40), ...Object.fromEntries([2019, 2020, 2021].map((y) => [`t|0301|${y}|alle`, 0])), ...Object.fromEntries([2022, 2023, 2024].map((y) => [`t|0301|${y}|alle`, 10])) };
    const data = fakeSiteData(counts);
    expect(unitIndicators(data, '0301').find((i) => i.id === 'trend')).toMatchObject({ trend: 'rising', numerator: 30, denominator: 0 });
    const texts = Object.fromEntries(LANGS.map((lang) => {
      const { xs, sentences } = summaryOf(data, '0301', lang);
      checkHonest(lang, xs, sentences);
      return [lang, sentences.find((s) => s.id === 'trend')!.text];
    }));
    expect(texts).toEqual({
      nb: 'Fra 2019–2021 til 2022–2024 økte antallet meldinger fra ingen til 30.',
      nn: 'Frå 2019–2021 til 2022–2024 auka talet på meldingar frå ingen til 30.',
      en: 'From 2019–2021 to 2022–2024 the number of reports rose from none to 30.',
    });
  });
  it('says neither higher nor lower, and no change, when the counts are hidden', () => {
    const data = fakeSiteData({ ...flat(40), 't|0301|2024|alle': null, 't|0301|2019|alle': 40 });
    for (const lang of LANGS) {
      const { xs, sentences } = summaryOf(data, '0301', lang);
      checkHonest(lang, xs, sentences);
      expect(sentences.every((s) => s.claims.length === 0)).toBe(true);
    }
  });
  it('holds for any counts, hidden or zero (property)', () => {
    const count = fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 5, max: 400 }));
    const keys = ['0301', '03', 'G7', 'NO'].flatMap((u) => [2019, 2020, 2021, 2022, 2023, 2024].flatMap((y) => [`t|${u}|${y}|alle`, `t|${u}|${y}|henlagt`]))
      .concat(['0301', '03', 'NO'].flatMap((u) => ['barnehage', 'skole', 'voksentjenester', 'politi'].map((g) => `s|${u}|2024|${g}`)));
    fc.assert(fc.property(fc.array(count, { minLength: keys.length, maxLength: keys.length }), fc.constantFrom(...LANGS), (values, lang) => {
      const counts: Record<string, number | null> = Object.fromEntries(keys.map((k, i) => [k, values[i]!]));
      // Keep the parts within their wholes, as in any release: dropped ≤ all, a service's reports ≤ all reports.
      for (const k of keys) {
        const whole = counts[k.startsWith('s|') ? `t|${k.split('|')[1]}|2024|alle` : k.replace('henlagt', 'alle')];
        if (k !== k.replace('henlagt', 'alle') || k.startsWith('s|')) if (counts[k] != null && whole != null) counts[k] = Math.min(counts[k]!, whole);
      }
      const data = fakeSiteData(counts);
      const { xs, sentences } = summaryOf(data, '0301', lang);
      checkHonest(lang, xs, sentences);
    }), { numRuns: 300 });
  });
});
