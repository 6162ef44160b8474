/** `npm run data`: publish the release set into public/data/. Exits non-zero, leaving the previous release, on any failure. */
import { runPipeline } from './run-pipeline.ts';

try {
  const r = await runPipeline({ outDir: 'public/data', log: (l) => console.log(l) });
  console.log(`published ${r.manifest.tables.length} tables (${r.manifest.synthetic ? 'SYNTHETIC data' : 'real data'}); ` +
    `${r.audit.hidden} of ${r.audit.cells} cells hidden, audit passed in ${r.audit.seconds.toFixed(1)} s; total ${r.seconds.total.toFixed(1)} s`);
} catch (error) {
  console.error(`npm run data failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error('The previous release in public/data/ was left as it was.');
  process.exit(1);
}
