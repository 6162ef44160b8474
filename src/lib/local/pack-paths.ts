import { buildShared } from '../views/unit-page.ts';

/** Every municipality of today gets a meeting pack. */
export async function packPaths(): Promise<{ params: { nr: string } }[]> {
  const { data } = await buildShared();
  return data.units.filter((u) => u.level === 'kommune').map((u) => ({ params: { nr: u.unit } }));
}
