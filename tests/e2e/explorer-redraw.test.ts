import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteSession, type OpenedPage } from '../support/site-session.ts';

const session = siteSession();
const announce = (page: Page) => page.locator('[data-announce]');
const settled = (page: Page, filters: string) => expect.poll(() => announce(page).innerText(), { timeout: 90_000 }).toBe(`Oppdatert. ${filters}`);

/** Before the page loads: count the SQL statements the explorer sends to the engine it hands out once ready. */
const COUNT_QUERIES = () => {
  document.addEventListener('meldingsbildet:engine-ready', (e) => {
    const engine = (e as CustomEvent<{ query(sql: string): Promise<unknown> }>).detail;
    const query = engine.query.bind(engine);
    const w = globalThis as unknown as { sent: string[] };
    w.sent = [];
    engine.query = (sql) => { w.sent.push(sql); return query(sql); };
  });
};
const sent = (page: Page) => page.evaluate(() => (globalThis as unknown as { sent: string[] }).sent.splice(0));
/** Marks each chart's SVG, table and first button, so a redraw (new elements) can be told from none. */
const mark = (page: Page) => page.evaluate(() => {
  for (const el of document.querySelectorAll('[data-chart] svg, [data-chart] table, [data-chart] [data-buttons] button')) (el as HTMLElement).dataset.mark = '1';
});
const marked = (page: Page, dim: string) => page.evaluate((dim) => ['svg', 'table', '[data-buttons] button'].map((s) => document.querySelector<HTMLElement>(`[data-chart="${dim}"] ${s}`)?.dataset.mark === '1'), dim);

describe('the explorer redraws only what a change changes', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await session.open();
    await opened.context.addInitScript(COUNT_QUERIES);
  });
  afterAll(() => opened?.context.close());

  it('asks the engine only for the charts whose cut it has not seen, one query each', async () => {
    const { page } = opened;
    await page.goto(`${session.url()}/utforsk/`);
    await settled(page, 'Ingen filtre: alle meldinger i hele landet, alle år.');
    expect((await sent(page)).map((sql) => /FROM (\w+)/.exec(sql)?.[1])).toEqual(['by_service', 'by_age', 'totals', 'totals']);

    await page.getByRole('checkbox', { name: '2024', exact: true }).check();
    await settled(page, 'År: 2024');
    // The year chart leaves out its own filter, so its rows are cached: the other three are asked for.
    const second = await sent(page);
    expect(second).toHaveLength(3);
    expect(second.every((sql) => /year IN \(2024\)/.test(sql))).toBe(true);

    // The URL follows once the charts are drawn; going back before it would leave the page.
    await expect.poll(() => new URL(page.url()).search).toBe('?years=2024');
    await page.goBack();
    await settled(page, 'Ingen filtre: alle meldinger i hele landet, alle år.');
    expect(await sent(page)).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  it('keeps the charts a change leaves as they were, renews their CSV, and changes button lists in place', async () => {
    const { page } = opened;
    await page.goto(`${session.url()}/utforsk/?units=46`);
    await settled(page, 'Område: Vestland');
    await mark(page);
    // Bergen lies in Vestland, so it is added up once: only the chart by area, which shows each area, changes.
    await page.getByRole('listbox', { name: /Område/ }).selectOption(['46', '4601']);
    await settled(page, 'Område: Vestland; Område: Bergen Telles bare én gang: Bergen ligger i et annet område du har valgt.');
    for (const dim of ['service', 'age', 'year']) expect(await marked(page, dim), dim).toEqual([true, true, true]);
    expect((await marked(page, 'unit'))[0]).toBe(false);
    expect(await page.locator('[data-chart="unit"] table tbody tr th').evaluateAll((ths) => ths.map((th) => th.textContent))).toContain('Bergen');
    const csv = await page.locator('[data-chart="service"] [data-csv]').getAttribute('href');
    expect(decodeURIComponent(csv!.replace(/^data:text\/csv;charset=utf-8,/, ''))).toContain('Område: Vestland; Område: Bergen');

    // Pressing a button of the age list: the same buttons stay, pressed state changed, focus kept.
    await mark(page);
    await page.locator('[data-chart="age"] [data-buttons] button', { hasText: '6–12 år' }).focus();
    await page.keyboard.press('Enter');
    await settled(page, 'Område: Vestland; Område: Bergen; Aldersgruppe: 6–12 år Telles bare én gang: Bergen ligger i et annet område du har valgt.');
    const buttons = await page.locator('[data-chart="age"] [data-buttons] button').evaluateAll((els) => els.map((el) => [el.textContent, el.getAttribute('aria-pressed'), (el as HTMLElement).dataset.mark ?? '']));
    expect(buttons.filter(([, pressed]) => pressed === 'true').map(([text]) => text)).toEqual(['6–12 år']);
    expect(buttons.every(([, , m]) => m === '1')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('6–12 år');
    expect((await marked(page, 'age'))[0]).toBe(false);
    expect(opened.outside).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});
