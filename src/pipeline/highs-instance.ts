import type { Highs } from 'highs';

let instance: Promise<Highs> | undefined;

/** The HiGHS wasm instance of this thread; `fresh` replaces it, since an instance can be left unusable after an error. */
export function highsInstance(fresh = false): Promise<Highs> {
  if (fresh || !instance) instance = import('highs').then((m) => m.default());
  return instance;
}
