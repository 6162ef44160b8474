import type { SiteData } from '../views/site-data.ts';
import { EMPTY_PLAN, type LocalPlan } from './local-plan.ts';
import { readLocalFile } from './read-local-file.ts';

let plans: Map<string, LocalPlan> | undefined;

/** A municipality's plan from the local data file, read and checked once per build (a bad file stops the build). */
export function localPlanOf(data: SiteData, unit: string): LocalPlan {
  plans ??= readLocalFile(new Set(data.units.filter((u) => u.level === 'kommune').map((u) => u.unit)));
  return plans.get(unit) ?? EMPTY_PLAN;
}
