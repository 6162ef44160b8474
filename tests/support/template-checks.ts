import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions } from 'playwright-core';
import { expect, it } from 'vitest';
import { AXE_TAGS, type OpenedPage, type siteSession } from './site-session.ts';

type Session = ReturnType<typeof siteSession>;

/** A fresh page of the session at a path of the built site, once the network is idle. */
export async function openAt(session: Session, path: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const opened = await session.open(options);
  await opened.page.goto(`${session.url()}${path}`, { waitUntil: 'networkidle' });
  return opened;
}

/** One test per page and colour scheme: the page shows its charts, with no console errors, no outside requests and no axe violations. */
export function templateTests(session: Session, pages: readonly { path: string; charts: number }[]): void {
  for (const { path, charts } of pages)
    for (const colorScheme of ['light', 'dark'] as const)
      it(`${path} (${colorScheme}): loads with no console errors, no outside requests, no axe violations`, async () => {
        const { context, page, errors, outside } = await openAt(session, path, { colorScheme });
        expect(await page.locator('figure.chart svg[role="img"]').count()).toBe(charts);
        const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target}`)).toEqual([]);
        expect(errors).toEqual([]);
        expect(outside).toEqual([]);
        await context.close();
      });
}
