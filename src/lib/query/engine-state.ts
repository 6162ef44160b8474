/**
 * What the browser engine is doing, for the page to show: nothing yet, fetching and compiling the engine, loading the
 * published tables, ready, or failed. Kept apart from the engine so a page script can know the states without pulling
 * in DuckDB-WASM.
 */
export type EngineState =
  | { phase: 'idle' }
  /** Downloading and compiling the wasm file; `total` is 0 while the size is not known yet. */
  | { phase: 'engine'; loaded: number; total: number }
  /** Loading the published tables: `done` of `total` loaded. */
  | { phase: 'data'; done: number; total: number }
  | { phase: 'ready'; tables: number; rows: number }
  | { phase: 'error'; message: string };

/** Receives every state change of the engine, in order. */
export type EngineListener = (state: EngineState) => void;
