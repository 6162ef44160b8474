import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readArrow } from '../support/read-release.ts';
import { AXE_TAGS, siteSession } from '../support/site-session.ts';

const session = siteSession();
const findings = readArrow(process.env.MB_DATA_DIR ?? 'public/data', 'findings');
const audits = readArrow(process.env.MB_DATA_DIR ?? 'public/data', 'audits');
const auditOf = new Map(audits.map((a) => [a.audit_id as string, a]));

async function open(path: string, options: BrowserContextOptions = {}) {
  const opened = await session.open(options);
  await opened.page.goto(`${session.url()}${path}`, { waitUntil: 'networkidle' });
  return opened;
}
const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => `${v.id}: ${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target}`);
const shownRows = (page: Page) => page.locator('[data-findings] tbody tr:not([hidden])');
const csvOf = async (page: Page) => {
  const href = (await page.locator('[data-findings-csv]').getAttribute('href'))!;
  expect(href.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
  return decodeURIComponent(href.slice('data:text/csv;charset=utf-8,'.length)).replace(/^\uFEFF/, '');
};

describe('/tilsyn/ in Chromium', () => {
  for (const path of ['/tilsyn/', '/nn/tilsyn/', '/en/tilsyn/'])
    for (const colorScheme of ['light', 'dark'] as const)
      it(`${path} (${colorScheme}): every chart, no console errors, no outside requests, no axe violations`, async () => {
        const { context, page, errors, outside } = await open(path, { colorScheme });
        expect(await page.locator('figure.chart svg[role="img"]').count()).toBe(6);
        expect(await page.locator('.site-nav a[aria-current="page"]').getAttribute('href')).toBe(path);
        expect(await shownRows(page).count()).toBe(findings.length);
        expect(await axe(page)).toEqual([]);
        expect(errors).toEqual([]);
        expect(outside).toEqual([]);
        await context.close();
      });

  it('shows the real 2008 result as real, with its source, and labels the synthetic charts', async () => {
    const { context, page } = await open('/tilsyn/');
    const real = page.locator('figure#tilsyn-2008-resultat');
    expect(await real.locator('.badge').count()).toBe(0);
    expect(await real.locator('.summary').innerText()).toBe('Av 114 undersøkte kommuner hadde 90 lovbrudd, 13 bare forbedringspunkter og 11 ingen av delene.');
    expect(await real.locator('.source a').getAttribute('href')).toMatch(/^https:\/\/www\.helsetilsynet\.no\//);
    for (const id of ['tilsyn-per-ar', 'tilsyn-etter-tema', 'tilsyn-etter-fylke', 'tilsyn-etter-myndighet', 'tilsyn-status'])
      expect(await page.locator(`figure#${id} .badge`).innerText(), id).toBe('Syntetiske data');
    expect(await page.locator('.audit-reports > li').count()).toBe(audits.filter((a) => !a.synthetic).length);
    const in2008 = audits.filter((a) => a.year === 2008).length;
    const charts = await page.locator('section[aria-labelledby="diagrammer"]').innerText();
    if (in2008 < 114) expect(charts).toContain(`Fra tilsynet i 2008 er bare ${in2008} av de 114 kommunene publisert som enkelttilsyn`);
    else expect(charts).not.toContain('enkelttilsyn');
    await context.close();
  });

  it('filters the table by keyboard, announces the number of rows, and offers exactly those rows as CSV', async () => {
    const { context, page } = await open('/tilsyn/');
    await page.locator('#ff-h').scrollIntoViewIfNeeded();
    await page.locator('#alle-funn').focus().catch(() => undefined);
    for (let i = 0; i < 400 && (await page.evaluate(() => document.activeElement?.id)) !== 'ff-type'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ff-type');
    await page.keyboard.press('ArrowDown');
    const breaches = findings.filter((f) => f.type === 'avvik').length;
    await expect.poll(() => shownRows(page).count()).toBe(breaches);
    expect(await page.locator('[data-findings-count]').innerText()).toBe(`${breaches} av ${findings.length} funn vises.`);
    expect(await page.locator('[data-findings-count]').getAttribute('role')).toBe('status');
    expect(await shownRows(page).evaluateAll((trs) => trs.every((tr) => (tr as HTMLElement).dataset.type === 'avvik'))).toBe(true);
    expect(new URL(page.url()).search).toBe('?type=avvik');
    const lines = (await csvOf(page)).trim().split('\r\n');
    expect(lines[0]).toBe('År,Kommunenummer,Kommune,Fylke,Tilsynsmyndighet,Tema,Type,Status,Funn,Lovgrunnlag,Syntetiske data');
    expect(lines).toHaveLength(breaches + 1);
    expect(lines.slice(1).every((l) => /,Avvik,/.test(l) && /,(ja|nei)$/.test(l))).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.locator('button[type="reset"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => shownRows(page).count()).toBe(findings.length);
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });

  it('opens filtered from the query string, as the municipality pages link to it', async () => {
    const code = '4613';
    const own = findings.filter((f) => auditOf.get(f.audit_id as string)?.kommunenummer === code);
    expect(own.length).toBeGreaterThan(0);
    const { context, page } = await open(`/en/tilsyn/?municipality=${code}&bogus=1#alle-funn`);
    expect(await page.locator('#ff-municipality').inputValue()).toBe(code);
    expect(await shownRows(page).count()).toBe(own.length);
    expect(await page.locator('[data-findings-count]').innerText()).toBe(`${own.length} of ${findings.length} findings shown.`);
    expect(await page.locator('[data-findings] tbody tr:not([hidden]) [data-f="statement"]').first().getAttribute('lang')).toBe('nb');
    await context.close();
  });

  it('shows the whole table, its CSV and the real records without JavaScript', async () => {
    const { context, page } = await open('/nn/tilsyn/', { javaScriptEnabled: false });
    expect(await page.locator('[data-findings] tbody tr').count()).toBe(findings.length);
    expect(await page.locator('[data-findings-form]').isVisible()).toBe(false);
    expect(await page.locator('[data-findings] table caption').count()).toBe(1);
    expect(await page.locator('[data-findings] thead th[scope="col"]').count()).toBe(7);
    expect(await page.locator('[data-findings] tbody th[scope="row"]').count()).toBe(findings.length);
    const href = (await page.locator('[data-findings-csv]').getAttribute('href'))!;
    const res = await context.request.get(`${session.url()}${href}`);
    expect(res.headers()['content-type']).toContain('text/csv');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines).toHaveLength(findings.length + 1);
    expect(lines.filter((l) => l.endsWith(',nei'))).toHaveLength(findings.filter((f) => !f.synthetic).length);
    await context.close();
  });

  it('gives the same CSV in the browser with no filter as the prerendered download', async () => {
    const { context, page } = await open('/en/tilsyn/');
    const res = await context.request.get(`${session.url()}/nedlasting/en/tilsyn/funn.csv`);
    expect(await csvOf(page)).toBe(await res.text());
    await context.close();
  });

  it('has no horizontal page scroll at 320 px', async () => {
    for (const path of ['/tilsyn/', '/en/tilsyn/', '/kommune/4613/']) {
      const { context, page } = await open(path, { viewport: { width: 320, height: 800 } });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
      await context.close();
    }
  });
});

describe('findings on municipality pages', () => {
  it('lists a municipality\'s audits, maps an old number to today\'s municipality and links the indicators and the table', async () => {
    const { context, page } = await open('/kommune/3207/');
    const section = page.locator('section#tilsyn');
    expect(await section.locator('h2').innerText()).toBe('Tilsyn og funn');
    expect(await section.locator('article.audit').count()).toBe(audits.filter((a) => a.kommunenummer === '3207').length);
    expect(await section.innerText()).toContain('Tilsynet gjaldt Oppegård med kommunenummer 0217');
    expect(await section.locator('a[href="/tilsyn/?municipality=3207#alle-funn"]').count()).toBe(1);
    await context.close();
  });

  it('marks Norwegian statements on other languages\' pages and links each finding\'s indicators', async () => {
    const withFindings = audits.find((a) => a.synthetic && findings.some((f) => f.audit_id === a.audit_id && f.theme === 'voksentjenester-fanger-opp'))!;
    const { context, page } = await open(`/en/kommune/${withFindings.kommunenummer}/`);
    const section = page.locator('section#tilsyn');
    expect(await section.locator('.finding span[lang="nb"]').count()).toBeGreaterThan(0);
    expect(await section.locator('a[href="#indikator-adult-services-share"]').count()).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('says so when no audit is recorded', async () => {
    const audited = new Set(audits.map((a) => a.kommunenummer as string));
    const code = ['0301', '4601', '1151', '5001'].find((c) => !audited.has(c))!;
    const { context, page } = await open(`/nn/kommune/${code}/`);
    expect(await page.locator('section#tilsyn').innerText()).toMatch(/Ingen tilsyn er registrerte for /);
    expect(await page.locator('section#tilsyn article').count()).toBe(0);
    await context.close();
  });
});
