/**
 * The browser's reshaping of query rows: a derived column (a share from a count and its whole) and a pivot from long
 * rows to one row per category with a column per series, for tables and CSV downloads. Values are moved, never
 * recomputed: a hidden count stays null, and whatever derives from it must say null for it too.
 *
 * Not Arquero, though the issue asked for it: Arquero compiles every expression, escaped functions and plain column
 * names included, with `new Function`, which the site's CSP (script-src 'self' 'wasm-unsafe-eval', no 'unsafe-eval')
 * forbids, so its verbs throw in the browser.
 */

type Row = Record<string, unknown>;

/** The rows with one more column computed from each row. */
export function withColumn<R extends Row, K extends string, V>(rows: readonly R[], name: K, value: (r: R) => V): (R & Record<K, V>)[] {
  return withColumns(rows, { [name]: value } as Record<K, (r: R) => V>);
}

/** The rows with columns computed from each row (a column already there is replaced). */
export function withColumns<R extends Row, D extends Record<string, (r: R) => unknown>>(rows: readonly R[], defs: D): (R & { [K in keyof D]: ReturnType<D[K]> })[] {
  const entries = Object.entries(defs);
  return rows.map((r) => ({ ...r, ...Object.fromEntries(entries.map(([k, f]) => [k, f(r)])) })) as (R & { [K in keyof D]: ReturnType<D[K]> })[];
}

/**
 * Long rows made wide: one object per value of `row`, in `rowOrder`, holding `row` and, for each value `s` of `series`
 * and each listed value column `v`, the field `${v}_${s}`. A combination without a row has no field (undefined, and
 * undefined for every series another row has); a row whose value is null keeps null, so "hidden" and "not published
 * for this series" stay apart. Series appear in the order they first occur.
 */
export function pivotWide(rows: readonly Row[], row: string, series: string, values: readonly string[], rowOrder: readonly string[]): Row[] {
  const allSeries = [...new Set(rows.map((r) => String(r[series])))];
  const byKey = new Map<string, Row>();
  for (const r of rows) {
    const key = String(r[row]);
    let w = byKey.get(key);
    if (!w) byKey.set(key, (w = Object.fromEntries(values.flatMap((v) => allSeries.map((s) => [`${v}_${s}`, undefined])))));
    for (const v of values) w[`${v}_${String(r[series])}`] = r[v] ?? null;
  }
  return rowOrder.map((k) => ({ [row]: k, ...byKey.get(k) }));
}
