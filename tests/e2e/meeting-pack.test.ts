import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { pdfOutline } from '../support/pdf-outline.ts';
import { AXE_TAGS, siteSession } from '../support/site-session.ts';

const session = siteSession();
const open = async (path: string, options = {}) => {
  const opened = await session.open(options);
  await opened.page.goto(`${session.url()}${path}`, { waitUntil: 'networkidle' });
  return opened;
};
const MM = 96 / 25.4; // CSS px per mm
const PAGE = { width: 180 * MM, height: 267 * MM }; // A4 less the 15 mm margins of the print style

describe('agreed levels and events entered in a meeting', () => {
  it('takes a level and an event from the form, keeps them in the URL, and shows them again when the URL is reopened', async () => {
    const { context, page, errors, outside } = await open('/kommune/4601/');
    const form = page.locator('section.meeting-form');
    await expect.poll(() => form.isVisible()).toBe(true);
    expect(await page.locator('[data-agreed-measure]').count()).toBe(0); // Bergen has no levels in the data file

    await form.locator('select[name="group"]').selectOption('skole');
    await form.locator('select[name="measure"]').selectOption('share');
    await form.locator('input[name="value"]').fill('12,5');
    await form.locator('input[name="value"]').press('Enter');
    await expect.poll(() => page.locator('[data-agreed-measure="share"] figure.chart svg[role="img"]').count()).toBe(1);
    expect(new URL(page.url()).searchParams.getAll('niva')).toEqual(['skole_share_12.5']);
    const row = page.locator('[data-agreed-measure="share"] tbody tr').first();
    expect(await row.locator('th').textContent()).toBe('Skole og PPT');
    expect(await row.locator('td').nth(0).textContent()).toBe('12,5');
    expect(await row.locator('td').nth(5).textContent()).toMatch(/^(Høyere enn avtalt|Lavere enn avtalt|Avtalt nivå ligger innenfor intervallet)$/);
    expect(await row.locator('td').nth(6).textContent()).toBe('lagt inn i møtet');

    // Keyboard only: the event form is reached and submitted with Tab and Enter.
    await form.locator('input[name="when"]').focus();
    await page.keyboard.type('2020');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Nytt forum med skolene');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-events-output] .event-comparison').count()).toBe(1);
    expect(new URL(page.url()).searchParams.getAll('hendelse')).toEqual(['2020_forum_Nytt forum med skolene']);
    expect(await page.locator('[data-events-output] h3').textContent()).toContain('1. Nytt forum med skolene (2020)');
    expect(await page.locator('[data-events-output] tbody tr').first().locator('td').nth(0).textContent()).toBe('2017–2019');
    expect(await page.locator('figure[data-chart="rate-per-ar"] svg title', { hasText: 'Nytt forum med skolene' }).count()).toBe(2);
    const packHref = await page.locator('[data-pack-link]').getAttribute('href');
    expect(packHref).toBe(`/kommune/4601/motepakke/${new URL(page.url()).search}`);

    // Shared: a fresh page on the same URL shows the same, and so does the meeting pack opened from the link.
    const shared = page.url();
    const again = await session.open();
    await again.page.goto(shared, { waitUntil: 'networkidle' });
    await expect.poll(() => again.page.locator('[data-agreed-measure="share"] tbody tr').count()).toBe(1);
    expect(await again.page.locator('[data-meeting-entered] li').count()).toBe(2);
    await again.page.goto(`${session.url()}${packHref}`, { waitUntil: 'networkidle' });
    await expect.poll(() => again.page.locator('[data-agreed-measure="share"] tbody th').first().textContent()).toBe('Skole og PPT');
    expect(await again.page.locator('[data-events-output] .event-comparison').count()).toBe(1);

    // Removing the level takes it out of the URL and the table.
    await form.getByRole('button', { name: /Fjern Skole og PPT/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('niva')).toEqual([]);
    expect(await page.locator('[data-agreed-measure="share"]').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await again.context.close();
    await context.close();
  });

  it('loads the form\'s script only on first use, unless the URL carries levels or events', async () => {
    const formScript = (requests: string[]) => requests.filter((u) => /\/_astro\/start-meeting-form\.[\w-]+\.js$/.test(u));
    const { context, page, requests, errors } = await open('/kommune/4601/');
    const form = page.locator('section.meeting-form');
    await expect.poll(() => form.isVisible()).toBe(true);
    expect(formScript(requests)).toEqual([]);
    // Keyboard: Tab from the lead paragraph's neighbourhood into the first field starts it; Enter in the value field adds the level.
    await form.locator('select[name="group"]').focus();
    await expect.poll(() => formScript(requests).length).toBe(1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('niva')).toEqual(['barnehage_rate_40']);
    await expect.poll(() => page.locator('[data-agreed-measure="rate"] tbody tr').count()).toBe(1);

    // Opened with a level in its URL, the page loads the script at once and shows the level without any interaction.
    const withLevel = await open('/kommune/4601/?niva=skole_share_12.5');
    await expect.poll(() => formScript(withLevel.requests).length).toBe(1);
    await expect.poll(() => withLevel.page.locator('[data-agreed-measure="share"] tbody tr').count()).toBe(1);
    // The meeting pack without levels in its URL needs none of it.
    const pack = await open('/kommune/4601/motepakke/');
    expect(formScript(pack.requests)).toEqual([]);
    expect([...errors, ...withLevel.errors, ...pack.errors]).toEqual([]);
    await Promise.all([context.close(), withLevel.context.close(), pack.context.close()]);
  });

  it('keeps a level submitted before the form\'s script has arrived', async () => {
    const { context, page, errors } = await open('/kommune/4601/');
    // Hold the script back, submit with a click, then let it through: the held submit is repeated.
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    await page.route(/start-meeting-form\.[\w-]+\.js$/, async (route) => { await held; await route.continue(); });
    const form = page.locator('section.meeting-form');
    await form.locator('input[name="value"]').fill('25');
    await form.getByRole('button', { name: 'Legg til nivå' }).click();
    expect(new URL(page.url()).searchParams.getAll('niva')).toEqual([]);
    release();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('niva')).toEqual(['barnehage_rate_25']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a bad value in the form and rejects bad URL values with a message', async () => {
    const { context, page, errors } = await open('/kommune/1860/?niva=skule_share_5&niva=politi_share_10&hendelse=2020_forum_Ok');
    const note = page.locator('[data-meeting-rejected]');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('(niva)');
    // The file's levels stay; the URL's event is taken, the bad level parameter is not.
    await expect.poll(() => page.locator('[data-events-output] .event-comparison').count()).toBe(3);
    await page.locator('section.meeting-form select[name="measure"]').selectOption('share');
    const value = page.locator('section.meeting-form input[name="value"]');
    await value.fill('140');
    await value.press('Enter');
    expect(await value.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#meeting-level-error').textContent()).toBe('Nivået må være et tall fra 0 til 100.');
    expect(new URL(page.url()).searchParams.getAll('niva')).toEqual(['skule_share_5', 'politi_share_10']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the data file\'s levels and events without JavaScript, marked as example data', async () => {
    const { context, page } = await open('/kommune/1860/', { javaScriptEnabled: false });
    expect(await page.locator('[data-example]').count()).toBe(1);
    expect(await page.locator('[data-agreed-measure] figure.chart svg').count()).toBe(2);
    expect(await page.locator('figure[data-chart="rate-per-ar"] svg title', { hasText: 'Samarbeidsforum med skolene' }).count()).toBe(2);
    expect(await page.locator('section.meeting-form').isHidden()).toBe(true);
    expect(await page.locator('a[data-pack-link]').getAttribute('href')).toBe('/kommune/1860/motepakke/');
    await context.close();
  });
});

describe('the meeting pack', () => {
  for (const path of ['/kommune/1860/motepakke/', '/nn/kommune/1151/motepakke/', '/en/kommune/4601/motepakke/'])
    for (const colorScheme of ['light', 'dark'] as const)
      it(`${path} (${colorScheme}) has no axe violations, console errors or outside requests`, async () => {
        const { context, page, errors, outside } = await open(path, { colorScheme });
        const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target}`)).toEqual([]);
        expect(errors).toEqual([]);
        expect(outside).toEqual([]);
        await context.close();
      });

  it('reflows at 320 px without horizontal page scroll', async () => {
    const { context, page } = await open('/kommune/1860/motepakke/', { viewport: { width: 320, height: 800 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('prints to A4 PDF with every chart, table and question whole', async () => {
    const { context, page } = await open('/kommune/1860/motepakke/', { viewport: { width: Math.floor(PAGE.width), height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => {
      const blocks = [...document.querySelectorAll<HTMLElement>('main figure.chart .plot, main table, main .pack-questions, main .pack-notes')];
      const rows = [...document.querySelectorAll<HTMLElement>('main tr')];
      return {
        blocks: blocks.map((b) => ({ what: b.tagName + (b.className ? `.${b.className}` : ''), table: b.tagName === 'TABLE', height: b.getBoundingClientRect().height, avoid: getComputedStyle(b).breakInside })),
        rows: rows.map((r) => ({ height: r.getBoundingClientRect().height, avoid: getComputedStyle(r).breakInside })),
        figures: [...document.querySelectorAll<HTMLElement>('main figure.chart')].map((f) => {
          const h2 = f.querySelector('h2')!.getBoundingClientRect(), plot = f.querySelector('.plot')!.getBoundingClientRect();
          return { title: f.querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim(), toPlotBottom: plot.bottom - h2.top, svg: !!f.querySelector('.plot svg') };
        }),
        questions: document.querySelectorAll('.pack-questions li').length,
        findings: document.querySelectorAll('.findings-unit .finding').length,
        reportYears: [...document.querySelectorAll<HTMLTableElement>('.pack-report table')].find((t) => t.caption?.textContent?.startsWith('Meldinger per år'))?.tBodies[0]?.rows.length ?? 0,
      };
    });
    // Two agreed-level charts, two key charts, the rate and the outcome chart in the council part; questions; findings.
    expect(layout.figures.filter((f) => f.svg)).toHaveLength(6);
    expect(layout.questions).toBeGreaterThanOrEqual(3);
    expect(layout.findings).toBeGreaterThan(0);
    expect(layout.reportYears).toBe(10); // reports per year 2015–2024 for the council
    // Charts, questions and notes never break; a table fitting on a page never breaks, a longer one only between rows.
    for (const b of layout.blocks) {
      expect(b.avoid, `${b.what} must not break inside`).toBe('avoid');
      if (!b.table) expect(b.height, `${b.what} must fit on one page`).toBeLessThanOrEqual(PAGE.height);
    }
    for (const r of layout.rows) {
      expect(r.avoid).toBe('avoid');
      expect(r.height).toBeLessThanOrEqual(PAGE.height);
    }
    expect(layout.blocks.filter((b) => b.table && b.height > PAGE.height)).toHaveLength(0); // none so long, for this municipality

    const pdf = await page.pdf({ format: 'A4', outline: true, tagged: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, entries } = pdfOutline(pdf);
    expect(pages).toBeGreaterThanOrEqual(4);
    // Chromium drops the space at a line wrap of a long heading in its outline: compare without white space.
    const bare = (x: string) => x.replace(/\s+/g, '');
    const find = (title: string) => entries.find((e) => bare(e.title) === bare(title));
    const bottomMargin = 15 * 72 / 25.4; // points
    for (const f of layout.figures.filter((x) => x.svg)) {
      const e = find(f.title);
      expect(e, `chart "${f.title}" in the PDF`).toBeDefined();
      // Measured from its title's top on the page it was printed on, the chart ends above the bottom margin: not cut.
      expect(e!.top - f.toPlotBottom * 0.75, `chart "${f.title}" whole on page ${e!.page}`).toBeGreaterThanOrEqual(bottomMargin - 1);
    }
    expect(find('Spørsmål til drøfting')).toBeDefined();
    expect(find('Notater')).toBeDefined();
    // The council part starts on a page of its own.
    const report = find('Tall til den årlige meldingen til kommunestyret')!;
    expect(report.page).toBeGreaterThan(find('Notater')!.page - 1);
    expect(report.top).toBeGreaterThan(841.89 - 15 * 72 / 25.4 - 30);
    await context.close();
  });
});
