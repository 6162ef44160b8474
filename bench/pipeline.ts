import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';

/**
 * The publishing pipeline on the bundled synthetic data: seconds per stage, bytes per table, hidden cells per level,
 * the audit's work. As a build runs it (starting from data/cache), or with `fromScratch` with an empty cache, which
 * measures the whole search for the hidden cells.
 */
export async function benchPipeline(fromScratch = false): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'mb-bench-'));
  try {
    const cacheDir = fromScratch ? join(dir, 'cache') : undefined;
    const r = await runPipeline({ outDir: join(dir, 'data'), cacheDir, log: (l) => console.log(`  ${l}`) });
    const tables = r.manifest.tables.map((t) => ({ table: t.name, rows: t.rows, arrow_bytes: t.arrow_bytes, csv_bytes: t.csv_bytes }));
    console.log('\n  table              rows   arrow bytes    csv bytes');
    for (const t of tables) console.log(`  ${t.table.padEnd(16)} ${String(t.rows).padStart(7)} ${String(t.arrow_bytes).padStart(13)} ${String(t.csv_bytes).padStart(12)}`);
    console.log('\n  level      cells  primary  secondary');
    for (const l of r.suppression) console.log(`  ${l.level.padEnd(8)} ${String(l.cells).padStart(7)} ${String(l.primary).padStart(8)} ${String(l.secondary).padStart(10)}`);
    const a = r.audit;
    console.log(`\n  audit: ${a.cells} cells, ${a.hidden} hidden, ${a.components} components (largest ${a.largestComponent}), ` +
      `${a.settledCheaply} settled cheaply, ${a.lps} LPs, ${a.seconds.toFixed(2)} s (final audit, from scratch); ` +
      `suppression rounds ${r.rounds}, ${r.witnesses} witnesses, ${r.fromCache ? 'started from the hidden cells and witnesses in data/cache' : 'searched from scratch'}`);
    return {
      seconds_per_stage: r.seconds,
      tables,
      total_arrow_bytes: tables.reduce((s, t) => s + t.arrow_bytes, 0),
      total_csv_bytes: tables.reduce((s, t) => s + t.csv_bytes, 0),
      suppressed_per_level: r.suppression,
      audit: { cells: a.cells, hidden: a.hidden, components: a.components, largest_component: a.largestComponent, settled_cheaply: a.settledCheaply, lps: a.lps, seconds_final_audit: a.seconds },
      suppression_rounds: r.rounds,
      witnesses: r.witnesses,
      suppression_started_from_cache: r.fromCache,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
