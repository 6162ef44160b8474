import { loadUnits } from './load-units.ts';
import { oldCodePages, type OldCodePage } from './old-code-pages.ts';

/** getStaticPaths for the old-code route: one page per old municipality number that is not in use today. */
export async function oldCodePaths(): Promise<{ params: { code: string }; props: { page: OldCodePage } }[]> {
  return oldCodePages(await loadUnits()).map((page) => ({ params: { code: page.code }, props: { page } }));
}
