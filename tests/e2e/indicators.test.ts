import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '../../src/lib/indicators/indicator.ts';
import { AXE_TAGS, siteSession } from '../support/site-session.ts';

/** A page per language, a county, and a tiny municipality whose numbers are mostly hidden. */
const PAGES = [
  { path: '/kommune/1106/', heading: 'Indikatorer', questions: 'Spørsmål til drøfting', about: '/om-dataene/' },
  { path: '/nn/kommune/1101/', heading: 'Indikatorar', questions: 'Spørsmål til drøfting', about: '/nn/om-dataene/' },
  { path: '/en/kommune/4601/', heading: 'Indicators', questions: 'Questions for discussion', about: '/en/om-dataene/' },
  { path: '/fylke/46/', heading: 'Indikatorer', questions: 'Spørsmål til drøfting', about: '/om-dataene/' },
  { path: '/kommune/1151/', heading: 'Indikatorer', questions: 'Spørsmål til drøfting', about: '/om-dataene/' },
];
const session = siteSession();

async function open(path: string, options: BrowserContextOptions = {}) {
  const opened = await session.open(options);
  await opened.page.goto(`${session.url()}${path}`, { waitUntil: 'networkidle' });
  return opened;
}

describe('the indicators section in Chromium', () => {
  for (const { path, heading, questions, about } of PAGES)
    it(`${path}: has the summary and every indicator with its table, definition link and questions, without JavaScript`, async () => {
      const { context, page, errors, outside } = await open(path, { javaScriptEnabled: false });
      const section = page.locator('section.indicators');
      expect(await section.locator('h2').innerText()).toBe(heading);
      expect((await section.locator('.indicator-summary').innerText()).length).toBeGreaterThan(40);
      for (const id of INDICATOR_IDS) {
        const block = page.locator(`#indikator-${id}`);
        expect(await block.locator('table caption').count(), id).toBe(1);
        // the unit or group, the value, its interval and at least one comparison
        expect(await block.locator('th[scope="col"]').count(), id).toBeGreaterThanOrEqual(4);
        expect(await block.locator(`a[href="${about}#definisjon-${id}"]`).count(), id).toBe(1);
        expect(await block.locator('details summary').innerText(), id).toBe(questions);
        expect(await block.locator('details li').count(), id).toBe(3);
      }
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
      await context.close();
    });

  for (const { path } of PAGES.slice(0, 3))
    for (const colorScheme of ['light', 'dark'] as const)
      it(`${path} (${colorScheme}): the section has no axe violations, with its questions open`, async () => {
        const { context, page } = await open(path, { colorScheme });
        await page.locator('section.indicators details').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
        const axe = await new AxeBuilder({ page }).include('section.indicators').withTags(AXE_TAGS).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target}`)).toEqual([]);
        await context.close();
      });

  it('opens the questions from the keyboard', async () => {
    const { context, page } = await open('/kommune/1106/');
    const summary = page.locator('#indikator-level details summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#indikator-level details').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#indikator-level details li').first().isVisible()).toBe(true);
    await context.close();
  });

  it('has no horizontal page scroll at 320 px with the indicator tables', async () => {
    const { context, page } = await open('/kommune/4601/#indikatorer', { viewport: { width: 320, height: 800 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('defines every indicator on the page about the data, in all three languages', async () => {
    for (const about of ['/om-dataene/', '/nn/om-dataene/', '/en/om-dataene/']) {
      const { context, page } = await open(about);
      for (const id of INDICATOR_IDS) expect(await page.locator(`#definisjon-${id}`).count(), `${about} ${id}`).toBe(1);
      expect(await page.locator('nav.toc a[href="#indikatorer"]').count()).toBe(1);
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      await context.close();
    }
  });
});
