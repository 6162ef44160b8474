import { oldCodePages, type OldCodePage } from '../search/old-code-pages.ts';
import { buildShared } from './unit-page.ts';

export type KommuneProps = { page?: OldCodePage };

/**
 * Static paths under /kommune/: every municipality of today, and every earlier number not in use today, whose page
 * redirects to its successor (or, for a split, explains it and links to each part).
 */
export async function kommunePaths(): Promise<{ params: { nr: string }; props: KommuneProps }[]> {
  const { data } = await buildShared();
  const current = data.units.filter((u) => u.level === 'kommune').map((u) => ({ params: { nr: u.unit }, props: {} }));
  const old = oldCodePages(data.units).map((page) => ({ params: { nr: page.code }, props: { page } }));
  return [...current, ...old];
}
