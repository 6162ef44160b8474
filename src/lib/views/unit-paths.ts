import type { Level } from '../codes.ts';
import { buildShared } from './unit-page.ts';

/** Static paths for every published unit of a level, for Astro's getStaticPaths. */
export async function unitPaths(level: Level): Promise<{ params: { nr: string } }[]> {
  const { data } = await buildShared();
  return data.units.filter((u) => u.level === level).map((u) => ({ params: { nr: u.unit } }));
}
