import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/built-site.ts';
import { AXE_TAGS, siteSession } from '../support/site-session.ts';

// The frame's templates: the list, the static pages, the not-found page and an old municipality number that was split.
const TEMPLATES = [
  '/kommuner/', '/nn/kommuner/', '/en/kommuner/', '/om-dataene/', '/nn/om-dataene/', '/en/om-dataene/',
  '/tilgjengelighet/', '/nn/tilgjengelighet/', '/en/tilgjengelighet/', '/finnes-ikke/', '/kommune/1850/', '/en/kommune/1850/',
];
const session = siteSession();
const open = session.open;

describe('frame templates in Chromium', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`load with no console errors, no outside requests and no axe violations (${colorScheme})`, async () => {
      const { context, page, errors, outside } = await open({ colorScheme });
      const failures: string[] = [];
      for (const path of TEMPLATES) {
        await page.goto(`${session.url()}${path}`, { waitUntil: 'networkidle' });
        const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        for (const v of axe.violations) failures.push(`${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        expect(await page.locator('.site-header .badge').innerText(), path).toMatch(/syntetisk|synthetic/i);
      }
      expect(failures).toEqual([]);
      expect(errors).toEqual(['404 /finnes-ikke/']);
      expect(outside).toEqual([]);
      await context.close();
    }, 240_000);
  }

  it('emits no inline scripts: every script is an external file the CSP allows', () => {
    for (const path of ['kommuner', 'om-dataene', 'tilgjengelighet', 'en/kommuner', 'kommune/1201']) {
      const html = readFileSync(`${DIST}/${path}/index.html`, 'utf8');
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, path).toMatch(/<meta http-equiv="Content-Security-Policy"/);
    }
    expect(readFileSync(`${DIST}/404.html`, 'utf8')).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('has no horizontal page scroll at 320 px', async () => {
    const { context, page } = await open({ viewport: { width: 320, height: 640 } });
    for (const path of [...TEMPLATES.slice(0, 9), '/finnes-ikke/', '/kommune/1850/']) {
      await page.goto(`${session.url()}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    await context.close();
  });
});

describe('print', () => {
  it('prints without navigation, search or language picker, keeps the synthetic label, and opens every table', async () => {
    const { context, page } = await open({ colorScheme: 'dark' });
    await page.goto(`${session.url()}/`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-nav', '.lang', '.mb-search', '.ds-skip-link']) expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    expect(await page.locator('.site-header .badge').isVisible()).toBe(true);
    const tables = page.locator('details table');
    expect(await tables.count()).toBeGreaterThan(0);
    for (const table of await tables.all()) expect(await table.isVisible()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await context.close();
  });
});

describe('language picker and navigation', () => {
  it('keeps the page when the language changes, and says which language the page is in', async () => {
    const { context, page } = await open();
    await page.goto(`${session.url()}/om-dataene/`);
    expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(4);
    await page.getByRole('navigation', { name: 'Velg språk' }).getByRole('link', { name: 'Nynorsk' }).click();
    await page.waitForURL(`${session.url()}/nn/om-dataene/`);
    expect(await page.getAttribute('html', 'lang')).toBe('nn');
    await page.getByRole('navigation', { name: 'Vel språk' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${session.url()}/en/om-dataene/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('.lang a[aria-current="true"]').innerText()).toBe('English');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Municipalities' }).click();
    await page.waitForURL(`${session.url()}/en/kommuner/`);
    expect(await page.locator('.site-nav a[aria-current="page"]').innerText()).toBe('Municipalities');
    await context.close();
  });

  it('starts with a skip link that moves focus to the main content, with visible focus', async () => {
    const { context, page } = await open();
    await page.goto(`${session.url()}/tilgjengelighet/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('.ds-skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});

describe('finding a municipality', () => {
  it('type-ahead by keyboard: a Sami name, arrow down, Enter', async () => {
    const { context, page, errors, outside, requests } = await open();
    await page.goto(`${session.url()}/kommuner/`, { waitUntil: 'networkidle' });
    expect(requests.some((u) => u.endsWith('/sok/kommuner.json'))).toBe(false);
    const box = page.locator('#list-search');
    await box.focus();
    expect(await box.getAttribute('role')).toBe('combobox');
    await box.pressSequentially('Guovda');
    await expect.poll(() => page.locator('#list-search-status').innerText()).toMatch(/^1 kommune passer/);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`#${active}`).innerText()).toMatch(/Kautokeino/);
    await page.keyboard.press('Enter');
    // Guovdageaidnu – Kautokeino is 5612 since 2024 (5430 in 2020–2023, 2011 before).
    await page.waitForURL(`${session.url()}/kommune/5612/`);
    expect(requests.filter((u) => u.endsWith('/sok/kommuner.json'))).toHaveLength(1);
    // The municipality pages are another template; here only the address counts.
    expect(errors.filter((e) => !e.startsWith('404 /kommune/'))).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('finds old numbers, lists both successors of a split, and closes and clears with Esc', async () => {
    const { context, page } = await open();
    await page.goto(`${session.url()}/en/kommuner/`);
    const box = page.locator('#list-search');
    await box.focus();
    await box.pressSequentially('1850');
    await expect.poll(() => page.locator('#list-search-list [role="option"]').allInnerTexts()).toEqual([
      expect.stringMatching(/Hamarøy[\s\S]*former municipality number 1850/), expect.stringMatching(/Narvik[\s\S]*1850/),
    ]);
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');
    await box.pressSequentially('1201');
    await expect.poll(() => page.locator('#list-search-list [role="option"]').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${session.url()}/en/kommune/4601/`);
    await context.close();
  });

  it('shows markup typed into the box as text and runs nothing', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${session.url()}/kommuner/`);
    const box = page.locator('#list-search');
    await box.focus();
    await box.pressSequentially('<img src=x onerror=alert(1)>');
    await expect.poll(() => page.locator('#list-search-status').innerText()).toBe('Ingen kommuner passer.');
    expect(await page.locator('.mb-search img').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works with JavaScript off: the full list, and a form that leads to it', async () => {
    const { context, page } = await open({ javaScriptEnabled: false });
    await page.goto(`${session.url()}/nn/kommuner/`);
    expect(await page.locator('.municipality-list li a').count()).toBe(357);
    expect(await page.locator('.municipality-list a[href="/nn/kommune/5612/"]').innerText()).toBe('Guovdageaidnu - Kautokeino');
    expect(await page.locator('#k-4601').innerText()).toMatch(/1201/);
    expect(await page.locator('#list-search').getAttribute('role')).toBeNull();
    await page.locator('#list-search').fill('Tromsø');
    await page.locator('#list-search').press('Enter');
    await page.waitForURL(/\/nn\/kommuner\/\?q=/);
    expect(await page.locator('.municipality-list li').count()).toBe(357);
    await context.close();
  });
});

describe('old municipality numbers', () => {
  it('sends a merged number on to its successor, with a visible link', async () => {
    const { context, page } = await open({ javaScriptEnabled: false });
    const res = await context.request.get(`${session.url()}/kommune/1201/`);
    const html = await res.text();
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/kommune/4601/">');
    expect(html).toMatch(/<a class="go" href="\/kommune\/4601\/">Gå til Bergen<\/a>/);
    expect(await (await context.request.get(`${session.url()}/en/kommune/0101/`)).text()).toContain('content="0; url=/en/kommune/3101/"');
    await page.goto(`${session.url()}/kommune/1201/`);
    await page.waitForURL(`${session.url()}/kommune/4601/`);
    await context.close();
  });

  it('explains a split with a link to each successor and no redirect', async () => {
    const { context, page } = await open();
    await page.goto(`${session.url()}/nn/kommune/1850/`);
    expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
    expect(await page.locator('ul.split a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/nn/kommune/1806/', '/nn/kommune/1875/']);
    expect(await page.locator('h1').innerText()).toBe('Kommunenummer 1850 er ikkje lenger i bruk');
    await context.close();
  });
});
