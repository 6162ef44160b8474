import { Worker } from 'node:worker_threads';
import { auditComponent, type ComponentResult } from './audit-component.ts';
import type { ComponentLp } from './components.ts';

/**
 * Audits components in this thread (workers = 0) or on worker threads, largest first. A component's result depends
 * only on the component, its skip marks and the seed, so the threads change nothing but the time taken.
 * `skip[i]` marks cells of component i already proven safe. Results come back in input order.
 */
export async function runComponents(comps: ComponentLp[], skip: Uint8Array[], workers: number, seed = 1): Promise<ComponentResult[]> {
  if (workers <= 0) {
    const out: ComponentResult[] = [];
    for (let i = 0; i < comps.length; i++) out.push(await auditComponent(comps[i]!, skip[i], seed));
    return out;
  }
  const order = [...comps.keys()].sort((a, b) => comps[b]!.cells.length - comps[a]!.cells.length || a - b);
  const results: ComponentResult[] = new Array(comps.length);
  const pool = Array.from({ length: Math.min(workers, comps.length) }, () => new Worker(new URL('./audit-worker.ts', import.meta.url)));
  try {
    let next = 0;
    await Promise.all(pool.map(async (worker) => {
      for (let t = next++; t < order.length; t = next++) {
        const i = order[t]!;
        results[i] = await new Promise<ComponentResult>((resolve, reject) => {
          worker.once('message', (m) => (m.error ? reject(new Error(m.error)) : resolve(m.result)));
          worker.once('error', reject);
          worker.postMessage({ comp: comps[i], skip: skip[i], seed });
        });
        worker.removeAllListeners('error');
      }
    }));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
