import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/i18n/format.ts';
import { CONSOLE_EXAMPLES } from '../../src/lib/query/console-examples.ts';
import { consoleCsv } from '../../src/lib/query/console-result.ts';
import type { Connector } from '../../src/lib/query/connector.ts';
import { openNodeDb } from '../../src/lib/query/duckdb-node.ts';
import { dataDir } from '../../src/lib/release/data-dir.ts';
import { PUBLISHED_TABLE_NAMES } from '../../src/lib/schemas/published.ts';
import { AXE_TAGS, siteSession, type OpenedPage } from '../support/site-session.ts';

const session = siteSession();
let node: Connector & { close(): void };
beforeAll(async () => { node = await openNodeDb(dataDir()); });
afterAll(() => node?.close());

const manifest = JSON.parse(readFileSync(join(dataDir(), 'manifest.json'), 'utf8')) as { tables: { name: string; rows: number }[] };
const rowsOf = (table: string) => manifest.tables.find((t) => t.name === table)!.rows;
const ENGINE_FILES = /\/_astro\/duckdb-|\.wasm$|\/data\//;
const example = (id: string) => CONSOLE_EXAMPLES.find((e) => e.id === id)!.sql;
/** The live region's text: its message, then the detail (refusal or engine message) on the next line. */
const status = async (page: Page) => (await page.locator('.sql-status > *').allTextContents()).join('\n');
/** The live region's text once the run is over; the first run includes the engine start. */
const settled = (page: Page) => expect.poll(() => status(page), { timeout: 90_000 });
const bodyRows = (page: Page) => page.locator('.sql-result tbody tr').count();

async function runSql(page: Page, sql: string): Promise<void> {
  await page.locator('#sql-input').fill(sql);
  await page.getByRole('button', { name: 'Kjør spørringen' }).click();
}

/** Press Tab until the focused element matches `selector`; fails if it is not reached within `max` presses. */
async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached by Tab`);
}

// One page and one engine for this block, in order: the first run starts the engine, the others reuse it.
describe('the SQL console in Chromium', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await session.open();
    await opened.page.goto(`${session.url()}/utforsk/sql/`, { waitUntil: 'networkidle' });
    await opened.page.evaluate(() => {
      const w = window as unknown as { statuses: string[] };
      w.statuses = [];
      const el = document.querySelector('.sql-status')!;
      new MutationObserver(() => w.statuses.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
    });
  });
  afterAll(() => opened?.context.close());

  it('refuses a write before anything runs: the engine is not even fetched', async () => {
    const { page, requests } = opened;
    await runSql(page, 'DROP TABLE totals');
    expect(await status(page)).toBe('Spørringen ble ikke kjørt.\n«DROP» er ikke en lesesetning. Konsollen kjører bare SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN og PRAGMA table_info.');
    expect(await page.locator('.sql-result').isVisible()).toBe(false);
    expect(requests.filter((u) => ENGINE_FILES.test(u))).toEqual([]);
  });

  it('is used by keyboard alone: insert an example, run it with Ctrl+Enter, see its rows after the progress', async () => {
    const { page } = opened;
    const sql = example('services');
    const expected = await node.query(sql);
    await tabTo(page, '#insert-services');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sql-input');
    expect(await page.locator('#sql-input').inputValue()).toBe(sql);
    await page.keyboard.press('Control+Enter');
    await settled(page).toBe(`Resultat: ${expected.length} rader.`);
    const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
    expect(statuses).toEqual(expect.arrayContaining(['Henter og starter databasemotoren …', `Laster tabellene (1 av ${manifest.tables.length}) …`, 'Kjører spørringen …']));
    expect(await bodyRows(page)).toBe(expected.length);
    expect(await page.locator('.sql-result thead th').allInnerTexts()).toEqual(['service_group', 'age_group', 'reports']);
    expect(await page.locator('.sql-result tbody tr').first().locator('td').allInnerTexts()).toEqual(Object.values(expected[0]!).map(String));
    expect(await page.locator('.sql-result .capped').isVisible()).toBe(false);
  });

  it('downloads the result as CSV, by keyboard: every row, and the synthetic label', async () => {
    const { page } = opened;
    const expected = await node.query(example('services'));
    await page.locator('#sql-input').focus();
    await tabTo(page, '[data-download]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('sporring.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('service_group,age_group,reports,Syntetiske data');
    expect(lines).toHaveLength(expected.length + 2);
    expect(lines.slice(1, -1).every((l) => l.endsWith(',ja'))).toBe(true);
    expect(csv).toBe(consoleCsv(expected, { label: 'Syntetiske data', value: 'ja' }));
  });

  it('refuses a write once the engine runs too, and the table is untouched', async () => {
    const { page } = opened;
    for (const [sql, text] of [
      ['WITH c AS (SELECT 1) DELETE FROM totals', '«DELETE» kan endre data eller databasemotoren og er ikke tillatt. Er det navnet på en kolonne, skriv det i doble anførselstegn.'],
      ["SELECT 1; DROP TABLE totals; -- ';", 'Teksten har 2 setninger. Kjør én om gangen.'],
    ]) {
      await runSql(page, sql!);
      expect(await status(page), sql).toBe(`Spørringen ble ikke kjørt.\n${text}`);
    }
    await runSql(page, 'SELECT count(*) AS n FROM totals');
    await settled(page).toBe('Resultat: 1 rad.');
    expect(await page.locator('.sql-result tbody td').innerText()).toBe(String(rowsOf('totals')));
  });

  it('shows sums, averages, decimals, dates and lists as the build engine computes them', async () => {
    const { page } = opened;
    const sql = "SELECT sum(reports) AS s, avg(reports) AS a, sum(rate_per_1000)::DECIMAL(18,2) AS d, count(*) AS n, DATE '2024-01-02' AS day, [1, 2] AS list FROM totals WHERE level = 'land' AND outcome = 'alle'";
    const [expected] = await node.query(sql.replace(", DATE '2024-01-02' AS day, [1, 2] AS list", ''));
    await runSql(page, sql);
    await settled(page).toBe('Resultat: 1 rad.');
    expect(await page.locator('.sql-result tbody td').allInnerTexts())
      .toEqual([String(expected!.s), String(expected!.a), String(Number(expected!.d)), String(expected!.n), '2024-01-02', '[1,2]']);
  });

  it("shows the engine's error plainly, in the page's language", async () => {
    const { page } = opened;
    await runSql(page, 'SELECT no_such_column FROM totals');
    await settled(page).toMatch(/^Databasemotoren kunne ikke kjøre spørringen\. Meldingen fra motoren \(på engelsk\):\n.*Binder Error.*no_such_column/s);
    expect(await page.locator('.sql-status.error pre').innerText()).toMatch(/no_such_column/);
    expect(await page.locator('.sql-result').isVisible()).toBe(false);
  });

  it('caps a long result in the table and says so; the CSV keeps every row', async () => {
    const { page } = opened;
    await runSql(page, 'SELECT * FROM by_age');
    const n = formatNumber(rowsOf('by_age'), 'nb');
    await settled(page).toBe(`Resultat: ${n} rader. Tabellen viser de første ${formatNumber(1000, 'nb')} av ${n} radene. CSV-filen har alle.`);
    expect(await bodyRows(page)).toBe(1000);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned resultatet som CSV' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8').split('\r\n')).toHaveLength(rowsOf('by_age') + 2);
  });

  it('sends nothing outside the site, logs no errors and has no axe violations with a result shown', async () => {
    const { page, outside, errors } = opened;
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target}`)).toEqual([]);
  });
});

describe('the SQL console page', () => {
  it('describes the console, its examples and every table without JavaScript', async () => {
    const { context, page } = await session.open({ javaScriptEnabled: false });
    await page.goto(`${session.url()}/utforsk/sql/`);
    expect(await page.locator('section[data-sql-console]').isVisible()).toBe(false);
    expect(await page.locator('.sql-example pre').allInnerTexts()).toEqual(CONSOLE_EXAMPLES.map((e) => e.sql));
    expect(await page.locator('button[data-insert]').first().isVisible()).toBe(false);
    expect(await page.locator('.sql-schema caption').allTextContents()).toEqual(PUBLISHED_TABLE_NAMES);
    await context.close();
  });

  it('is linked from the page about the data, and has no axe violations, in every language and light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page, outside, errors } = await session.open({ colorScheme });
      for (const [prefix, link] of [['', 'Åpne SQL-konsollen'], ['/nn', 'Opne SQL-konsollen'], ['/en', 'Open the SQL console']] as const) {
        await page.goto(`${session.url()}${prefix}/om-dataene/`);
        await page.getByRole('link', { name: link }).click();
        await page.waitForURL(`${session.url()}${prefix}/utforsk/sql/`);
        const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(axe.violations.map((v) => `${prefix} ${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
      }
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('refuses in English on the English page, and fits 320 px without page scroll', async () => {
    const { context, page } = await session.open({ viewport: { width: 320, height: 640 } });
    await page.goto(`${session.url()}/en/utforsk/sql/`);
    await page.locator('#sql-input').fill('INSTALL httpfs');
    await page.getByRole('button', { name: 'Run the query' }).click();
    expect(await status(page)).toBe('The query was not run.\n“INSTALL” is not a reading statement. The console runs only SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN and PRAGMA table_info.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('with the engine loaded and a result shown: no axe violations in dark and light, and no page scroll at 320 px', async () => {
    for (const colorScheme of ['dark', 'light'] as const) {
      const { context, page, outside, errors } = await session.open({ colorScheme, viewport: { width: 320, height: 720 } });
      await page.goto(`${session.url()}/utforsk/sql/`);
      await runSql(page, example(CONSOLE_EXAMPLES[0]!.id));
      await expect.poll(() => bodyRows(page), { timeout: 90_000 }).toBeGreaterThan(0);
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(axe.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), colorScheme).toBeLessThanOrEqual(320);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

