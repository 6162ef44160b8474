import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SERVICE_GROUP_KEYS } from '../../src/lib/codes.ts';
import { serviceQuestions } from '../../src/lib/i18n/messages/service-questions.ts';
import { siteSession } from '../support/site-session.ts';
import { openAt, templateTests } from '../support/template-checks.ts';

/** The index and a service page in every language, the pages of groups whose national age profile is partly hidden among them. */
const PAGES = [
  { path: '/tjeneste/', charts: 0 },
  { path: '/tjeneste/skole/', charts: 6 },
  { path: '/nn/tjeneste/barnehage/', charts: 6 },
  { path: '/en/tjeneste/voksentjenester/', charts: 6 },
  { path: '/en/tjeneste/', charts: 0 },
];
const session = siteSession();

const open = (path: string, options: BrowserContextOptions = {}) => openAt(session, path, options);

/** The municipality table's rows as shown: their first cell and the text of one column, hidden cells as ':'. */
const column = (page: Page, col: number) => page.locator('figure#kommuner tbody tr:not([hidden])').evaluateAll((trs, c) =>
  trs.map((tr) => (tr.children[c]!.querySelector('abbr.symbol') ? ':' : tr.children[c]!.textContent!.trim())), col);
const number = (s: string) => Number(s.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));

describe('service pages in Chromium', () => {
  templateTests(session, PAGES);

  it('lists every service group on the index, linked from the main navigation, each link leading to its page', async () => {
    const { context, page } = await open('/nn/');
    await page.locator('nav.site-nav a', { hasText: 'Tenester' }).click();
    await page.waitForURL(/\/nn\/tjeneste\/$/);
    expect(await page.locator('nav.site-nav a[aria-current="page"]').textContent()).toBe('Tenester');
    const links = await page.locator('main table a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(SERVICE_GROUP_KEYS.map((g) => `/nn/tjeneste/${g}/`));
    for (const href of links) expect((await context.request.get(`${session.url()}${href}`)).status(), href!).toBe(200);
    await context.close();
  });

  it('shows every chart with its table, summary, synthetic label and download, and the questions, with JavaScript off', async () => {
    const { context, page } = await open('/nn/tjeneste/politi/', { javaScriptEnabled: false });
    const figures = page.locator('figure.chart');
    expect(await figures.count()).toBe(6);
    for (let i = 0; i < 6; i++) {
      const f = figures.nth(i);
      expect(await f.locator('svg[role="img"][aria-label]').count()).toBe(1);
      expect(await f.locator('table caption').count()).toBe(1);
      expect(await f.locator('.summary').innerText()).not.toBe('');
      expect(await f.locator('.badge').innerText()).toMatch(/syntetisk/i);
      const href = await f.locator('a[download]').getAttribute('href');
      expect((await context.request.get(`${session.url()}${href}`)).status(), href!).toBe(200);
    }
    expect(await page.locator('#sporsmal ~ ol li').allTextContents()).toEqual(serviceQuestions('politi', 'nn'));
    expect(await page.locator('[data-table-tools]').isVisible()).toBe(false);
    await context.close();
  });

  it('has no horizontal page scroll at 320 px and at 200 % zoom (640 px)', async () => {
    for (const path of ['/tjeneste/skole/', '/en/tjeneste/'])
      for (const width of [320, 640]) {
        const { context, page } = await open(path, { viewport: { width, height: 800 } });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width}`).toBeLessThanOrEqual(width);
        await context.close();
      }
  });

  it('searches and sorts the municipalities by keyboard, hidden rates last in both directions', async () => {
    const { context, page, errors } = await open('/tjeneste/skole/');
    await page.locator('figure#kommuner summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kommuner-search');
    await page.keyboard.type('berg');
    const status = page.locator('[data-table-tools] .status');
    const names = await column(page, 0);
    expect(names.length).toBeGreaterThan(1);
    expect(names.length).toBeLessThan(357);
    for (const r of await page.locator('figure#kommuner tbody tr:not([hidden])').allTextContents()) expect(r.toLowerCase()).toContain('berg');
    expect(await status.textContent()).toBe(`${names.length} av 357 kommuner vises`);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    expect(await status.textContent()).toBe('357 av 357 kommuner vises');

    const rateHeader = page.locator('figure#kommuner thead th').nth(4);
    await rateHeader.locator('button').focus();
    for (const order of ['ascending', 'descending'] as const) {
      await page.keyboard.press('Enter');
      expect(await rateHeader.getAttribute('aria-sort')).toBe(order);
      const rates = await column(page, 4);
      const shown = rates.filter((r) => r !== ':').map(number);
      expect(shown.length).toBeGreaterThan(10);
      expect(rates.slice(shown.length).every((r) => r === ':')).toBe(true);
      const sorted = [...shown].sort((a, b) => (order === 'ascending' ? a - b : b - a));
      expect(shown).toEqual(sorted);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it("offers the municipalities' CSV with exactly the table's numbers, hidden cells as ':' and labelled synthetic", async () => {
    const { context, page } = await open('/tjeneste/skole/', { javaScriptEnabled: false });
    const href = await page.locator('figure#kommuner a[download]').getAttribute('href');
    const lines = (await (await context.request.get(`${session.url()}${href}`)).text()).trim().split('\r\n');
    expect(lines[0]).toMatch(/^Kommune,Fylke,Barn 0–17 år,Meldinger 2022-2024,.*,Syntetiske data$/);
    expect(lines).toHaveLength(358);
    const reports = await column(page, 3);
    const csvReports = lines.slice(1).map((l) => l.split(',')[3]!);
    expect(csvReports).toEqual(reports.map((r) => (r === ':' ? ':' : String(number(r)))));
    expect(reports.filter((r) => r === ':').length).toBeGreaterThan(0);
    expect(lines.slice(1).every((l) => l.endsWith(',ja'))).toBe(true);
    await context.close();
  });
});
