import type { Connector } from './connector.ts';

/** What a query needs of its row schema: zod's or zod/mini's `safeParse` (the browser's builders use mini). */
export interface RowSchema<Row> {
  safeParse(value: unknown): { success: true; data: Row } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** A query of the catalogue: SQL text built from validated values, and the shape of each result row. */
export interface Query<Row> {
  name: string;
  sql: string;
  schema: RowSchema<Row>;
}

/** Run a catalogue query and parse every row; a row of the wrong shape is an error naming the query and the row. */
export async function runQuery<Row>(conn: Connector, q: Query<Row>): Promise<Row[]> {
  const rows = await conn.query(q.sql);
  return rows.map((r, i) => {
    const parsed = q.schema.safeParse(r);
    if (!parsed.success) throw new Error(`query ${q.name}, row ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.map(String).join('.')}: ${x.message}`).join('; ')}`);
    return parsed.data;
  });
}
