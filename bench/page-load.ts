import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.ts';
import { requireBuiltSite } from '../tests/support/built-site.ts';
import { serveStatic } from '../tests/support/static-server.ts';

/** Pages measured: the national overview, a large and a small municipality, a county, and one in English. */
const PAGES = ['/', '/kommune/0301/', '/kommune/1151/', '/fylke/46/', '/en/kommune/4601/'];
const COLD_LOADS = 7;
const BUDGET_GZIP_BYTES = 150 * 1024;
const BUILD_BUDGET_SECONDS = 60;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/**
 * In the page before any of its own scripts: the largest contentful paint, and the first animation frame in which a
 * chart (a prerendered SVG in a figure) is laid out with a size, both in ms from navigation start.
 */
const PROBE = () => {
  const w = window as unknown as { __lcp: number; __chart: number };
  w.__lcp = -1, w.__chart = -1;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const look = () => {
    const svg = document.querySelector('figure svg');
    if (svg && svg.getBoundingClientRect().width > 0) w.__chart = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

async function coldLoad(page: Page, url: string) {
  const responses: { url: string; type: string; bytes: number; gzip: number }[] = [];
  page.on('response', async (r) => {
    const body = await r.body().catch(() => Buffer.alloc(0));
    const type = r.headers()['content-type'] ?? '';
    // the static host here does not compress; count what a host compressing text would send
    const text = /text|javascript|json|svg|csv/.test(type);
    responses.push({ url: r.url(), type, bytes: body.length, gzip: text ? gzipSync(body).length : body.length });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => (window as unknown as { __chart: number }).__chart >= 0, undefined, { timeout: 30_000 }).catch(() => undefined);
  // LCP is final once the user interacts; a click on an empty spot ends it without starting anything
  const { lcp, chart } = await page.evaluate(() => ({ lcp: (window as unknown as { __lcp: number }).__lcp, chart: (window as unknown as { __chart: number }).__chart }));
  return { responses, lcp, chart };
}

/**
 * Page weight and speed in headless Chromium against the built site on a loopback static server: for each page, the
 * requests and bytes (raw, and gzip as a compressing host would send text) before any interaction, of them JavaScript, and over repeated
 * cold loads (fresh browser context, empty cache) the median time from navigation to the first chart visible and to
 * the largest contentful paint. Then the time of a full `astro build` of every page (data already published).
 */
export async function benchPageLoad(): Promise<Record<string, unknown>> {
  const root = requireBuiltSite();
  const site = await serveStatic(root);
  const browser = await launchChromium();
  const pages: Record<string, unknown> = {};
  try {
    console.log('  page                     requests   KB raw  KB gzip  budget  first chart ms  LCP ms  JS KB raw  JS KB gzip');
    for (const path of PAGES) {
      const charts: number[] = [], lcps: number[] = [];
      let first: Awaited<ReturnType<typeof coldLoad>> | undefined;
      for (let i = 0; i < COLD_LOADS; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        await context.addInitScript(PROBE);
        const page = await context.newPage();
        const r = await coldLoad(page, site.url + path);
        first ??= r;
        if (r.chart >= 0) charts.push(r.chart);
        if (r.lcp >= 0) lcps.push(r.lcp);
        await context.close();
      }
      const gzip = first!.responses.reduce((s, r) => s + r.gzip, 0), raw = first!.responses.reduce((s, r) => s + r.bytes, 0);
      const js = first!.responses.filter((r) => /javascript/.test(r.type));
      const row = {
        requests: first!.responses.length, bytes: raw, gzip_bytes: gzip, within_budget: gzip <= BUDGET_GZIP_BYTES,
        js_bytes: js.reduce((s, r) => s + r.bytes, 0), js_gzip_bytes: js.reduce((s, r) => s + r.gzip, 0),
        first_chart_ms: charts.length ? Math.round(median(charts)) : null, lcp_ms: lcps.length ? Math.round(median(lcps)) : null,
        cold_loads: COLD_LOADS,
      };
      pages[path] = row;
      console.log(`  ${path.padEnd(24)} ${String(row.requests).padStart(8)} ${(raw / 1024).toFixed(1).padStart(8)} ${(gzip / 1024).toFixed(1).padStart(8)}  ${row.within_budget ? '  ok  ' : ' OVER '} ${String(row.first_chart_ms).padStart(14)} ${String(row.lcp_ms).padStart(7)} ${(row.js_bytes / 1024).toFixed(1).padStart(10)} ${(row.js_gzip_bytes / 1024).toFixed(1).padStart(11)}`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const t0 = performance.now();
  const build = spawnSync('npx', ['astro', 'build', '--outDir', 'dist-bench'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const buildSeconds = (performance.now() - t0) / 1000;
  spawnSync('rm', ['-rf', 'dist-bench']);
  console.log(`  astro build of every page: ${buildSeconds.toFixed(1)} s (budget ${BUILD_BUDGET_SECONDS} s)${build.status === 0 ? '' : ' — FAILED'}`);
  return {
    budget_gzip_bytes: BUDGET_GZIP_BYTES, pages,
    build: { seconds: Number(buildSeconds.toFixed(1)), budget_seconds: BUILD_BUDGET_SECONDS, ok: build.status === 0 },
  };
}
