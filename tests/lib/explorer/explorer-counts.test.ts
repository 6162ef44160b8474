import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/lib/query/connector.ts';
import { openNodeDb } from '../../../src/lib/query/duckdb-node.ts';
import { explorerCounts, type ExplorerCut } from '../../../src/lib/query/queries/explorer-counts.ts';
import { runQuery } from '../../../src/lib/query/run-query.ts';
import { QueryParamError } from '../../../src/lib/query/sql.ts';
import { dataDir } from '../../../src/lib/release/data-dir.ts';

let db: Connector & { close(): void };
beforeAll(async () => { db = await openNodeDb(dataDir()); });
afterAll(() => db?.close());
const none: Omit<ExplorerCut, 'table' | 'by'> = { units: [], years: [], periods: [], services: [], ages: [], outcome: 'alle' };

describe('the explorer query on the published release', () => {
  it('sums published cells and matches the per-cell rows', async () => {
    const rows = await runQuery(db, explorerCounts({ ...none, table: 'by_service', by: 'service_group', years: [2023, 2024] }));
    const cells = await db.query(`SELECT service_group, sum(reports)::INTEGER AS s FROM by_service WHERE level = 'land' AND year IN (2023, 2024) GROUP BY 1`);
    expect(rows.length).toBe(11);
    for (const r of rows) expect(r.reports).toBe(cells.find((c) => c.service_group === r.key)?.s);
  });

  it('hides a sum that has a hidden cell in it, never showing the published part as the count', async () => {
    const [hidden] = await db.query(`SELECT unit, year, service_group FROM by_service WHERE level = 'kommune' AND status = ':' LIMIT 1`);
    const [shown] = await db.query(`SELECT unit FROM by_service WHERE level = 'kommune' AND status IS NULL AND year = ${Number(hidden!.year)} AND service_group = '${String(hidden!.service_group)}' LIMIT 1`);
    const rows = await runQuery(db, explorerCounts({ ...none, table: 'by_service', by: 'service_group', units: [String(hidden!.unit), String(shown!.unit)], years: [Number(hidden!.year)] }));
    expect(rows.find((r) => r.key === hidden!.service_group)).toEqual({ key: hidden!.service_group, reports: null, status: ':', cells: 2 });
  });

  it('sums areas of every level together, the level clause taken from the codes changing nothing', async () => {
    const units = ['NO', '46', 'G3', '4601', '0301'];
    const rows = await runQuery(db, explorerCounts({ ...none, table: 'totals', by: 'unit', years: [2024] }));
    const mixed = await runQuery(db, explorerCounts({ ...none, table: 'totals', by: 'unit', units, years: [2024] }));
    const cells = await db.query(`SELECT unit, reports FROM totals WHERE unit IN ('NO', '46', 'G3', '4601', '0301') AND year = 2024 AND outcome = 'alle' ORDER BY unit`);
    expect(mixed.map((r) => [r.key, r.reports])).toEqual(cells.map((c) => [c.unit, c.reports]));
    expect(mixed.find((r) => r.key === 'NO')?.reports).toBe(rows.find((r) => r.key === 'NO')?.reports);
    expect(explorerCounts({ ...none, table: 'totals', by: 'unit', units }).sql).toContain(`level IN ('fylke', 'gruppe', 'kommune', 'land')`);
  });

  it('refuses a table, column or value outside the code lists', () => {
    expect(() => explorerCounts({ ...none, table: 'units' as never, by: 'unit' })).toThrow(QueryParamError);
    expect(() => explorerCounts({ ...none, table: 'totals', by: 'age_group' })).toThrow(QueryParamError);
    expect(() => explorerCounts({ ...none, table: 'by_age', by: 'year', ages: ["0-2' OR 1=1" as never] })).toThrow(QueryParamError);
    expect(() => explorerCounts({ ...none, table: 'totals', by: 'unit', units: ['0301; DROP TABLE totals'] })).toThrow(QueryParamError);
  });
});
