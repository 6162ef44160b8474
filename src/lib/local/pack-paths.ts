import { buildShared } from '../views/unit-page.ts';
import { localPlanOf } from './local-plans.ts';

/** Every municipality of today gets a meeting pack. Reading the local data file here stops a build with a bad file before any page is written. */
export async function packPaths(): Promise<{ params: { nr: string } }[]> {
  const { data } = await buildShared();
  const kommuner = data.units.filter((u) => u.level === 'kommune');
  localPlanOf(data, kommuner[0]!.unit);
  return kommuner.map((u) => ({ params: { nr: u.unit } }));
}
