import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { PUBLISHED, type ReleaseModel } from './release-model.ts';
import type { Witness } from './witness.ts';

/** Bumped whenever suppression or the audit changes what a pattern must satisfy, so old patterns are not reused. */
const VERSION = 'witness-1';

/** Identifies a release model and threshold: its values, its relations and the suppression version. */
export function modelKey(model: ReleaseModel, threshold: number): string {
  const h = createHash('sha256').update(`${VERSION}|${threshold}|`);
  h.update(new Uint8Array(Float64Array.from(model.values).buffer));
  for (const r of model.relations) h.update(`${r.op}${r.cells.join(',')}:${r.coefs.join(',')};`);
  return h.digest('hex').slice(0, 32);
}

/**
 * What a suppression run settled on for one model: which cells it hid and the witnesses (feasible points, as
 * deviations from the true values) that prove them. A starting point only: the audit checks every witness and runs
 * again. Witnesses are derived from the true counts, so with real data this cache is as confidential as the input.
 */
export interface SuppressionCache { hidden: Uint8Array; witnesses: Witness[] }

const fileOf = (dir: string, key: string) => join(dir, `suppression-${key}.json.gz`);
const Cached = z.object({
  hidden: z.string(),
  witnesses: z.array(z.object({ cells: z.array(z.number().int().nonnegative()), d: z.array(z.number()) })),
});

/** The cache entry of this exact model, or null (none, or not for a model of this size). */
export function readSuppressionCache(dir: string, key: string, cells: number): SuppressionCache | null {
  const file = fileOf(dir, key);
  if (!existsSync(file)) return null;
  const parsed = Cached.safeParse(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')));
  if (!parsed.success) return null;
  const hidden = Uint8Array.from(parsed.data.hidden, (ch) => (ch === '1' ? 1 : 0));
  return hidden.length === cells ? { hidden, witnesses: parsed.data.witnesses } : null;
}

export function writeSuppressionCache(dir: string, key: string, status: Uint8Array, witnesses: readonly Witness[]): void {
  mkdirSync(dir, { recursive: true });
  const file = fileOf(dir, key), tmp = `${file}.tmp`;
  const hidden = Array.from(status, (s) => (s === PUBLISHED ? '0' : '1')).join('');
  // rounded to well inside the audit tolerance, for a smaller file; a witness that no longer holds is only not used
  const round = (x: number) => Math.round(x * 1e9) / 1e9;
  const body = JSON.stringify({ hidden, witnesses: witnesses.map((w) => ({ cells: w.cells, d: w.d.map(round) })) });
  writeFileSync(tmp, gzipSync(body, { level: 9 }));
  renameSync(tmp, file);
}
