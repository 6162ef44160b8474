/** The one thing both engines do: run SQL over the published tables and return plain rows (no BigInt). */
export interface Connector {
  query(sql: string): Promise<Record<string, unknown>[]>;
}

/** DuckDB returns integer aggregates as BigInt; every row crosses into the app as plain numbers. */
export function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? Number(v) : v;
  return out;
}
