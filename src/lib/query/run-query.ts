import type { $ZodType } from 'zod/v4/core';
import { safeParse } from 'zod/mini';
import type { Connector } from './connector.ts';

/**
 * A query of the catalogue: SQL text built from validated values, and the shape of each result row. The schema may be
 * full zod (build) or zod/mini (builders the browser runs, where full zod would cost ~90 KB gzip).
 */
export interface Query<Row> {
  name: string;
  sql: string;
  schema: $ZodType<Row>;
}

/** Run a catalogue query and parse every row; a row of the wrong shape is an error naming the query and the row. */
export async function runQuery<Row>(conn: Connector, q: Query<Row>): Promise<Row[]> {
  const rows = await conn.query(q.sql);
  return rows.map((r, i) => {
    const parsed = safeParse(q.schema, r);
    if (!parsed.success) throw new Error(`query ${q.name}, row ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return parsed.data as Row;
  });
}
