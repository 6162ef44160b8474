/** `npm run bench`: runs every benchmark, prints its figures and saves them as JSON under bench/results/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { benchEngine } from './engine.ts';
import { benchPageCharts } from './page-charts.ts';
import { benchPageLoad } from './page-load.ts';
import { benchPipeline } from './pipeline.ts';
import { benchServicePages } from './service-pages.ts';

const benches: Record<string, () => Promise<Record<string, unknown>>> = {
  pipeline: () => benchPipeline(), 'pipeline-from-scratch': () => benchPipeline(true), 'page-charts': benchPageCharts,
  'page-load': benchPageLoad, engine: benchEngine, 'service-pages': benchServicePages,
};
const only = process.argv.slice(2);
const machine = { node: process.version, platform: process.platform, cpus: cpus().length, memory_gib: Math.round(totalmem() / 2 ** 30) };
mkdirSync('bench/results', { recursive: true });
for (const [name, run] of Object.entries(benches)) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n## ${name}`);
  const figures = await run();
  const file = `bench/results/${name}.json`;
  writeFileSync(file, JSON.stringify({ benchmark: name, measured_at: new Date().toISOString(), machine, ...figures }, null, 2) + '\n');
  console.log(`saved ${file}`);
}
