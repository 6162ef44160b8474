import { Worker } from 'node:worker_threads';
import { auditComponent, type ComponentResult } from './audit-component.ts';
import type { ComponentLp } from './components.ts';

/** Unproven cells per task above which a component is split between workers (each checks a contiguous share). */
const SPLIT = 400;

/**
 * Audits components in this thread (workers = 0) or on worker threads, largest first. A large component is split
 * into tasks by cells to check, each task still solving over the whole component, so results are merged per component.
 * `skip[i]` marks cells of component i already proven safe. Results come back in input order.
 */
export async function runComponents(comps: ComponentLp[], skip: Uint8Array[], workers: number): Promise<ComponentResult[]> {
  if (workers <= 0) {
    const out: ComponentResult[] = [];
    for (let i = 0; i < comps.length; i++) out.push(await auditComponent(comps[i]!, skip[i]));
    return out;
  }
  const tasks: { comp: number; skip: Uint8Array; size: number }[] = [];
  comps.forEach((c, i) => {
    const open = [...skip[i]!.keys()].filter((v) => skip[i]![v] === 0);
    const parts = Math.min(workers, Math.max(1, Math.ceil(open.length / SPLIT)));
    for (let p = 0; p < parts; p++) {
      const mine = new Set(open.slice(Math.floor((p * open.length) / parts), Math.floor(((p + 1) * open.length) / parts)));
      tasks.push({ comp: i, skip: Uint8Array.from(skip[i]!, (s, v) => (s === 1 || !mine.has(v) ? 1 : 0)), size: mine.size * c.cells.length });
    }
  });
  tasks.sort((a, b) => b.size - a.size || a.comp - b.comp);
  const results = comps.map(() => ({ failures: [], settledCheaply: 0, lps: 0, own: 0 }) as ComponentResult & { own: number });
  const pool = Array.from({ length: Math.min(workers, tasks.length) }, () => new Worker(new URL('./audit-worker.ts', import.meta.url)));
  try {
    let next = 0;
    await Promise.all(pool.map(async (worker) => {
      for (let t = next++; t < tasks.length; t = next++) {
        const task = tasks[t]!;
        const r = await new Promise<ComponentResult>((resolve, reject) => {
          worker.once('message', (m) => (m.error ? reject(new Error(m.error)) : resolve(m.result)));
          worker.once('error', reject);
          worker.postMessage({ id: t, comp: comps[task.comp], skip: task.skip });
        });
        worker.removeAllListeners('error');
        const acc = results[task.comp]!;
        acc.failures.push(...r.failures), acc.lps += r.lps;
        acc.own += task.skip.length - r.settledCheaply;
      }
    }));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results.map((r, i) => ({
    failures: r.failures.sort((a, b) => a.index - b.index), lps: r.lps,
    settledCheaply: comps[i]!.cells.length - r.own,
  }));
}
