import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explorerRowCache } from '../../../src/lib/explorer/row-cache.ts';
import type { Connector } from '../../../src/lib/query/connector.ts';
import { openNodeDb } from '../../../src/lib/query/duckdb-node.ts';
import { explorerCounts, type ExplorerCountRow, type ExplorerCut } from '../../../src/lib/query/queries/explorer-counts.ts';
import { runQuery, type Query } from '../../../src/lib/query/run-query.ts';
import { dataDir } from '../../../src/lib/release/data-dir.ts';

let db: Connector & { close(): void };
beforeAll(async () => { db = await openNodeDb(dataDir()); });
afterAll(() => db?.close());
const none: Omit<ExplorerCut, 'table' | 'by'> = { units: [], years: [], periods: [], services: [], ages: [], outcome: 'alle' };

/** The four charts' cuts for Utsira and Vestland in 2024, as the explorer asks for them. */
const cuts: ExplorerCut[] = [
  { ...none, table: 'by_service', by: 'service_group', units: ['1151', '46'], years: [2024] },
  { ...none, table: 'by_age', by: 'age_group', units: ['1151', '46'], years: [2024] },
  { ...none, table: 'totals', by: 'unit', units: ['03', '46', '1151'], years: [2024] },
  { ...none, table: 'totals', by: 'year', units: ['1151', '46'] },
];
const alone = (c: ExplorerCut) => runQuery(db, explorerCounts(c));

/** A cache over the build engine that records the queries it runs. */
function counted(limit?: number, fail = () => false) {
  const ran: Query<ExplorerCountRow>[] = [];
  const cache = explorerRowCache((q) => { ran.push(q); return fail() ? Promise.reject(new Error('engine gone')) : runQuery(db, q); }, limit);
  return { ran, get: (cs: readonly ExplorerCut[]) => Promise.all(cache(cs)) };
}

describe('the explorer\'s rows by cut', () => {
  it('asks the engine once for each cut it does not hold and not at all for the ones it does', async () => {
    const { ran, get } = counted();
    const first = await get([...cuts, cuts[0]!]);
    expect(ran.map((q) => q.sql)).toEqual(cuts.map((c) => explorerCounts(c).sql));
    for (const [i, c] of cuts.entries()) expect(first[i]).toEqual(await alone(c));
    expect(first[4]).toEqual(first[0]);
    expect(await get(cuts)).toEqual(first.slice(0, 4));
    expect(ran).toHaveLength(4);
    // One filter changed: only the cuts that changed are asked for; the year chart's comes from the cache.
    const next = cuts.map((c) => (c.by === 'year' ? c : { ...c, years: [2023] }));
    const second = await get(next);
    expect(ran).toHaveLength(7);
    for (const [i, c] of next.entries()) expect(second[i]).toEqual(await alone(c));
  });

  it('hands each cut its own answer, so one chart need not wait for another', async () => {
    let release = () => {};
    const slow = new Promise<void>((r) => { release = r; });
    const cache = explorerRowCache(async (q) => { if (q.name.includes('totals')) await slow; return runQuery(db, q); });
    const [service, , unit] = cache(cuts);
    expect(await service).toEqual(await alone(cuts[0]!));
    let unitDone = false;
    void unit!.then(() => { unitDone = true; });
    await new Promise((r) => setTimeout(r, 10));
    expect(unitDone).toBe(false);
    release();
    expect(await unit).toEqual(await alone(cuts[2]!));
  });

  it('keeps no failed answer, and drops the oldest cut past its limit', async () => {
    let failing = true;
    const { ran, get } = counted(2, () => failing);
    await expect(get(cuts.slice(0, 1))).rejects.toThrow('engine gone');
    failing = false;
    expect(await get(cuts.slice(0, 1))).toEqual([await alone(cuts[0]!)]);
    expect(ran).toHaveLength(2);
    await get(cuts.slice(1, 3));
    expect(ran).toHaveLength(4);
    expect(await get(cuts.slice(0, 1))).toEqual([await alone(cuts[0]!)]);
    expect(ran).toHaveLength(5);
  });
});
