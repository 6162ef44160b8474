import { Worker } from 'node:worker_threads';
import { auditComponent, type ComponentResult } from './audit-component.ts';
import type { ComponentLp } from './components.ts';

/** Unproven cells above which all workers share one component. */
const SHARE = 400;

/**
 * Audits components in this thread (workers = 0) or on worker threads, largest first. All workers take part in a
 * large component, starting at different cells and marking proven cells in shared memory; their results are merged.
 * `skip[i]` marks cells of component i already proven safe. Results come back in input order.
 */
export async function runComponents(comps: ComponentLp[], skip: Uint8Array[], workers: number, seed = 1): Promise<ComponentResult[]> {
  if (workers <= 0) {
    const out: ComponentResult[] = [];
    for (let i = 0; i < comps.length; i++) out.push(await auditComponent(comps[i]!, skip[i], undefined, 0, seed));
    return out;
  }
  const shared = comps.map((c) => new Uint8Array(new SharedArrayBuffer(c.cells.length)));
  const tasks = comps.flatMap((c, i) => {
    const open = skip[i]!.reduce((s, x) => s + (x === 0 ? 1 : 0), 0);
    const parts = open > SHARE ? workers : 1;
    return Array.from({ length: parts }, (_, p) => ({ comp: i, startAt: Math.floor((p * c.cells.length) / parts), size: open * c.cells.length }));
  }).sort((a, b) => b.size - a.size || a.comp - b.comp || a.startAt - b.startAt);
  const results = comps.map(() => ({ failures: new Map<number, ComponentResult['failures'][number]>(), lps: 0, own: 0 }));
  const pool = Array.from({ length: Math.min(workers, tasks.length) }, () => new Worker(new URL('./audit-worker.ts', import.meta.url)));
  try {
    let next = 0;
    await Promise.all(pool.map(async (worker) => {
      for (let t = next++; t < tasks.length; t = next++) {
        const task = tasks[t]!, comp = comps[task.comp]!;
        const r = await new Promise<ComponentResult>((resolve, reject) => {
          worker.once('message', (m) => (m.error ? reject(new Error(m.error)) : resolve(m.result)));
          worker.once('error', reject);
          worker.postMessage({ id: t, comp, skip: skip[task.comp], shared: shared[task.comp], startAt: task.startAt, seed });
        });
        worker.removeAllListeners('error');
        const acc = results[task.comp]!;
        // workers meeting on the same cell may both report it
        for (const f of r.failures) acc.failures.set(f.index, f);
        acc.lps += r.lps, acc.own += comp.cells.length - r.settledCheaply;
      }
    }));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results.map((r, i) => ({
    failures: [...r.failures.values()].sort((a, b) => a.index - b.index), lps: r.lps,
    settledCheaply: Math.max(0, comps[i]!.cells.length - r.own),
  }));
}
