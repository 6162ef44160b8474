/**
 * Rows of a DuckDB-WASM (Apache Arrow) result as plain values, read by each column's type: a row's own toJSON gives
 * DECIMAL and HUGEINT (e.g. `sum` of an INTEGER column) as quoted unscaled digits and dates as epoch milliseconds.
 * Only the browser engine imports this (it pulls in Apache Arrow).
 */
import { DataType, util, type Table } from 'apache-arrow';

type BigNum = Parameters<typeof util.bigNumToNumber>[0];

function converter(type: DataType): (v: unknown) => unknown {
  if (DataType.isDecimal(type)) return (v) => util.bigNumToNumber(v as BigNum, type.scale);
  if (DataType.isDate(type)) return (v) => new Date(Number(v)).toISOString().slice(0, 10);
  if (DataType.isTimestamp(type)) return (v) => new Date(Number(v)).toISOString();
  return (v) => (typeof v === 'bigint' ? Number(v) : v);
}

/** Every row of `table` as an object of plain values (numbers, strings, booleans, null; lists and structs as Arrow gives them). */
export function arrowRows(table: Table): Record<string, unknown>[] {
  const columns = table.schema.fields.map((f) => [f.name, converter(f.type)] as const);
  return table.toArray().map((row: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const [name, convert] of columns) {
      const v = row[name];
      out[name] = v === null || v === undefined ? null : convert(v);
    }
    return out;
  });
}
