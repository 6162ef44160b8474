/** What the SQL console shows and downloads of a result: column names, cell texts, the row cap and the CSV. */
import { toCsv } from '../csv.ts';

/** Rows shown in the console's table; the CSV holds them all. */
export const ROW_CAP = 1000;

type Row = Record<string, unknown>;

/** The result's columns, in the engine's order (every row has the same keys). */
export function resultColumns(rows: readonly Row[]): string[] {
  return rows[0] ? Object.keys(rows[0]) : [];
}

/** A value as the table shows it: NULL as the word, lists and structs as JSON, dates in ISO form. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') return JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? Number(x) : x));
  return String(v);
}

function csvCell(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v ?? null;
  return cellText(v);
}

/**
 * The result as CSV (csv.ts: RFC 4180, formulas neutralised), every row, with a last column saying the data are
 * synthetic when they are; a result column of that name keeps its place and the label column gets a suffix.
 */
export function consoleCsv(rows: readonly Row[], synthetic: { label: string; value: string } | null): string {
  const columns = resultColumns(rows);
  if (!synthetic) return toCsv(columns, rows.map((r) => Object.fromEntries(columns.map((c) => [c, csvCell(r[c])]))));
  let label = synthetic.label;
  while (columns.includes(label)) label += '_';
  return toCsv([...columns, label], rows.map((r) => ({ ...Object.fromEntries(columns.map((c) => [c, csvCell(r[c])])), [label]: synthetic.value })));
}
