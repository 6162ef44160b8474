import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from '@uwdata/flechette';

/** Every row of a published Arrow table, as plain objects. */
export function readArrow(dir: string, table: string): Record<string, unknown>[] {
  return tableFromIPC(readFileSync(join(dir, 'arrow', `${table}.arrow`))).toArray().map((r) => ({ ...r }));
}

/** Every file of a release, path → bytes (base64), for byte-for-byte comparisons. */
export function releaseBytes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const e of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = join(sub, e.name);
      if (e.isDirectory()) walk(rel);
      else out[rel] = readFileSync(join(dir, rel)).toString('base64');
    }
  };
  walk('');
  return out;
}
