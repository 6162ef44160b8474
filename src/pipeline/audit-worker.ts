import { parentPort } from 'node:worker_threads';
import { auditComponent } from './audit-component.ts';
import type { ComponentLp } from './components.ts';

// Worker-thread entry: audits the components it is sent, one at a time.
interface Task { comp: ComponentLp; skip: Uint8Array; seed: number }
parentPort!.on('message', async ({ comp, skip, seed }: Task) => {
  try {
    parentPort!.postMessage({ result: await auditComponent(comp, skip, seed) });
  } catch (error) {
    parentPort!.postMessage({ error: String(error) });
  }
});
