/**
 * The page's one browser engine, started on the first call and never before: until then the page loads none of
 * DuckDB-WASM's 30 MB. The wasm and worker files are emitted into the site by Vite (`?url`), so they are served from
 * the site itself. A failed start can be retried; every state change goes to each listener.
 */
import wasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import worker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Connector } from './connector.ts';
import type { EngineListener, EngineState } from './engine-state.ts';

/** The release as the site publishes it (public/data → /data/). */
const DATA = '/data/';

let engine: Promise<Connector> | undefined;
let state: EngineState = { phase: 'idle' };
const listeners = new Set<EngineListener>();

function emit(next: EngineState): void {
  state = next;
  for (const l of listeners) l(next);
}

/** Follow the engine's state; the listener hears the current state at once. Returns the unsubscribe function. */
export function onEngineState(listener: EngineListener): () => void {
  listeners.add(listener);
  listener(state);
  return () => listeners.delete(listener);
}

/** The engine, started on first call; later calls share it. After a failure the next call starts afresh. */
export function startEngine(): Promise<Connector> {
  engine ??= import('./duckdb-wasm.ts')
    .then(({ openWasmDb }) => openWasmDb({ wasm, worker, data: DATA }, emit))
    .catch((e: unknown) => {
      engine = undefined;
      emit({ phase: 'error', message: e instanceof Error ? e.message : String(e) });
      throw e;
    });
  return engine;
}
