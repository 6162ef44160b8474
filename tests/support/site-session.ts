import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { requireBuiltSite } from './built-site.ts';
import { serveStatic } from './static-server.ts';

/** The WCAG tags every axe scan checks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface OpenedPage { context: BrowserContext; page: Page; errors: string[]; outside: string[]; requests: string[] }

/**
 * Serve the built site and launch Chromium for one test file (started in beforeAll, stopped in afterAll).
 * `open` gives a fresh page that records console errors, failed responses, uncaught errors, dialogs and every request
 * that leaves the site.
 */
export function siteSession() {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    site = await serveStatic(requireBuiltSite());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    url: () => site.url,
    async open(options: BrowserContextOptions = {}): Promise<OpenedPage> {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const errors: string[] = [], outside: string[] = [], requests: string[] = [];
      // A failed response is reported with its address, and Chromium's bare "Failed to load resource" line is left out.
      page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
      page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url().replace(site.url, '')}`); });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
      page.on('request', (r) => {
        requests.push(r.url());
        if (!r.url().startsWith(site.url) && !r.url().startsWith('data:')) outside.push(r.url());
      });
      return { context, page, errors, outside, requests };
    },
  };
}
