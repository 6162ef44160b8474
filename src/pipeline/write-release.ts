import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tableFromIPC } from '@uwdata/flechette';
import { toCsv } from '../lib/csv.ts';
import { manifestSchema, PUBLISHED_TABLES, publishedRowSchema, type Manifest, type PublishedTableName } from '../lib/schemas/published.ts';
import { encodeArrow } from './encode-arrow.ts';

export type ReleaseTables = { [T in PublishedTableName]: readonly Record<string, unknown>[] };
export type ManifestBase = Omit<Manifest, 'tables'>;

/**
 * Write a release into `dir` as a whole or not at all: everything goes to a sibling temporary folder, is read back and
 * checked, and only then replaces the previous release. A failure at any point leaves the previous release as it was.
 */
export function writeRelease(dir: string, tables: ReleaseTables, base: ManifestBase): Manifest {
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'arrow'), { recursive: true });
  mkdirSync(join(tmp, 'csv'), { recursive: true });
  try {
    const entries: Manifest['tables'] = [];
    for (const name of Object.keys(PUBLISHED_TABLES) as PublishedTableName[]) {
      const rows = tables[name];
      const columns = PUBLISHED_TABLES[name] as Record<string, string>;
      const arrow = encodeArrow(name, rows);
      // Every downloaded row says whether it is synthetic, so a file that leaves the site keeps its label.
      const csvRows = rows.map((r) => ({ ...r, synthetic: 'synthetic' in r ? r.synthetic : base.synthetic }));
      const csv = toCsv([...Object.keys(columns), ...('synthetic' in columns ? [] : ['synthetic'])], csvRows as Record<string, string | number | boolean | null>[]);
      writeFileSync(join(tmp, 'arrow', `${name}.arrow`), arrow);
      writeFileSync(join(tmp, 'csv', `${name}.csv`), csv);
      entries.push({ name, rows: rows.length, arrow: `arrow/${name}.arrow`, csv: `csv/${name}.csv`, arrow_bytes: arrow.byteLength, csv_bytes: Buffer.byteLength(csv), columns });
    }
    const manifest = manifestSchema.parse({ ...base, tables: entries });
    writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    verifyRelease(tmp);
    mkdirSync(dirname(dir), { recursive: true });
    const old = `${dir}.old-${process.pid}`;
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(tmp, dir);
    rmSync(old, { recursive: true, force: true });
    return manifest;
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** Read a written release back and parse every row with its zod schema; throws naming the table and row. */
export function verifyRelease(dir: string): Manifest {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  for (const t of manifest.tables) {
    const schema = publishedRowSchema(t.name as PublishedTableName);
    const rows = tableFromIPC(readFileSync(join(dir, t.arrow))).toArray();
    if (rows.length !== t.rows) throw new Error(`${t.arrow}: ${rows.length} rows, manifest says ${t.rows}`);
    rows.forEach((row, i) => {
      const parsed = schema.safeParse({ ...row });
      if (!parsed.success) throw new Error(`${t.arrow} row ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    });
  }
  return manifest;
}
