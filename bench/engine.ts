import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.ts';
import { requireBuiltSite } from '../tests/support/built-site.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const PAGE = '/kommune/4601/';
const EXPLORER = '/utforsk/';
const CHANGES = 45;
const BUDGETS_P95_MS: Record<number, number> = { 1: 50, 10: 250 };

const quantile = (xs: number[], q: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!; };
const round = (x: number | null, d = 1) => (x === null ? null : Number(x.toFixed(d)));

/**
 * Resolves once the page has nothing left to do (an idle callback), as it has when a user makes the next change: the
 * latency budgets are for a change made on a settled page. Each run also times the same changes made back to back,
 * each in the frame after the last one's charts, where a change also waits for the work the last one left (its URL
 * update, garbage collection): printed and saved beside the budgeted figure, without a budget of its own.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 })));
}

/** The count tables a scale-up copies; `units` stays as published, so every page and list is unchanged. */
const COUNT_TABLES = ['totals', 'by_age', 'by_service', 'service_age', 'service_outcome'];

/**
 * Before the page loads: keep the engine the page hands out once ready (the `meldingsbildet:engine-ready` event), so
 * the bench can scale the data up in it. The site itself has no scale-up: it lives here, and only the bench runs it.
 */
const CATCH_ENGINE = () => {
  document.addEventListener('meldingsbildet:engine-ready', (e) => { (globalThis as Record<string, unknown>).__benchEngine = (e as CustomEvent).detail; });
};

/**
 * Each count table loaded `scale` times over in the page's engine, the copies under unit codes with a `~k` suffix that
 * no query asks for (sql.ts refuses them), so a query by unit scans `scale` times the rows and returns the same. Returns
 * the rows added and the time taken.
 */
async function scaleUp(page: Page, scale: number): Promise<{ rows: number; ms: number }> {
  return page.evaluate(async ({ tables, scale }) => {
    const engine = (globalThis as Record<string, unknown>).__benchEngine as { query(sql: string): Promise<Record<string, unknown>[]> };
    const t0 = performance.now();
    let rows = 0;
    for (const t of tables) {
      const [{ n }] = (await engine.query(`SELECT count(*)::INTEGER AS n FROM ${t}`)) as [{ n: number }];
      await engine.query(`INSERT INTO ${t} SELECT ${t}.* REPLACE (${t}.unit || '~' || k AS unit) FROM ${t}, range(1, ${scale}) r(k)`);
      rows += n * (scale - 1);
    }
    return { rows, ms: performance.now() - t0 };
  }, { tables: COUNT_TABLES, scale: Math.floor(scale) });
}

/**
 * One cold run on a fresh context: press "Load the numbers", time the engine's start and the data load from the
 * status messages, then make `CHANGES` control changes (one control at a time, in turn: measure, time, comparison), each
 * on a settled page, and `CHANGES` more back to back (`settle`); each is timed from the change event to the page's
 * "charts updated" event plus the next frame, i.e. every chart swapped in. `scale` > 1 copies the count tables that many times over in the engine once it is ready (`scaleUp`).
 */
async function run(browser: Browser, url: string, scale: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(CATCH_ENGINE);
  const page = await context.newPage();
  const js: { url: string; bytes: number; after: boolean }[] = [];
  let started = false;
  page.on('response', async (r) => {
    if (!/javascript/.test(r.headers()['content-type'] ?? '')) return;
    const after = started;
    const body = await r.body().catch(() => Buffer.alloc(0));
    js.push({ url: r.url(), bytes: body.length, after });
  });
  await page.goto(url + PAGE, { waitUntil: 'networkidle' });
  const jsBefore = js.reduce((s, r) => s + r.bytes, 0);
  started = true;
  const times = await page.evaluate(() => new Promise<{ engine: number; data: number; ready: number; controls: number }>((resolve) => {
    const section = document.querySelector<HTMLElement>('section[data-explore]')!;
    const status = section.querySelector('[role="status"]')!;
    const form = section.querySelector<HTMLFormElement>('form[data-live]')!;
    const t: Record<string, number> = {};
    const t0 = performance.now();
    const seen = () => {
      const now = performance.now() - t0;
      const phase = section.querySelector('progress')!.hidden ? (status.textContent ? 'ready' : '') : section.querySelector<HTMLProgressElement>('progress')!.value >= 0.9 ? 'data' : 'engine';
      if (phase && !(phase in t)) t[phase] = now;
      if (!form.hidden) resolve({ engine: t.engine ?? 0, data: t.data ?? 0, ready: t.ready ?? now, controls: now });
    };
    new MutationObserver(seen).observe(section, { subtree: true, childList: true, characterData: true, attributes: true });
    section.querySelector('button')!.click();
  }));
  await page.waitForLoadState('networkidle');
  const scaled = scale > 1 ? await scaleUp(page, scale) : { rows: 0, ms: 0 };
  const jsAfter = js.reduce((s, r) => s + r.bytes, 0);
  const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null);
  const workerHeap = await page.workers()[0]?.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null).catch(() => null) ?? null;
  const latencies: number[] = [], queries: number[] = [], renders: number[] = [], backToBack: number[] = [];
  for (let i = 0; i < 2 * CHANGES; i++) {
    const settled = i < CHANGES;
    if (settled) await settle(page);
    const r = await page.evaluate((step) => new Promise<{ total: number; queryMs: number; renderMs: number }>((resolve) => {
      const form = document.querySelector<HTMLFormElement>('form[data-live]')!;
      const t0 = performance.now();
      document.addEventListener('meldingsbildet:charts-updated', (e) => {
        const { queryMs, renderMs } = (e as CustomEvent<{ queryMs: number; renderMs: number }>).detail;
        requestAnimationFrame(() => resolve({ total: performance.now() - t0, queryMs, renderMs }));
      }, { once: true });
      const control = step % 3;
      if (control === 0) {
        const next = form.querySelector<HTMLInputElement>('input[name="measure"]:not(:checked)')!;
        next.checked = true;
        next.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        const select = form.querySelector<HTMLSelectElement>(control === 1 ? '#explore-time' : '#explore-compare')!;
        // The time walks every year and period; the comparison walks as on the page, none, the county, the country,
        // a county and a few municipalities.
        const walk = control === 1 ? [...select.options].map((_, k) => k) : [0, 1, 2, 3, 5, 40, 120, 300].filter((k) => k < select.options.length);
        select.selectedIndex = walk[Math.floor(step / 3) % walk.length]!;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }), i);
    if (settled) latencies.push(r.total), queries.push(r.queryMs), renders.push(r.renderMs);
    else backToBack.push(r.total);
  }
  const lastStatus = await page.locator('form[data-live] [data-live-status]').innerText();
  await context.close();
  const p50 = quantile(latencies, 0.5), p95 = quantile(latencies, 0.95);
  return {
    scale,
    // With a scale-up, the copying counts as data load (it is loading the bigger data).
    engine_ready_ms: round(times.ready + scaled.ms), data_load_ms: round(times.ready - times.data + scaled.ms), controls_shown_ms: round(times.controls),
    rows_added_by_scale_up: scaled.rows,
    js_bytes_before: jsBefore, js_bytes_after_engine: jsAfter, js_files_after: js.filter((r) => r.after).map((r) => r.url.replace(url, '')),
    js_heap_bytes: heap, worker_js_heap_bytes: workerHeap,
    interactions: latencies.length, latency_ms: { p50: round(p50), p95: round(p95), max: round(Math.max(...latencies)) },
    back_to_back_ms: { p50: round(quantile(backToBack, 0.5)), p95: round(quantile(backToBack, 0.95)) },
    // Where the time goes: the engine's queries (a count/share toggle reuses the rows) and building + rendering the charts.
    query_ms: { p50: round(quantile(queries, 0.5)), p95: round(quantile(queries, 0.95)) },
    render_ms: { p50: round(quantile(renders, 0.5)), p95: round(quantile(renders, 0.95)) },
    budget_p95_ms: BUDGETS_P95_MS[scale], within_budget: p95 <= (BUDGETS_P95_MS[scale] ?? Infinity),
    last_status: lastStatus,
    load_average: loadavg().map((x) => round(x, 2)),
  };
}

/**
 * The explorer on a fresh context: open it (the engine starts on open), wait for the first charts, then make `CHANGES`
 * filter changes through its form (a year, a service group, an age group, an area, each checked and later unchecked in
 * turn), each on a settled page, then `CHANGES` more back to back (`settle`), and time each from the change event to the page's "charts updated" event plus the next frame: all four
 * charts, their tables, button lists and CSV links redrawn.
 */
async function runExplorer(browser: Browser, url: string, scale: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(CATCH_ENGINE);
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url + EXPLORER);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-announce]')?.textContent !== '', null, { timeout: 120_000 });
  const firstCharts = Date.now() - t0;
  const scaled = scale > 1 ? await scaleUp(page, scale) : { rows: 0, ms: 0 };
  const latencies: number[] = [], backToBack: number[] = [];
  for (let i = 0; i < 2 * CHANGES; i++) {
    const settled = i < CHANGES;
    if (settled) await settle(page);
    (settled ? latencies : backToBack).push(await page.evaluate((step) => new Promise<number>((resolve) => {
      const form = document.querySelector<HTMLFormElement>('[data-filters]')!;
      const t = performance.now();
      document.addEventListener('meldingsbildet:charts-updated', () => requestAnimationFrame(() => resolve(performance.now() - t)), { once: true });
      // Four kinds of filter in turn; each value is checked on one pass and unchecked on the next.
      const kind = step % 4, pass = Math.floor(step / 4);
      if (kind === 3) {
        const options = [...form.querySelectorAll<HTMLOptionElement>('#explorer-units option')];
        const o = options[[0, 20, 40, 200, 300][Math.floor(pass / 2) % 5]! % options.length]!;
        o.selected = !o.selected;
        o.parentElement!.closest('select')!.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        const boxes = [...form.querySelectorAll<HTMLInputElement>(`input[name="${['years', 'services', 'ages'][kind]}"]`)];
        const box = boxes[Math.floor(pass / 2) % boxes.length]!;
        box.checked = !box.checked;
        box.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }), i));
  }
  const lastAnnounce = await page.locator('[data-announce]').innerText();
  await context.close();
  const p95 = quantile(latencies, 0.95);
  return {
    scale, first_charts_ms: firstCharts, scale_up_ms: round(scaled.ms), rows_added_by_scale_up: scaled.rows,
    interactions: latencies.length,
    latency_ms: { p50: round(quantile(latencies, 0.5)), p95: round(p95), max: round(Math.max(...latencies)) },
    back_to_back_ms: { p50: round(quantile(backToBack, 0.5)), p95: round(quantile(backToBack, 0.95)) },
    budget_p95_ms: BUDGETS_P95_MS[scale], within_budget: p95 <= (BUDGETS_P95_MS[scale] ?? Infinity),
    last_announce: lastAnnounce,
    load_average: loadavg().map((x) => round(x, 2)),
  };
}

/**
 * The browser engine on a municipality page in headless Chromium against the built site: time from the first press to
 * the engine ready and to the data loaded, JS bytes before and after the engine starts, JS heap after load, and the
 * interaction latency (control change → every chart redrawn) p50/p95 on the published data and on a 10× scale-up;
 * then the same latency in the explorer (filter change → its four charts redrawn).
 */
export async function benchEngine(): Promise<Record<string, unknown>> {
  const site = await serveStatic(requireBuiltSite());
  const browser = await launchChromium();
  const runs = [];
  const explorer = [];
  try {
    for (const scale of [1, 10]) {
      const r = await run(browser, site.url, scale);
      runs.push(r);
      console.log(`  ${scale}× data: engine ready ${r.engine_ready_ms} ms (data load ${r.data_load_ms} ms); JS ${(r.js_bytes_before / 1024).toFixed(1)} KB before, ${(r.js_bytes_after_engine / 1024).toFixed(1)} KB after; heap ${r.js_heap_bytes === null ? '?' : (r.js_heap_bytes / 2 ** 20).toFixed(1)} MiB`);
      console.log(`     ${r.interactions} changes on a settled page: p50 ${r.latency_ms.p50} ms, p95 ${r.latency_ms.p95} ms (budget ${r.budget_p95_ms} ms) ${r.within_budget ? 'ok' : 'OVER'}; back to back p50 ${r.back_to_back_ms.p50} / p95 ${r.back_to_back_ms.p95} ms; queries p50 ${r.query_ms.p50} / p95 ${r.query_ms.p95} ms, charts p50 ${r.render_ms.p50} / p95 ${r.render_ms.p95} ms`);
    }
    for (const scale of [1, 10]) {
      const r = await runExplorer(browser, site.url, scale);
      explorer.push(r);
      console.log(`  explorer, ${scale}× data: first charts ${r.first_charts_ms} ms; ${r.interactions} changes on a settled page: p50 ${r.latency_ms.p50} ms, p95 ${r.latency_ms.p95} ms (budget ${r.budget_p95_ms} ms) ${r.within_budget ? 'ok' : 'OVER'}; back to back p50 ${r.back_to_back_ms.p50} / p95 ${r.back_to_back_ms.p95} ms`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return { page: PAGE, runs, explorer_page: EXPLORER, explorer };
}
