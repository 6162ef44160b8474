import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBAppender } from '@duckdb/node-api';
import { tableFromIPC } from '@uwdata/flechette';
import { PUBLISHED_TABLES, type PublishedTableName } from '../schemas/published.ts';
import { plainRow, type Connector } from './connector.ts';

const sqlType = { string: 'VARCHAR', 'string?': 'VARCHAR', int: 'INTEGER', 'int?': 'INTEGER', 'float?': 'DOUBLE', bool: 'BOOLEAN' } as const;

function append(a: DuckDBAppender, kind: keyof typeof sqlType, v: unknown) {
  if (v === null || v === undefined) return a.appendNull();
  if (kind === 'string' || kind === 'string?') return a.appendVarchar(String(v));
  if (kind === 'int' || kind === 'int?') return a.appendInteger(Number(v));
  if (kind === 'float?') return a.appendDouble(Number(v));
  return a.appendBoolean(Boolean(v));
}

/** The build-time engine: native DuckDB with every published table loaded from the same Arrow files the browser loads. */
export async function openNodeDb(dataDir: string, tables: readonly PublishedTableName[] = Object.keys(PUBLISHED_TABLES) as PublishedTableName[]): Promise<Connector & { close(): void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  // Extensions would be fetched from the network at first use; the site never needs one.
  await conn.run('SET autoinstall_known_extensions=false');
  await conn.run('SET autoload_known_extensions=false');
  for (const name of tables) {
    const cols = Object.entries(PUBLISHED_TABLES[name]) as [string, keyof typeof sqlType][];
    await conn.run(`CREATE TABLE ${name} (${cols.map(([c, k]) => `"${c}" ${sqlType[k]}`).join(', ')})`);
    const appender = await conn.createAppender(name);
    for (const row of tableFromIPC(readFileSync(join(dataDir, 'arrow', `${name}.arrow`))).toArray()) {
      for (const [c, k] of cols) append(appender, k, (row as Record<string, unknown>)[c]);
      appender.endRow();
    }
    appender.closeSync();
  }
  return {
    async query(sql: string) {
      const result = await conn.runAndReadAll(sql);
      return result.getRowObjectsJS().map((r) => plainRow(r as Record<string, unknown>));
    },
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
