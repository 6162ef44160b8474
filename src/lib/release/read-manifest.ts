import { dataDir } from './data-dir.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestSchema, type Manifest } from '../schemas/published.ts';

/** The published release's manifest, parsed; the build stops with a clear message if `npm run data` has not run. */
export function readManifest(dir = dataDir()): Manifest {
  let text: string;
  try {
    text = readFileSync(join(dir, 'manifest.json'), 'utf8');
  } catch {
    throw new Error(`no published data in ${dir}: run \`npm run data\` first`);
  }
  return manifestSchema.parse(JSON.parse(text));
}
