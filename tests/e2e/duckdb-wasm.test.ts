import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/lib/query/connector.ts';
import { openNodeDb } from '../../src/lib/query/duckdb-node.ts';
import { tableRows } from '../../src/lib/query/queries/table-rows.ts';
import { runQuery } from '../../src/lib/query/run-query.ts';
import { dataDir } from '../../src/lib/release/data-dir.ts';
import { BUILDERS, catalogueBuilders, catalogueCases } from '../support/query-catalogue.ts';
import { AXE_TAGS, siteSession, type OpenedPage } from '../support/site-session.ts';

const session = siteSession();
let node: Connector & { close(): void };
beforeAll(async () => { node = await openNodeDb(dataDir()); });
afterAll(() => node?.close());

const manifest = JSON.parse(readFileSync(join(dataDir(), 'manifest.json'), 'utf8')) as { tables: { name: string; rows: number }[] };
const totalRows = manifest.tables.reduce((s, t) => s + t.rows, 0);
/** What the engine fetches: the lazy chunk, the worker, the wasm and the release. */
const ENGINE_FILES = /\/_astro\/duckdb-|\.wasm$|\/data\//;

/** Open a page, record every text its engine status shows, and keep the engine it hands over once ready. */
async function openPage(path: string): Promise<OpenedPage> {
  const opened = await session.open();
  await opened.page.goto(`${session.url()}${path}`, { waitUntil: 'networkidle' });
  await opened.page.evaluate(() => {
    const w = window as unknown as { statuses: string[]; engine?: unknown };
    w.statuses = [];
    const status = document.querySelector('section[data-explore] [role="status"]')!;
    new MutationObserver(() => w.statuses.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    document.addEventListener('meldingsbildet:engine-ready', (e) => { w.engine = (e as CustomEvent).detail; });
  });
  return opened;
}

/** The browser engine, driven from the test process: each query runs in the page and comes back as plain rows. */
function browserConnector(page: Page): Connector {
  return {
    query: (sql) => page.evaluate((s) => (window as unknown as { engine: Connector }).engine.query(s), sql),
  };
}

const ready = (page: Page) => expect.poll(() => page.evaluate(() => 'engine' in window), { timeout: 90_000 }).toBe(true);
const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();

// One page and one engine for this block: the first test starts it by the button, the others use what it handed over.
describe('DuckDB-WASM in Chromium, against the built site', () => {
  let opened: OpenedPage;
  let browser: Connector;
  beforeAll(async () => {
    opened = await openPage('/kommune/4601/');
  });
  afterAll(() => opened?.context.close());

  it('loads nothing of the engine until asked, then shows its progress and says when the numbers are ready', async () => {
    const { page, requests } = opened;
    expect(requests.filter((u) => ENGINE_FILES.test(u))).toEqual([]);
    const button = page.getByRole('button', { name: 'Last inn tallene' });
    await button.click();
    await ready(page);
    browser = browserConnector(page);
    const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
    expect(statuses[0]).toBe('Henter og starter databasemotoren …');
    expect(statuses).toContain(`Laster tabellene (1 av ${manifest.tables.length}) …`);
    expect(statuses.at(-1)).toBe(`Klar: ${manifest.tables.length} tabeller med ${totalRows.toLocaleString('nb-NO')} rader er lastet i nettleseren.`);
    expect(await page.getByRole('button', { name: 'Tallene er lastet' }).getAttribute('aria-disabled')).toBe('true');
    expect(await page.locator('section[data-explore] progress').isVisible()).toBe(false);
  });

  it('fetches the engine and the release from the site only, the wasm and worker self-hosted', () => {
    const { requests, outside, errors } = opened;
    const own = requests.filter((u) => u.startsWith(session.url()));
    // The wasm is fetched by the worker: seeing it here shows the recorder also hears the worker's requests.
    expect(own.filter((u) => u.endsWith('.wasm'))).toEqual([expect.stringMatching(/\/_astro\/duckdb-eh\.[\w-]+\.wasm$/)]);
    expect(own.filter((u) => /worker/.test(u))).toEqual([expect.stringMatching(/\/_astro\/duckdb-browser-eh\.worker\.[\w-]+\.js$/)]);
    expect(own.filter((u) => u.includes('/data/arrow/')).length).toBe(manifest.tables.length);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('holds every published table under the name and with the column types of the build engine', async () => {
    const sql = `SELECT table_name, column_name, data_type FROM information_schema.columns ORDER BY table_name, ordinal_position`;
    const [b, n] = [await browser.query(sql), await node.query(sql)];
    expect(new Set(b.map((r) => r.table_name))).toEqual(new Set(manifest.tables.map((t) => t.name)));
    expect(b).toEqual(n);
  });

  it('returns what the build engine returns for every query of the catalogue, row for row', async () => {
    expect(await catalogueBuilders()).toEqual(BUILDERS);
    const units = await runQuery(node, tableRows('units'));
    const cases = catalogueCases(units);
    expect(cases.length).toBeGreaterThan(1000);
    let rows = 0;
    for (const q of cases) {
      const [b, n] = [await runQuery(browser, q), await runQuery(node, q)];
      // Without ORDER BY neither engine promises an order: compare those as sets of rows.
      if (/ORDER BY/.test(q.sql)) expect(b, q.name).toEqual(n);
      else expect(sorted(b), q.name).toEqual(sorted(n));
      rows += n.length;
    }
    expect(rows).toBeGreaterThan(totalRows);
    expect(opened.outside).toEqual([]);
  }, 300_000);

  it('refuses, once loaded, every statement that would read a URL or file, load an extension or attach, and sends nothing', async () => {
    for (const sql of [
      `SELECT * FROM read_csv('https://example.org/x.csv')`,
      `SELECT * FROM read_csv('${session.url()}/data/csv/totals.csv')`,
      `LOAD parquet`,
      `ATTACH 'https://example.org/x.duckdb' AS x`,
      `SET enable_external_access=true`,
      `SET autoload_known_extensions=true`,
    ]) await expect(browser.query(sql), sql).rejects.toThrow(/Permission Error|configuration has been locked/);
    // In DuckDB-WASM, INSTALL only records the wish (the download would come with LOAD), so it passes; the LOAD after it may not.
    await browser.query('INSTALL httpfs');
    await expect(browser.query('LOAD httpfs')).rejects.toThrow(/Permission Error/);
    expect(await browser.query('SELECT count(*)::INTEGER AS n FROM totals')).toEqual([{ n: manifest.tables.find((t) => t.name === 'totals')!.rows }]);
    expect(opened.outside).toEqual([]);
    expect(opened.requests.filter((u) => u.includes('/data/csv/'))).toEqual([]);
  });

  it('has no axe violations once the numbers are loaded', async () => {
    const axe = await new AxeBuilder({ page: opened.page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target}`)).toEqual([]);
  });
});

describe('the engine start when the release cannot be loaded', () => {
  it('says what failed and offers a retry by keyboard, which then loads the numbers', async () => {
    const { context, page, errors, outside } = await openPage('/en/kommune/1151/');
    await context.route('**/data/arrow/by_age.arrow', (r) => r.fulfill({ status: 404, body: 'not found' }));
    await page.getByRole('button', { name: 'Load the numbers' }).click();
    const retry = page.getByRole('button', { name: 'Try again' });
    await retry.waitFor({ timeout: 90_000 });
    expect(await page.locator('section[data-explore] [role="status"]').innerText()).toBe('Could not load the numbers: /data/arrow/by_age.arrow: HTTP 404');
    expect(await retry.getAttribute('aria-disabled')).toBe('false');
    await context.unroute('**/data/arrow/by_age.arrow');
    await retry.focus();
    await page.keyboard.press('Enter');
    await ready(page);
    expect(await page.locator('section[data-explore] [role="status"]').innerText()).toMatch(/^Ready: \d+ tables with [\d,]+ rows are loaded in your browser\.$/);
    expect(await browserConnector(page).query(`SELECT count(*)::INTEGER AS n FROM by_age`)).toEqual([{ n: manifest.tables.find((t) => t.name === 'by_age')!.rows }]);
    expect(errors).toEqual(['404 /data/arrow/by_age.arrow']);
    expect(outside).toEqual([]);
    await context.close();
  }, 240_000);

  it("says so when the engine's worker cannot be fetched, instead of waiting forever", async () => {
    const { context, page, errors, outside } = await openPage('/kommune/4601/');
    await context.route(/duckdb-browser-eh\.worker\.[\w-]+\.js$/, (r) => r.fulfill({ status: 404, body: 'not found' }));
    await page.getByRole('button', { name: 'Last inn tallene' }).click();
    await page.getByRole('button', { name: 'Prøv igjen' }).waitFor({ timeout: 90_000 });
    expect(await page.locator('section[data-explore] [role="status"]').innerText()).toMatch(/^Kunne ikke laste tallene: \/_astro\/duckdb-browser-eh\.worker\.[\w-]+\.js: .+/);
    expect(errors).toContainEqual(expect.stringMatching(/^404 \/_astro\/duckdb-browser-eh\.worker\./));
    expect(outside).toEqual([]);
    await context.close();
  }, 120_000);

  it('is hidden without JavaScript, where it could do nothing', async () => {
    const { context, page } = await session.open({ javaScriptEnabled: false });
    await page.goto(`${session.url()}/kommune/4601/`);
    expect(await page.locator('section[data-explore]').isVisible()).toBe(false);
    await context.close();
  });
});
