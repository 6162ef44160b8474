/**
 * The browser's reshaping of query rows, with Arquero: a derived column (a share from a count and its whole) and a
 * pivot from long rows to one row per category with a column per series, for tables and CSV downloads. Values are
 * moved, never recomputed: a hidden count stays null, and whatever derives from it must say null for it too.
 */
// Arquero's modules one by one, not its index: the index's table class brings every verb and output format along
// (about 18 KB gzip more). Only the Arquero parser's acorn stays, which every verb imports.
import { escape } from 'arquero/src/helpers/escape.js';
import { columnsFrom } from 'arquero/src/table/columns-from.js';
import { Table } from 'arquero/src/table/Table.js';
import { derive } from 'arquero/src/verbs/derive.js';
import { groupby } from 'arquero/src/verbs/groupby.js';
import { pivot } from 'arquero/src/verbs/pivot.js';

type Row = Record<string, unknown>;
const from = (rows: readonly Row[]): Table => new Table(columnsFrom(rows as Row[], undefined));

/** The rows with one more column computed from each row. */
export function withColumn<R extends Row, K extends string, V>(rows: readonly R[], name: K, value: (r: R) => V): (R & Record<K, V>)[] {
  return withColumns(rows, { [name]: value } as Record<K, (r: R) => V>);
}

/** The rows with columns computed from each row (a column already there is replaced). */
export function withColumns<R extends Row, D extends Record<string, (r: R) => unknown>>(rows: readonly R[], defs: D): (R & { [K in keyof D]: ReturnType<D[K]> })[] {
  if (rows.length === 0) return [];
  const exprs = Object.fromEntries(Object.entries(defs).map(([k, f]) => [k, escape(f)]));
  return (derive(from(rows), exprs) as Table).objects() as (R & { [K in keyof D]: ReturnType<D[K]> })[];
}

/**
 * Long rows made wide: one object per value of `row`, in `rowOrder`, holding `row` and, for each value `s` of `series`
 * and each listed value column `v`, the field `${v}_${s}`. A combination without a row has no field (undefined); a row
 * whose value is null keeps null (Arquero's pivot would drop it to undefined), so "hidden" and "not published for this
 * series" stay apart.
 */
export function pivotWide(rows: readonly Row[], row: string, series: string, values: readonly string[], rowOrder: readonly string[]): Row[] {
  if (rows.length === 0) return rowOrder.map((k) => ({ [row]: k }));
  // Nulls travel as a marker through the pivot (whose `any` skips nulls) and are turned back after it.
  const NULL = '\u0000null';
  const marked = derive(from(rows), Object.fromEntries(values.map((v) => [v, escape((r: Row) => r[v] ?? NULL)])));
  const wide = (pivot(groupby(marked, row), series, [...values], { valueSeparator: '_' }) as Table).objects() as Row[];
  const byKey = new Map(wide.map((w) => [String(w[row]), w]));
  return rowOrder.map((k) => {
    const w = byKey.get(k) ?? { [row]: k };
    // With one value column Arquero names the field after the series alone; the contract is `${v}_${s}` always.
    const out: Row = { [row]: k };
    for (const [field, v] of Object.entries(w)) {
      if (field === row) continue;
      out[values.length === 1 ? `${values[0]}_${field}` : field] = v === NULL ? null : v;
    }
    return out;
  });
}
