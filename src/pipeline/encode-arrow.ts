import { bool, dictionary, float64, int32, tableFromArrays, tableToIPC, utf8 } from '@uwdata/flechette';
import { PUBLISHED_TABLES, type PublishedTableName } from '../lib/schemas/published.ts';

const typeOf = { string: () => dictionary(utf8()), 'string?': () => dictionary(utf8()), int: int32, 'int?': int32, 'float?': float64, bool };

/** An Arrow IPC stream of a published table, strings dictionary-encoded, as DuckDB-WASM loads it with insertArrowFromIPCStream. */
export function encodeArrow(table: PublishedTableName, rows: readonly Record<string, unknown>[]): Uint8Array {
  const cols = Object.entries(PUBLISHED_TABLES[table]);
  const data = Object.fromEntries(cols.map(([name]) => [name, rows.map((r) => r[name] ?? null)]));
  const types = Object.fromEntries(cols.map(([name, kind]) => [name, typeOf[kind]()]));
  const ipc = tableToIPC(tableFromArrays(data, { types }), { format: 'stream' });
  if (!ipc) throw new Error(`could not encode table ${table} as Arrow IPC`);
  return ipc;
}
