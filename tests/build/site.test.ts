import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArrow } from '../support/read-release.ts';
import { requireBuiltSite } from '../support/built-site.ts';

const dist = requireBuiltSite();
const units = readArrow(process.env.MB_DATA_DIR ?? 'public/data', 'units');
const kommuner = units.filter((u) => u.level === 'kommune').map((u) => u.unit as string);
const fylker = units.filter((u) => u.level === 'fylke').map((u) => u.unit as string);
const LANGS = [['nb', ''], ['nn', 'nn/'], ['en', 'en/']] as const;
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

/** The checks every unit page must pass: its charts, each with an SVG, a table with caption and headers, a summary, a download that exists, and the synthetic label. */
function checkUnitPage(file: string, lang: string, charts: number) {
  const html = readFileSync(file, 'utf8');
  expect(html, file).toContain(`<html lang="${lang}"`);
  const figures = html.split('<figure class="chart"').slice(1).map((f) => f.split('</figure>')[0]!);
  expect(figures.length, file).toBe(charts);
  for (const f of figures) {
    expect(count(f, /<svg[^>]*\brole="img"[^>]*>/g), file).toBe(1);
    expect(f.match(/<svg[^>]*>/)?.[0], file).toMatch(/aria-label="[^"]+"/);
    expect(count(f, /<caption>/g), file).toBe(1);
    expect(count(f, /<th scope="col"/g), file).toBeGreaterThan(1);
    expect(f, file).toMatch(/<p class="summary">[^<]+/);
    const href = f.match(/<a href="([^"]+\.csv)" download/)?.[1];
    expect(href && existsSync(join(dist, href)), `${file}: ${href}`).toBe(true);
    expect(f, file).toContain('class="badge"');
  }
  expect(count(html, /class="synthetic-note[ "]/g), file).toBe(1);
}

describe('the built site', () => {
  it("ships DuckDB-WASM's eh bundle only, its wasm and worker among the site's own files", () => {
    const files = readdirSync(join(dist, '_astro'));
    expect(files.filter((f) => f.endsWith('.wasm'))).toEqual([expect.stringMatching(/^duckdb-eh\.[\w-]+\.wasm$/)]);
    expect(files.filter((f) => f.includes('worker'))).toEqual([expect.stringMatching(/^duckdb-browser-eh\.worker\.[\w-]+\.js$/)]);
  });

  it('has a page for every municipality and county in all three languages, each with all its charts', () => {
    expect(kommuner).toHaveLength(357);
    expect(fylker).toHaveLength(15);
    for (const [lang, prefix] of LANGS) {
      for (const k of kommuner) checkUnitPage(join(dist, prefix, 'kommune', k, 'index.html'), lang, 7);
      for (const f of fylker) checkUnitPage(join(dist, prefix, 'fylke', f, 'index.html'), lang, 7);
    }
  });

  it('has the national overview in all three languages, with the SSB series beside the synthetic one', () => {
    for (const [lang, prefix] of LANGS) {
      const file = join(dist, prefix, 'index.html');
      checkUnitPage(file, lang, 9);
      expect(readFileSync(file, 'utf8')).toContain('id="meldinger-per-ar"');
    }
  });

  it('writes chart downloads with the numbers of the table, symbols kept and the synthetic column', () => {
    const csv = readFileSync(join(dist, 'nedlasting/en/0301/rate-per-ar.csv'), 'utf8').trim().split('\r\n');
    expect(csv[0]).toMatch(/^Year,Oslo.*,Synthetic data$/);
    expect(csv).toHaveLength(11);
    expect(csv.slice(1).every((l) => l.endsWith(',yes'))).toBe(true);
    const nb = readFileSync(join(dist, 'nedlasting/nb/0301/rate-per-ar.csv'), 'utf8');
    expect(nb.split('\r\n')[0]).toMatch(/^År,/);
  });

  it('never shows a hidden count as a number: every ":" in a table carries its explanation', () => {
    const small = kommuner.map((k) => readFileSync(join(dist, 'kommune', k, 'index.html'), 'utf8')).filter((h) => h.includes('class="symbol"'));
    expect(small.length).toBeGreaterThan(10);
    for (const html of small) expect(count(html, /<abbr class="symbol" title="skjult[^"]*">:<\/abbr><span class="visually-hidden">skjult/g)).toBe(count(html, /<abbr class="symbol"[^>]*>:</g));
  });
});
