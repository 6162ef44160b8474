import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVICE_GROUP_KEYS } from '../../src/lib/codes.ts';
import { serviceQuestions } from '../../src/lib/i18n/messages/service-questions.ts';
import { requireBuiltSite } from '../support/built-site.ts';

const dist = requireBuiltSite();
const LANGS = [['nb', ''], ['nn', 'nn/'], ['en', 'en/']] as const;
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

describe('the built service pages', () => {
  it('have a page for every service group in every language: six charts, each with its table, summary, label and a download that exists', () => {
    for (const [lang, prefix] of LANGS)
      for (const g of SERVICE_GROUP_KEYS) {
        const file = join(dist, prefix, 'tjeneste', g, 'index.html');
        const html = readFileSync(file, 'utf8');
        expect(html, file).toContain(`<html lang="${lang}"`);
        const figures = html.split('<figure class="chart"').slice(1).map((f) => f.split('</figure>')[0]!);
        expect(figures.length, file).toBe(6);
        for (const f of figures) {
          expect(count(f, /<svg[^>]*\brole="img"[^>]*aria-label="[^"]+"/g), file).toBe(1);
          expect(count(f, /<caption>/g), file).toBe(1);
          expect(f, file).toMatch(/<p class="summary">[^<]+/);
          expect(f, file).toContain('class="badge"');
          const href = f.match(/<a href="([^"]+\.csv)" download/)?.[1];
          expect(href && existsSync(join(dist, href)), `${file}: ${href}`).toBe(true);
        }
        expect(count(html, /<li>[^<]+\?<\/li>/g), file).toBe(serviceQuestions(g, lang).length);
      }
  });

  it('never show a hidden count as a number: every ":" in a table carries its explanation', () => {
    for (const g of SERVICE_GROUP_KEYS) {
      const html = readFileSync(join(dist, 'tjeneste', g, 'index.html'), 'utf8');
      const symbols = count(html, /<abbr class="symbol"/g);
      expect(symbols, g).toBeGreaterThan(0);
      expect(count(html, /<abbr class="symbol" title="skjult[^"]*">:<\/abbr><span class="visually-hidden">skjult/g), g).toBe(symbols);
    }
  });

  it('label every CSV row synthetic and keep ":" for hidden cells, never an empty or zero stand-in', () => {
    for (const g of SERVICE_GROUP_KEYS) {
      const lines = readFileSync(join(dist, 'nedlasting/tjeneste/en', g, 'kommuner.csv'), 'utf8').trim().split('\r\n');
      expect(lines[0], g).toMatch(/,Synthetic data$/);
      expect(lines.slice(1).every((l) => l.endsWith(',yes')), g).toBe(true);
      expect(lines.slice(1).some((l) => l.includes(',:,')), g).toBe(true);
      expect(lines.slice(1).some((l) => l.includes(',,')), g).toBe(false);
    }
  });
});
