import { explorerCounts, explorerCountsTogether, type ExplorerCountRow, type ExplorerCut, type ExplorerPartRow } from '../query/queries/explorer-counts.ts';
import type { Query } from '../query/run-query.ts';

/**
 * The explorer's rows by cut, cached by each cut's `explorerCounts` SQL text: the tables never change once loaded, so a
 * cut asked again (back and forward, a filter put back, a chart whose own filter changed) needs no query. The cuts not
 * cached are asked for together in one `explorerCountsTogether` query, so a change costs at most one round trip to the
 * engine however many charts it redraws. Each cut gets its own promise, so a chart whose rows are cached can be drawn
 * while the engine answers for the others. Keys come back as text. Each entry is a few dozen rows; the oldest goes first.
 */
export function explorerRowCache(run: (q: Query<ExplorerPartRow>) => Promise<ExplorerPartRow[]>, limit = 400): (cuts: readonly ExplorerCut[]) => Promise<ExplorerCountRow[]>[] {
  const cache = new Map<string, Promise<ExplorerCountRow[]>>();
  return (cuts) => {
    const keys = cuts.map((c) => explorerCounts(c).sql);
    const found = new Map(keys.flatMap((k) => { const rows = cache.get(k); return rows ? [[k, rows] as const] : []; }));
    const missing = [...new Set(keys.filter((k) => !found.has(k)))];
    if (missing.length) {
      const answer = run(explorerCountsTogether(missing.map((k) => cuts[keys.indexOf(k)]!)));
      missing.forEach((k, part) => {
        if (cache.size >= limit) cache.delete(cache.keys().next().value!);
        const rows = answer.then((all) => all.filter((r) => r.part === part).map(({ part: _, ...r }) => r));
        cache.set(k, rows);
        found.set(k, rows);
        rows.catch(() => cache.delete(k));
      });
    }
    return keys.map((k) => found.get(k)!);
  };
}
