import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explorerRowCache } from '../../../src/lib/explorer/row-cache.ts';
import type { Connector } from '../../../src/lib/query/connector.ts';
import { openNodeDb } from '../../../src/lib/query/duckdb-node.ts';
import { explorerCounts, explorerCountsTogether, type ExplorerCut, type ExplorerPartRow } from '../../../src/lib/query/queries/explorer-counts.ts';
import { runQuery, type Query } from '../../../src/lib/query/run-query.ts';
import { QueryParamError } from '../../../src/lib/query/sql.ts';
import { dataDir } from '../../../src/lib/release/data-dir.ts';

let db: Connector & { close(): void };
beforeAll(async () => { db = await openNodeDb(dataDir()); });
afterAll(() => db?.close());
const none: Omit<ExplorerCut, 'table' | 'by'> = { units: [], years: [], periods: [], services: [], ages: [], outcome: 'alle' };

/** The four charts' cuts for Utsira and Vestland in 2024 (Utsira has hidden cells), as the explorer asks for them. */
const cuts: ExplorerCut[] = [
  { ...none, table: 'by_service', by: 'service_group', units: ['1151', '46'], years: [2024] },
  { ...none, table: 'by_age', by: 'age_group', units: ['1151', '46'], years: [2024] },
  { ...none, table: 'totals', by: 'unit', units: ['03', '46', '1151'], years: [2024] },
  { ...none, table: 'totals', by: 'year', units: ['1151', '46'] },
];
/** What each cut gives on its own, keys as text (as the combined query gives them). */
const alone = (c: ExplorerCut) => runQuery(db, explorerCounts(c)).then((rows) => rows.map((r) => ({ ...r, key: String(r.key) })));

/** A cache over the build engine that records the queries it runs. */
function counted() {
  const ran: Query<ExplorerPartRow>[] = [];
  const cache = explorerRowCache((q) => { ran.push(q); return runQuery(db, q); });
  return { ran, get: (cuts: readonly ExplorerCut[]) => Promise.all(cache(cuts)) };
}

describe('the explorer queries every chart at once', () => {
  it('gives each cut exactly the rows it gives on its own, hidden sums included', async () => {
    const together = await runQuery(db, explorerCountsTogether(cuts));
    for (const [i, c] of cuts.entries()) expect(together.filter((r) => r.part === i).map(({ part: _, ...r }) => r), `${c.table} by ${c.by}`).toEqual(await alone(c));
    expect(together.some((r) => r.status === ':' && r.reports === null)).toBe(true);
  });

  it('refuses no cut and a value outside the code lists, as one cut does', () => {
    expect(() => explorerCountsTogether([])).toThrow(QueryParamError);
    expect(() => explorerCountsTogether([cuts[0]!, { ...none, table: 'totals', by: 'unit', units: ["46') OR 1=1 --"] }])).toThrow(QueryParamError);
  });

  it('asks the engine once for the cuts it does not hold and not at all for the ones it does', async () => {
    const { ran, get } = counted();
    const first = await get(cuts);
    expect(ran).toHaveLength(1);
    for (const [i, c] of cuts.entries()) expect(first[i]).toEqual(await alone(c));
    expect(await get(cuts)).toEqual(first);
    expect(ran).toHaveLength(1);
    // One filter changed: only the cuts that changed are asked for, together; the others come from the cache.
    const next = cuts.map((c) => (c.by === 'year' ? c : { ...c, years: [2023] }));
    const second = await get(next);
    expect(ran).toHaveLength(2);
    expect(ran[1]!.sql.match(/UNION ALL/g)).toHaveLength(2);
    for (const [i, c] of next.entries()) expect(second[i]).toEqual(await alone(c));
  });

  it('keeps no failed answer, and drops the oldest cut past its limit', async () => {
    let fail = true;
    const ran: string[] = [];
    const cache = explorerRowCache((q) => { ran.push(q.sql); return fail ? Promise.reject(new Error('engine gone')) : runQuery(db, q); }, 2);
  const get = (cuts: readonly ExplorerCut[]) => Promise.all(cache(cuts));
    await expect(get(cuts.slice(0, 1))).rejects.toThrow('engine gone');
    fail = false;
    expect(await get(cuts.slice(0, 1))).toEqual([await alone(cuts[0]!)]);
    expect(ran).toHaveLength(2);
    await get(cuts.slice(1, 3));
    expect(ran).toHaveLength(3);
    expect(await get(cuts.slice(0, 1))).toEqual([await alone(cuts[0]!)]);
    expect(ran).toHaveLength(4);
  });
});
