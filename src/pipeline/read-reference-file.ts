import { join } from 'node:path';
import type { z } from 'zod';
import { readCsv } from './read-csv.ts';

/** A reference-data problem located by file, data row (1 = first row after the header) and field. */
export class ReferenceDataError extends Error {
  readonly file: string;
  readonly row: number | null;
  readonly field: string | null;
  constructor(file: string, row: number | null, field: string | null, message: string) {
    const where = [file, row === null ? null : `row ${row}`, field === null ? null : `field "${field}"`].filter((s) => s !== null);
    super(`${where.join(', ')}: ${message}`);
    this.name = 'ReferenceDataError';
    this.file = file;
    this.row = row;
    this.field = field;
  }
}

/** A parsed row together with its data row number, for located follow-up checks. */
export interface Located<T> {
  row: number;
  value: T;
}

/** Reads `dir/name` and parses every row with `schema`; throws a ReferenceDataError naming file, row and field. */
export function readReferenceFile<S extends z.ZodObject>(dir: string, name: string, schema: S): Located<z.output<S>>[] {
  const file = join(dir, name);
  let parsed: ReturnType<typeof readCsv>;
  try {
    parsed = readCsv(file);
  } catch (e) {
    if (e instanceof Error && 'line' in e) throw new ReferenceDataError(file, null, null, e.message.replace(`${file}: `, ''));
    throw new ReferenceDataError(file, null, null, e instanceof Error ? e.message : String(e));
  }
  for (const column of Object.keys(schema.shape)) {
    if (!parsed.header.includes(column)) throw new ReferenceDataError(file, null, column, 'column missing from the header');
  }
  return parsed.records.map((record) => {
    const result = schema.safeParse(record.values);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const field = issue.path.length > 0 ? String(issue.path[0]) : null;
      const value = field === null ? '' : ` (got "${record.values[field] ?? ''}")`;
      throw new ReferenceDataError(file, record.row, field, `${issue.message}${value}`);
    }
    return { row: record.row, value: result.data };
  });
}
