import { buildDb } from '../query/build-db.ts';
import { tableRows, type TableRows } from '../query/queries/table-rows.ts';
import { runQuery } from '../query/run-query.ts';

let units: Promise<TableRows['units'][]> | undefined;

/** The published units table, read once per build for the list, the search index and the old-code pages. */
export function loadUnits(): Promise<TableRows['units'][]> {
  units ??= buildDb().then((db) => runQuery(db, tableRows('units')));
  return units;
}
