import { explorerCounts, type ExplorerCountRow, type ExplorerCut } from '../query/queries/explorer-counts.ts';
import type { Query } from '../query/run-query.ts';

/**
 * The explorer's rows by cut, cached by each cut's SQL text: the tables never change once loaded, so a cut asked again
 * (back and forward, a filter put back, a chart whose own filter changed) needs no query. Each cut not cached is its own
 * query and gets its own promise, so each chart can be drawn as soon as its rows are there, while the engine's worker
 * answers for the next one. (One UNION ALL statement for all of them was tried: it saves about a fifth of the engine's
 * time, but every chart then waits for the last, and the explorer answered later.) Each entry is a few dozen rows; the
 * oldest goes first.
 */
export function explorerRowCache(run: (q: Query<ExplorerCountRow>) => Promise<ExplorerCountRow[]>, limit = 400): (cuts: readonly ExplorerCut[]) => Promise<ExplorerCountRow[]>[] {
  const cache = new Map<string, Promise<ExplorerCountRow[]>>();
  return (cuts) => cuts.map((c) => {
    const q = explorerCounts(c);
    let rows = cache.get(q.sql);
    if (!rows) {
      if (cache.size >= limit) cache.delete(cache.keys().next().value!);
      cache.set(q.sql, (rows = run(q)));
      rows.catch(() => cache.delete(q.sql));
    }
    return rows;
  });
}
