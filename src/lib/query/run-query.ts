import type { z } from 'zod';
import type { Connector } from './connector.ts';

/** A query of the catalogue: SQL text built from validated values, and the shape of each result row. */
export interface Query<Row> {
  name: string;
  sql: string;
  schema: z.ZodType<Row>;
}

/** Run a catalogue query and parse every row; a row of the wrong shape is an error naming the query and the row. */
export async function runQuery<Row>(conn: Connector, q: Query<Row>): Promise<Row[]> {
  const rows = await conn.query(q.sql);
  return rows.map((r, i) => {
    const parsed = q.schema.safeParse(r);
    if (!parsed.success) throw new Error(`query ${q.name}, row ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return parsed.data;
  });
}
