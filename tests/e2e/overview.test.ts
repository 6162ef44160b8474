import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { requireBuiltSite } from '../support/built-site.ts';
import { serveStatic } from '../support/static-server.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  site = await serveStatic(requireBuiltSite());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the national overview in Chromium', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`loads with no console errors, no outside requests and no axe violations (${colorScheme})`, async () => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const errors: string[] = [];
      const outside: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => { if (!r.url().startsWith(site.url) && !r.url().startsWith('data:')) outside.push(r.url()); });
      await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
      expect(await page.locator('figure.chart svg').count()).toBeGreaterThanOrEqual(9);
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
      await context.close();
    });
  }

  it('shows the charts, their tables and the synthetic label with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    for (const id of ['meldinger-per-ar', 'meldinger-etter-melder-2024', 'rate-per-ar', 'andel-etter-melder', 'andel-etter-alder', 'melder-etter-alder', 'henlagt-etter-melder', 'trakt', 'kart']) {
      const fig = page.locator(`figure#${id}`);
      await expect.poll(() => fig.locator('svg[role="img"][aria-label]').count()).toBe(1);
      expect(await fig.locator('table caption').count()).toBe(1);
      expect(await fig.locator('th[scope="col"]').count()).toBeGreaterThan(1);
      expect(await fig.locator('.summary').innerText()).not.toBe('');
      expect(await fig.locator('.badge').innerText()).toMatch(/syntetisk/i);
    }
    await context.close();
  });

  it('has no horizontal page scroll at 320 px', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('offers each chart\'s numbers as CSV, labelled synthetic, with symbols kept', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const href = await page.locator('figure#meldinger-per-ar a[download]').getAttribute('href');
    const res = await context.request.get(`${site.url}${href}`);
    expect(res.headers()['content-type']).toContain('text/csv');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('År,Syntetisk datasett,"SSB, faktisk",Syntetiske data');
    expect(lines).toHaveLength(11);
    expect(lines.slice(1).every((l) => l.endsWith(',ja'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^2024,\d+,\.\.,ja$/);
    await context.close();
  });
});
