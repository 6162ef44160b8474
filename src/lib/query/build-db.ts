import { dataDir } from '../release/data-dir.ts';
import type { Connector } from './connector.ts';
import { openNodeDb } from './duckdb-node.ts';

let db: Promise<Connector> | undefined;

/** The build's one DuckDB over public/data, opened on first use and shared by every page the build renders. */
export function buildDb(dir = dataDir()): Promise<Connector> {
  db ??= openNodeDb(dir);
  return db;
}
