import { parentPort } from 'node:worker_threads';
import { auditComponent } from './audit-component.ts';
import type { ComponentLp } from './components.ts';

// Worker-thread entry: audits the component tasks it is sent, one at a time.
interface Task { id: number; comp: ComponentLp; skip: Uint8Array; shared: Uint8Array; startAt: number; seed: number }
parentPort!.on('message', async ({ id, comp, skip, shared, startAt, seed }: Task) => {
  try {
    parentPort!.postMessage({ id, result: await auditComponent(comp, skip, shared, startAt, seed) });
  } catch (error) {
    parentPort!.postMessage({ id, error: String(error) });
  }
});
