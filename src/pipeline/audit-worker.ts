import { parentPort } from 'node:worker_threads';
import { auditComponent } from './audit-component.ts';
import type { ComponentLp } from './components.ts';

// Worker-thread entry: audits the component tasks it is sent, one at a time.
parentPort!.on('message', async ({ id, comp, skip }: { id: number; comp: ComponentLp; skip: Uint8Array }) => {
  try {
    parentPort!.postMessage({ id, result: await auditComponent(comp, skip) });
  } catch (error) {
    parentPort!.postMessage({ id, error: String(error) });
  }
});
