import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteSession } from '../support/site-session.ts';
import { openAt, templateTests } from '../support/template-checks.ts';

/** One page per template and language: the country, a county, a large and a tiny municipality (full of hidden cells). */
const PAGES = [
  { path: '/', charts: 9 },
  { path: '/fylke/46/', charts: 7 },
  { path: '/kommune/4601/', charts: 7 },
  { path: '/kommune/1151/', charts: 7 },
  { path: '/nn/kommune/1101/', charts: 7 },
  { path: '/en/', charts: 9 },
  { path: '/en/fylke/03/', charts: 7 },
];
const session = siteSession();

const open = (path: string, options: BrowserContextOptions = {}) => openAt(session, path, options);

describe('unit page templates in Chromium', () => {
  templateTests(session, PAGES);

  it('shows every chart with its table, summary and synthetic label with JavaScript off', async () => {
    const { context, page } = await open('/kommune/1151/', { javaScriptEnabled: false });
    const figures = page.locator('figure.chart');
    expect(await figures.count()).toBe(7);
    for (let i = 0; i < 7; i++) {
      const f = figures.nth(i);
      expect(await f.locator('svg[role="img"][aria-label]').count()).toBe(1);
      expect(await f.locator('table caption').count()).toBe(1);
      expect(await f.locator('.summary').innerText()).not.toBe('');
      expect(await f.locator('.badge').innerText()).toMatch(/syntetisk/i);
    }
    await context.close();
  });

  it('labels hidden counts as hidden for screen readers, never as zero', async () => {
    const { context, page } = await open('/kommune/1151/');
    const hidden = page.locator('abbr.symbol');
    expect(await hidden.count()).toBeGreaterThan(0);
    expect(await hidden.first().getAttribute('title')).toMatch(/skjult/);
    expect(await page.locator('abbr.symbol + .visually-hidden').first().textContent()).toMatch(/skjult/);
    await context.close();
  });

  it('has no horizontal page scroll at 320 px and at 200 % zoom (640 px)', async () => {
    for (const width of [320, 640]) {
      const { context, page } = await open('/kommune/4601/', { viewport: { width, height: 800 } });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await context.close();
    }
  });

  it('offers each chart\'s numbers as CSV, labelled synthetic, with symbols kept', async () => {
    const { context, page } = await open('/');
    const href = await page.locator('figure#meldinger-per-ar a[download]').getAttribute('href');
    const res = await context.request.get(`${session.url()}${href}`);
    expect(res.headers()['content-type']).toContain('text/csv');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('År,Syntetisk datasett,"SSB, faktisk",Syntetiske data');
    expect(lines).toHaveLength(11);
    expect(lines.slice(1).every((l) => l.endsWith(',ja'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^2024,\d+,\.\.,ja$/);
    await context.close();
  });
});
