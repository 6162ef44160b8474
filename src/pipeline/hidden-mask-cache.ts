import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PUBLISHED, type ReleaseModel } from './release-model.ts';

/** Bumped whenever suppression or the audit changes what a pattern must satisfy, so old patterns are not reused. */
const VERSION = 'blocks-1';

/** Identifies a release model and threshold: its values, its relations and the suppression version. */
export function modelKey(model: ReleaseModel, threshold: number): string {
  const h = createHash('sha256').update(`${VERSION}|${threshold}|`);
  h.update(new Uint8Array(Float64Array.from(model.values).buffer));
  for (const r of model.relations) h.update(`${r.op}${r.cells.join(',')}:${r.coefs.join(',')};`);
  return h.digest('hex').slice(0, 32);
}

const fileOf = (dir: string, key: string) => join(dir, `hidden-${key}.bin.gz`);

/**
 * The hidden cells a previous run settled on for this exact model, or null. It holds only which cells were hidden
 * (what the published files show anyway), never why, and it is only a starting point: the audit always runs again.
 */
export function readHiddenMask(dir: string, key: string, cells: number): Uint8Array | null {
  const file = fileOf(dir, key);
  if (!existsSync(file)) return null;
  const mask = new Uint8Array(gunzipSync(readFileSync(file)));
  return mask.length === cells ? mask : null;
}

export function writeHiddenMask(dir: string, key: string, status: Uint8Array): void {
  mkdirSync(dir, { recursive: true });
  const file = fileOf(dir, key), tmp = `${file}.tmp`;
  writeFileSync(tmp, gzipSync(Uint8Array.from(status, (s) => (s === PUBLISHED ? 0 : 1)), { level: 9 }));
  renameSync(tmp, file);
}
