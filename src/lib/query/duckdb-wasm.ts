/**
 * The browser engine: DuckDB-WASM (eh bundle) in a Web Worker, with every table of the published release loaded from
 * this site's own Arrow IPC files under the names the build engine (duckdb-node.ts) uses, so the same SQL runs on both.
 * Only browser-engine.ts imports this module, lazily: it pulls in DuckDB-WASM and Apache Arrow.
 */
import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import * as z from 'zod/mini';
import { arrowRows } from './arrow-rows.ts';
import type { Connector } from './connector.ts';
import type { EngineListener } from './engine-state.ts';

/** Where the engine's files live; all of them on this site (SEC-1), never a CDN. */
export interface WasmEngineFiles {
  /** The eh wasm file. */
  wasm: string;
  /** The eh worker script. */
  worker: string;
  /** The release folder holding manifest.json and arrow/. */
  data: string;
}

/**
 * The part of manifest.json the engine needs. Table names and paths enter SQL and URLs, so they are held to plain
 * names here; the full manifest schema (schemas/published.ts) uses full zod, too heavy for a browser bundle.
 */
const manifestSchema = z.object({
  tables: z.array(z.object({
    name: z.string().check(z.regex(/^[a-z][a-z_]*$/)),
    rows: z.int().check(z.nonnegative()),
    arrow: z.string().check(z.regex(/^arrow\/[a-z][a-z_]*\.arrow$/)),
  })).check(z.minLength(1)),
});

async function fetchOk(url: URL): Promise<Response> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`${url.pathname}: HTTP ${res.status}`);
  return res;
}

type Manifest = z.infer<typeof manifestSchema>;

async function fetchManifest(base: URL): Promise<Manifest> {
  const parsed = manifestSchema.safeParse(await (await fetchOk(new URL('manifest.json', base))).json());
  if (!parsed.success) throw new Error(`manifest.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/**
 * A promise that rejects when the worker fails (e.g. its script cannot be fetched). AsyncDuckDB only drops its pending
 * requests on a worker error and never settles them, so without this race a start would wait forever.
 */
function workerFailure(worker: Worker, url: string): Promise<never> {
  const failed = new Promise<never>((_, reject) => worker.addEventListener('error', (e) => reject(new Error(`${new URL(url, location.href).pathname}: ${e.message || 'the engine could not start'}`)), { once: true }));
  failed.catch(() => undefined);
  return failed;
}

async function startDb(db: AsyncDuckDB, wasm: string, onState: EngineListener): Promise<AsyncDuckDBConnection> {
  await db.instantiate(wasm, null, (p) => onState({ phase: 'engine', loaded: p.bytesLoaded, total: p.bytesTotal }));
  await db.open({});
  const conn = await db.connect();
  // Known extensions (parquet, json, httpfs …) would otherwise be fetched from extensions.duckdb.org at first use,
  // and offline that fetch kills the engine (toolchain notes). The site needs none.
  await conn.query('SET autoinstall_known_extensions=false');
  await conn.query('SET autoload_known_extensions=false');
  // On these small tables a query's time is mostly planning. Two rewrites that pay off on big data cost more than they
  // save here: compressing strings before a sort of a few dozen rows, and turning an IN list of five or more values
  // into a join. Turning them off changes no result; it made the explorer's queries about a fifth faster in Chromium.
  await conn.query("SET disabled_optimizers = 'compressed_materialization,in_clause'");
  return conn;
}

/** Insert every table of the manifest, in its order, and check each one's row count; returns the rows loaded. */
async function loadTables(conn: AsyncDuckDBConnection, base: URL, tables: Manifest['tables'], onState: EngineListener): Promise<number> {
  onState({ phase: 'data', done: 0, total: tables.length });
  // All fetches start at once; the inserts run one at a time on the one connection.
  const bytes = tables.map((t) => fetchOk(new URL(t.arrow, base)).then(async (r) => new Uint8Array(await r.arrayBuffer())));
  // A fetch that fails before its turn would count as an unhandled rejection; it is still thrown when its turn comes.
  for (const b of bytes) b.catch(() => undefined);
  let rows = 0;
  for (const [i, t] of tables.entries()) {
    await conn.insertArrowFromIPCStream(await bytes[i]!, { name: t.name, create: true });
    const n = Number((await conn.query(`SELECT count(*)::INTEGER AS n FROM ${t.name}`)).toArray()[0]?.n);
    if (n !== t.rows) throw new Error(`${t.name}: ${n} rows loaded, the manifest says ${t.rows}`);
    rows += n;
    onState({ phase: 'data', done: i + 1, total: tables.length });
  }
  return rows;
}

/** Start the engine, load the release and report each step to `onState`; the promise settles once ready or failed. */
export async function openWasmDb(files: WasmEngineFiles, onState: EngineListener): Promise<Connector & { close(): Promise<void> }> {
  const base = new URL(files.data, location.href);
  onState({ phase: 'engine', loaded: 0, total: 0 });
  // Only the eh bundle is shipped: every current browser has wasm exception handling, and an older one lands in the
  // error state instead of downloading a second 38 MB engine (toolchain notes).
  const worker = new Worker(files.worker);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  try {
    const conn = await Promise.race([workerFailure(worker, files.worker), (async () => {
      // The manifest is fetched while the engine starts, so a broken release fails at once instead of after 30 MB of wasm.
      const [manifest, c] = await Promise.all([fetchManifest(base), startDb(db, files.wasm, onState)]);
      const rows = await loadTables(c, base, manifest.tables, onState);
      // From here on no statement may read a file or URL, attach or load an extension, and no setting can undo that:
      // the tables are in memory, and whatever SQL later reaches the engine cannot make a request leave the site.
      await c.query('SET enable_external_access=false');
      await c.query('SET lock_configuration=true');
      onState({ phase: 'ready', tables: manifest.tables.length, rows });
      return c;
    })()]);
    return {
      async query(sql: string) {
        return arrowRows(await conn.query(sql));
      },
      async close() {
        await conn.close();
        await db.terminate();
      },
    };
  } catch (e) {
    await db.terminate().catch(() => undefined);
    throw e;
  }
}
