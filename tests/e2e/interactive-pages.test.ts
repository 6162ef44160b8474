import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/i18n/format.ts';
import { openNodeDb } from '../../src/lib/query/duckdb-node.ts';
import { runQuery } from '../../src/lib/query/run-query.ts';
import { breakdownRows } from '../../src/lib/views/live/breakdown-rows.ts';
import { dataDir } from '../../src/lib/release/data-dir.ts';
import { AXE_TAGS, siteSession, type OpenedPage } from '../support/site-session.ts';

const session = siteSession();
let node: Awaited<ReturnType<typeof openNodeDb>>;
beforeAll(async () => { node = await openNodeDb(dataDir()); });
afterAll(() => node?.close());

const status = (page: Page) => page.locator('form[data-live] [data-live-status]');
const figure = (page: Page, id: string) => page.locator(`figure[data-chart="${id}"]`);
const headers = (page: Page, id: string) => figure(page, id).locator('thead th').allTextContents();
/** The text of each cell in the table's first column for the focus unit, by row header. */
const focusColumn = async (page: Page, id: string) => Object.fromEntries(await figure(page, id).locator('tbody tr').evaluateAll((trs) =>
  trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent!.replace(/^:.*/, ':')])));
/** What the focus column should hold for Bergen, from the build engine: counts, or shares to one decimal; hidden as `:`. */
async function expected(kind: 'service' | 'age', measure: 'count' | 'share', time: { year: number } | { period: string }) {
  const rows = await breakdownRows((q) => runQuery(node, q), kind, ['4601'], time);
  return rows.map((r) => r.reports === null ? ':' : measure === 'count' ? formatNumber(r.reports, 'nb') : formatNumber(Math.round((r.reports / r.whole!) * 1000) / 10, 'nb', 1));
}

// One page, one engine for the journey: each test continues from the state the one before left.
describe('a municipality page redrawn in the browser, by keyboard only', () => {
  let opened: OpenedPage;
  let page: Page;
  beforeAll(async () => {
    opened = await session.open();
    page = opened.page;
    await page.goto(`${session.url()}/kommune/4601/`, { waitUntil: 'networkidle' });
  });
  afterAll(() => opened?.context.close());

  it('starts the engine from the keyboard, then offers the controls in tab order, the page\'s comparisons first', async () => {
    expect(await page.locator('form[data-live]').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Last inn tallene' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('form[data-live]').waitFor({ state: 'visible', timeout: 120_000 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('share');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('explore-time');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('explore-compare');
    const options = await page.locator('#explore-compare option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(options.slice(0, 2)).toEqual([['default', 'Som på siden (Vestland, Kommuner med 20\u00a0000+ barn 0–17 år, Hele landet)'], ['none', 'Ingen sammenligning']]);
    expect(options.slice(2, 5)).toEqual([['46', 'Vestland'], ['G7', 'Kommuner med 20\u00a0000+ barn 0–17 år'], ['NO', 'Hele landet']]);
    expect(options.filter(([, name]) => name === 'Tromsø')).toHaveLength(1);
    // Nothing is redrawn before a choice: the prerendered charts stay.
    expect(await figure(page, 'andel-etter-melder').locator('h2').innerText()).toMatch(/^Hvem melder\? Andel av meldingene, 2024/);
  });

  it('toggles share to count: both charts, their tables, summaries and downloads follow, and the live region says so', async () => {
    await page.locator('input[name="measure"][value="share"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => status(page).innerText()).toMatch(/viser nå antall meldinger, 2024, sammenlignet med Vestland, Kommuner med 20\s000\+ barn 0–17 år, Hele landet\.$/);
    const service = figure(page, 'andel-etter-melder');
    expect(await service.locator('h2').innerText()).toMatch(/^Hvem melder\? Antall meldinger, 2024/);
    expect(await service.locator('svg[role="img"]').first().getAttribute('aria-label')).toBe('Hvem melder? Antall meldinger, 2024');
    expect(await headers(page, 'andel-etter-melder')).toEqual(['Tjenestegruppe', 'Bergen', 'Vestland', 'Kommuner med 20\u00a0000+ barn 0–17 år', 'Hele landet']);
    expect(Object.values(await focusColumn(page, 'andel-etter-melder'))).toEqual(await expected('service', 'count', { year: 2024 }));
    expect(await service.locator('.summary').innerText()).toMatch(/^Flest meldinger i Bergen kom fra .+ \([\d\s]+\)\. Til sammenligning: Vestland: [\d\s]+; Kommuner med 20\s000\+ barn 0–17 år: [\d\s]+; Hele landet: [\d\s]+\.$/);
    expect(await figure(page, 'andel-etter-alder').locator('h2').innerText()).toMatch(/^Barnas alder, antall meldinger, 2024/);
    const [download] = await Promise.all([page.waitForEvent('download'), service.locator('a[download]').click()]);
    expect(download.suggestedFilename()).toBe('melder-antall-2024.csv');
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(csv[0]).toBe('Tjenestegruppe,Bergen,Vestland,Kommuner med 20\u00a0000+ barn 0–17 år,Hele landet,Syntetiske data');
    expect(csv[1]!.split(',').at(-1)).toBe('ja');
  });

  it('chooses a pooled period, and the numbers are the build engine’s for that period', async () => {
    await page.locator('#explore-time').focus();
    await page.keyboard.press('End');
    await expect.poll(() => status(page).innerText()).toMatch(/antall meldinger, 2016-2018,/);
    expect(await figure(page, 'andel-etter-alder').locator('h2').innerText()).toMatch(/^Barnas alder, antall meldinger, 2016-2018/);
    expect(Object.values(await focusColumn(page, 'andel-etter-alder'))).toEqual(await expected('age', 'count', { period: '2016-2018' }));
    expect(Object.values(await focusColumn(page, 'andel-etter-melder'))).toEqual(await expected('service', 'count', { period: '2016-2018' }));
    // Back to shares, still for the period.
    await page.locator('input[name="measure"][value="count"]').focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => status(page).innerText()).toMatch(/andel av meldingene, 2016-2018,/);
    expect(Object.values(await focusColumn(page, 'andel-etter-alder'))).toEqual(await expected('age', 'share', { period: '2016-2018' }));
    expect(await headers(page, 'andel-etter-alder')).toEqual(['Alder', 'Bergen (%)', 'Vestland (%)', 'Kommuner med 20\u00a0000+ barn 0–17 år (%)', 'Hele landet (%)']);
  });

  it('changes the comparison: none, then another municipality chosen from the list', async () => {
    await page.locator('#explore-compare').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => status(page).innerText()).toMatch(/uten sammenligning\.$/);
    expect(await headers(page, 'andel-etter-melder')).toEqual(['Tjenestegruppe', 'Bergen (%)']);
    await page.keyboard.type('Stavanger');
    await expect.poll(() => status(page).innerText()).toMatch(/sammenlignet med Stavanger\.$/);
    expect(await headers(page, 'andel-etter-melder')).toEqual(['Tjenestegruppe', 'Bergen (%)', 'Stavanger (%)']);
    expect(await figure(page, 'andel-etter-melder').locator('.summary').innerText()).toMatch(/Til sammenligning: Stavanger: [\d,]+\s%\.$/);
  });

  it('has no axe violations once redrawn, and no request has left the site', async () => {
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target}`)).toEqual([]);
    expect(opened.outside).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('shows the prerendered charts and no controls', async () => {
    const { context, page } = await session.open({ javaScriptEnabled: false });
    await page.goto(`${session.url()}/en/kommune/4601/`);
    expect(await page.locator('form[data-live]').isVisible()).toBe(false);
    expect(await figure(page, 'andel-etter-melder').locator('h2').innerText()).toMatch(/^Who reports\? Share of reports, 2024/);
    expect(await figure(page, 'andel-etter-melder').locator('a[download]').getAttribute('href')).toBe('/nedlasting/en/4601/andel-etter-melder.csv');
    await context.close();
  });
});
