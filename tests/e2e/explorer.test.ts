import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGE_GROUPS, SERVICE_GROUP_KEYS } from '../../src/lib/codes.ts';
import { nb as texts } from '../../src/lib/i18n/nb.ts';
import type { Connector } from '../../src/lib/query/connector.ts';
import { openNodeDb } from '../../src/lib/query/duckdb-node.ts';
import { dataDir } from '../../src/lib/release/data-dir.ts';
import { AXE_TAGS, siteSession, type OpenedPage } from '../support/site-session.ts';

const session = siteSession();
let node: Connector & { close(): void };
beforeAll(async () => { node = await openNodeDb(dataDir()); });
afterAll(() => node?.close());

const announce = (page: Page) => page.locator('[data-announce]');
/** Wait until the charts are redrawn for the given filters (the live region speaks once every chart is done). */
const settled = (page: Page, filters: string) => expect.poll(() => announce(page).innerText(), { timeout: 90_000 }).toBe(`Oppdatert. ${filters}`);
/** The URL follows a change once its charts are drawn (explorer.ts): wait for it. */
const searchIs = (page: Page, search: string) => expect.poll(() => new URL(page.url()).search).toBe(search);
const chips = (page: Page) => page.locator('[data-chips] button').allInnerTexts();
const tableRows = (page: Page, dim: string) => page.locator(`[data-chart="${dim}"] table tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
const nb = (n: number) => n.toLocaleString('nb-NO');

describe('the explorer in Chromium', () => {
  let opened: OpenedPage;
  beforeAll(async () => { opened = await session.open(); });
  afterAll(() => opened?.context.close());

  it('starts the engine on open and draws the four linked charts for the whole country', async () => {
    const { page } = opened;
    await page.goto(`${session.url()}/utforsk/`);
    await settled(page, 'Ingen filtre: alle meldinger i hele landet, alle år.');
    expect(await page.locator('[data-engine-status]').innerText()).toMatch(/^Klar: \d+ tabeller med [\d\s\u00a0\u202f]+ rader er lastet i nettleseren\.$/);
    expect(await page.locator('[data-needs-js]').isVisible()).toBe(false);
    for (const dim of ['service', 'age', 'unit', 'year']) expect(await page.locator(`[data-chart="${dim}"] svg`).count(), dim).toBe(1);
    // A bar is pressed as a button is: it shows the hand pointer.
    expect(await page.locator('[data-chart="service"] g.explorer-bar-shown rect').first().evaluate((r) => getComputedStyle(r).cursor)).toBe('pointer');
    expect(await page.locator('.site-header .badge').innerText()).toBe('Syntetiske data');
    expect(await page.locator('.site-nav a[aria-current="page"]').innerText()).toBe('Utforsk');
    const [{ n }] = (await node.query(`SELECT sum(reports)::INTEGER AS n FROM totals WHERE level = 'land' AND outcome = 'alle' AND year = 2024`)) as [{ n: number }];
    expect(await tableRows(page, 'year')).toContainEqual(['2024', nb(n), '']);
    expect(await axe(page)).toEqual([]);
  });

  it('filters by the form and cross-filters by clicking a bar and by keyboard on the button list', async () => {
    const { page } = opened;
    for (const y of ['2022', '2023', '2024']) await page.getByRole('checkbox', { name: y, exact: true }).check();
    await settled(page, 'År: 2022; År: 2023; År: 2024');
    await searchIs(page, '?years=2022,2023,2024');
    expect(await page.locator('[data-chart="service"] [data-time]').innerText()).toBe('År 2022, 2023, 2024');

    await page.locator('[data-chart="service"] g.explorer-bar-shown rect').first().click();
    await settled(page, 'År: 2022; År: 2023; År: 2024; Tjenestegruppe: Barnehage');
    await searchIs(page, '?years=2022,2023,2024&services=barnehage');
    // Service by age exists for pooled periods only: the age chart turns to 2022–2024 and shows those numbers.
    expect(await page.locator('[data-chart="age"] [data-time]').innerText()).toBe('Sammenslåtte treårsperioder: 2022-2024');
    const ages = await node.query(`SELECT age_group, reports FROM service_age WHERE level = 'land' AND period = '2022-2024' AND service_group = 'barnehage'`);
    const label: Record<string, string> = { '0-2': '0–2 år', '3-5': '3–5 år', '6-12': '6–12 år', '13-17': '13–17 år', '18-22': '18–22 år', uoppgitt: 'Ukjent alder' };
    const hiddenNote = 'skjult av personvernhensyn (færre enn 5 eller kan regnes ut fra andre tall)';
    expect(await tableRows(page, 'age')).toEqual(AGE_GROUPS.map((a) => {
      const r = ages.find((x) => x.age_group === a)!.reports as number | null;
      return [label[a], r === null ? ':' : nb(r), r === null ? hiddenNote : ''];
    }));
    expect(await page.locator('[data-chart="service"] [data-buttons] button[aria-pressed="true"]').allInnerTexts()).toEqual(['Barnehage']);

    await page.locator('[data-chart="age"] [data-buttons] button', { hasText: '3–5 år' }).focus();
    await page.keyboard.press('Enter');
    await settled(page, 'År: 2022; År: 2023; År: 2024; Tjenestegruppe: Barnehage; Aldersgruppe: 3–5 år');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('3–5 år');
    expect(await page.locator('[data-chart="age"] [data-buttons] button', { hasText: '3–5 år' }).getAttribute('aria-pressed')).toBe('true');
    // Year by service and age together is not published: the chart says so instead of drawing anything.
    expect(await page.locator('[data-chart="year"] [data-unavailable]').innerText()).toMatch(/ikke publisert sammen/);
    expect(await page.locator('[data-chart="year"] svg').isVisible()).toBe(false);
    expect(await axe(page)).toEqual([]);
  });

  it('removes a filter by its chip, keeping focus in the list', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: 'Fjern filteret Tjenestegruppe: Barnehage' }).click();
    await settled(page, 'År: 2022; År: 2023; År: 2024; Aldersgruppe: 3–5 år');
    await searchIs(page, '?years=2022,2023,2024&ages=3-5');
    expect(await chips(page)).toEqual(['År: 2022 ×', 'År: 2023 ×', 'År: 2024 ×', 'Aldersgruppe: 3–5 år ×']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aldersgruppe: 3–5 år ×');
  });

  it('goes back and forward through the states', async () => {
    const { page } = opened;
    await page.goBack();
    await settled(page, 'År: 2022; År: 2023; År: 2024; Tjenestegruppe: Barnehage; Aldersgruppe: 3–5 år');
    expect(await page.getByRole('checkbox', { name: '3–5 år' }).isChecked()).toBe(true);
    await page.goBack();
    await settled(page, 'År: 2022; År: 2023; År: 2024; Tjenestegruppe: Barnehage');
    await page.goForward();
    await page.goForward();
    await settled(page, 'År: 2022; År: 2023; År: 2024; Aldersgruppe: 3–5 år');
  });

  it('reopens a shared URL in the same state', async () => {
    const url = opened.page.url();
    const before = await tableRows(opened.page, 'service');
    const other = await session.open();
    await other.page.goto(url);
    await settled(other.page, 'År: 2022; År: 2023; År: 2024; Aldersgruppe: 3–5 år');
    expect(await chips(other.page)).toEqual(await chips(opened.page));
    expect(await tableRows(other.page, 'service')).toEqual(before);
    expect(other.outside).toEqual([]);
    expect(other.errors).toEqual([]);
    await other.context.close();
  });

  it('downloads the selection as CSV, hidden cells as `:`, labelled synthetic', async () => {
    const { page } = opened;
    await page.goto(`${session.url()}/utforsk/?units=1151&years=2024`);
    await settled(page, 'Område: Utsira; År: 2024');
    const hidden = await node.query(`SELECT service_group FROM by_service WHERE unit = '1151' AND year = 2024 AND status = ':'`);
    expect(hidden.length).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-chart="service"] [data-csv]').click()]);
    expect(download.suggestedFilename()).toBe('utforsk-service.csv');
    const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Kode,Tjenestegruppe,Meldinger,Merknad,Utvalg,Syntetiske data');
    expect(lines.length).toBe(13);
    for (const { service_group } of hidden) expect(lines.find((l) => l.startsWith(`${String(service_group)},`))).toMatch(/,,:,Område: Utsira; År: 2024,ja$/);
    expect(await page.locator('[data-chart="service"] g.explorer-bar-hidden rect').count()).toBe(hidden.length);
    expect(await page.locator('[data-chart="service"] svg').textContent()).toContain(': skjult');
    expect(await axe(page)).toEqual([]);
  });

  it('sent no request outside the site and logged no error along the way (SEC-1)', () => {
    expect(opened.outside).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

describe('the explorer at its edges', () => {
  it('rejects bad values in a link and says so', async () => {
    const { context, page, outside } = await session.open();
    await page.goto(`${session.url()}/en/utforsk/?years=1999&services=skole`);
    await expect.poll(() => announce(page).innerText(), { timeout: 90_000 })
      .toBe('Updated. Service group: School and educational psychology service The link had invalid values for years; they are not used.');
    expect(await page.getByRole('checkbox', { name: '2024' }).isChecked()).toBe(false);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('gives each of several quick changes its own history entry, in order', async () => {
    const { context, page } = await session.open();
    await page.goto(`${session.url()}/utforsk/`);
    await settled(page, 'Ingen filtre: alle meldinger i hele landet, alle år.');
    // Three changes in one task: none waits for the one before it to be drawn.
    await page.evaluate(() => {
      for (const y of ['2018', '2019', '2020']) {
        const box = document.querySelector<HTMLInputElement>(`input[name="years"][value="${y}"]`)!;
        box.checked = true;
        box.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    await settled(page, 'År: 2018; År: 2019; År: 2020');
    await searchIs(page, '?years=2018,2019,2020');
    await page.goBack();
    await settled(page, 'År: 2018; År: 2019');
    await searchIs(page, '?years=2018,2019');
    await page.goBack();
    await settled(page, 'År: 2018');
    await page.goBack();
    await settled(page, 'Ingen filtre: alle meldinger i hele landet, alle år.');
    await context.close();
  });

  it('explains without JavaScript what it needs and still shows the filter form', async () => {
    const { context, page } = await session.open({ javaScriptEnabled: false });
    await page.goto(`${session.url()}/nn/utforsk/`);
    expect(await page.locator('[data-needs-js]').innerText()).toMatch(/^Utforskaren treng JavaScript/);
    expect(await page.getByRole('listbox', { name: /Område/ }).isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '2024' }).isVisible()).toBe(true);
    expect(await page.locator('.site-nav a[href="/nn/utforsk/"]').innerText()).toBe('Utforsk');
    await context.close();
  });
});

describe('brushing a range of years on the year chart', () => {
  let opened: OpenedPage;
  beforeAll(async () => { opened = await session.open(); });
  afterAll(() => opened?.context.close());
  const pressedYears = (page: Page) => page.locator('[data-chart="year"] [data-buttons] button[aria-pressed="true"]').allInnerTexts();

  it('drags from one year to another: the range filters the other charts, is a removable chip, is in the URL and in history', async () => {
    const { page } = opened;
    await page.goto(`${session.url()}/utforsk/?units=46`);
    await settled(page, 'Område: Vestland');
    const bars = page.locator('[data-chart="year"] g.explorer-bar-shown rect');
    await page.locator('[data-chart="year"] [data-svg]').scrollIntoViewIfNeeded();
    const [from, to] = [(await bars.nth(1).boundingBox())!, (await bars.nth(4).boundingBox())!];
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 6 });
    await page.mouse.up();
    await settled(page, 'Område: Vestland; Tidsrom: 2016–2019');
    await searchIs(page, '?units=46&range=2016-2019');
    expect(await chips(page)).toEqual(['Område: Vestland ×', 'Tidsrom: 2016–2019 ×']);
    expect(await pressedYears(page)).toEqual(['2016', '2017', '2018', '2019']);
    expect(await page.locator('[data-chart="age"] [data-time]').innerText()).toBe('År 2016, 2017, 2018, 2019');
    const ages = await node.query(`SELECT age_group, CASE WHEN count(status) = 0 THEN sum(reports)::INTEGER END AS n FROM by_age
      WHERE unit = '46' AND year BETWEEN 2016 AND 2019 GROUP BY ALL`);
    const shown = await tableRows(page, 'age');
    expect(shown).toHaveLength(AGE_GROUPS.length);
    for (const [i, a] of AGE_GROUPS.entries()) {
      const n = ages.find((r) => r.age_group === a)!.n as number | null;
      expect(shown[i]![1], a).toBe(n === null ? ':' : nb(n));
    }

    await page.goBack();
    await settled(page, 'Område: Vestland');
    expect(await pressedYears(page)).toEqual([]);
    await page.goForward();
    await settled(page, 'Område: Vestland; Tidsrom: 2016–2019');
    await page.getByRole('button', { name: 'Fjern filteret Tidsrom: 2016–2019' }).focus();
    await page.keyboard.press('Enter');
    await settled(page, 'Område: Vestland');
    await searchIs(page, '?units=46');
  });

  it('chooses the same range by keyboard with the from and to lists', async () => {
    const { page } = opened;
    await page.locator('[data-range] select[name="from"]').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.locator('[data-range] select[name="to"]').focus();
    for (const key of ['Home', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown']) await page.keyboard.press(key);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Velg tidsrommet');
    await page.keyboard.press('Enter');
    await settled(page, 'Område: Vestland; Tidsrom: 2016–2019');
    await searchIs(page, '?units=46&range=2016-2019');
    expect(opened.outside).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

describe('areas that contain each other', () => {
  it('adds a municipality inside a chosen county only once, says so, and still shows it in the chart by area', async () => {
    const { context, page, errors } = await session.open();
    await page.goto(`${session.url()}/utforsk/?units=46,4601&years=2024`);
    const note = 'Telles bare én gang: Bergen ligger i et annet område du har valgt.';
    await settled(page, `Område: Vestland; Område: Bergen; År: 2024 ${note}`);
    expect(await page.locator('[data-dedup]').innerText()).toBe(note);
    const county = await node.query(`SELECT service_group, reports FROM by_service WHERE unit = '46' AND year = 2024`);
    const hiddenNote = 'skjult av personvernhensyn (færre enn 5 eller kan regnes ut fra andre tall)';
    expect(await tableRows(page, 'service')).toEqual(SERVICE_GROUP_KEYS.map((g) => {
      const r = county.find((c) => c.service_group === g)!.reports as number | null;
      return [texts[`service.${g}`], r === null ? ':' : nb(r), r === null ? hiddenNote : ''];
    }));
    const [{ n }] = (await node.query(`SELECT reports AS n FROM totals WHERE unit = '46' AND year = 2024 AND outcome = 'alle'`)) as [{ n: number }];
    expect(await tableRows(page, 'year')).toContainEqual(['2024', nb(n), '']);
    expect((await tableRows(page, 'unit')).map((r) => r[0])).toContain('Bergen');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws only the chart by area when a chosen county and peer group share municipalities', async () => {
    const { context, page } = await session.open();
    const [{ g }] = (await node.query(`SELECT peer_group AS g FROM units WHERE unit = '4601'`)) as [{ g: string }];
    await page.goto(`${session.url()}/utforsk/?units=46,${g}`);
    await expect.poll(() => announce(page).innerText(), { timeout: 90_000 }).toMatch(/^Oppdatert\. Område: Vestland; Område: /);
    expect(await page.locator('[data-chart="year"] [data-unavailable]').innerText()).toMatch(/har kommuner felles/);
    expect(await page.locator('[data-chart="year"] svg').count()).toBe(0);
    expect(await page.locator('[data-chart="unit"] svg').isVisible()).toBe(true);
    await context.close();
  });
});

describe('the explorer in dark mode and at 320 px', () => {
  it('has no axe violations and no page scroll with the engine loaded, filters applied and a cross-filter active', async () => {
    for (const colorScheme of ['dark', 'light'] as const) {
      const { context, page, outside, errors } = await session.open({ colorScheme, viewport: { width: 320, height: 720 } });
      const check = async (state: string) => {
        expect(await axe(page), `${colorScheme} ${state}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${colorScheme} ${state}`).toBeLessThanOrEqual(320);
      };
      await page.goto(`${session.url()}/utforsk/`);
      await settled(page, 'Ingen filtre: alle meldinger i hele landet, alle år.');
      await check('engine loaded');
      await page.goto(`${session.url()}/utforsk/?units=1151,46&range=2019-2024`);
      await settled(page, 'Område: Utsira; Område: Vestland; Tidsrom: 2019–2024');
      await check('filters applied');
      await page.locator('[data-chart="service"] [data-buttons] button').first().click();
      await settled(page, 'Område: Utsira; Område: Vestland; Tjenestegruppe: Barnehage; Tidsrom: 2019–2024');
      await check('cross-filter active');
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

