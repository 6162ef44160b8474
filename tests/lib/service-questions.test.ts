import { describe, expect, it } from 'vitest';
import { SERVICE_GROUP_KEYS } from '../../src/lib/codes.ts';
import { LANGS } from '../../src/lib/i18n/dictionaries.ts';
import { serviceQuestions } from '../../src/lib/i18n/messages/service-questions.ts';

describe('discussion questions per service group', () => {
  it('gives every group its own questions and the common ones, as many in every language', () => {
    for (const g of SERVICE_GROUP_KEYS) {
      const counts = LANGS.map((l) => serviceQuestions(g, l).length);
      expect(new Set(counts).size, g).toBe(1);
      expect(counts[0], g).toBeGreaterThanOrEqual(6);
    }
  });

  it('asks questions: each a non-empty sentence ending in a question mark, none repeated within a language', () => {
    for (const l of LANGS) {
      const all = SERVICE_GROUP_KEYS.flatMap((g) => serviceQuestions(g, l));
      for (const q of all) expect(q, q).toMatch(/^\p{Lu}.{20,}\?$/u);
      const own = SERVICE_GROUP_KEYS.flatMap((g) => serviceQuestions(g, l).slice(0, 3));
      expect(new Set(own).size, l).toBe(own.length);
    }
  });

  it('differs between the languages, so no language falls back to another', () => {
    for (const g of SERVICE_GROUP_KEYS) {
      const [nb, nn, en] = LANGS.map((l) => serviceQuestions(g, l));
      nb!.forEach((q, i) => {
        expect(nn![i], `${g} ${i}`).not.toBe(q);
        expect(en![i], `${g} ${i}`).not.toBe(q);
      });
    }
  });

  it('gives a fresh list each call, so a caller cannot change what the next page shows', () => {
    const a = serviceQuestions('skole', 'nb');
    a.push('x');
    expect(serviceQuestions('skole', 'nb')).not.toContain('x');
  });
});
