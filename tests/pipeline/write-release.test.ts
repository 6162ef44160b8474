import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_TABLE_NAMES } from '../../src/lib/schemas/published.ts';
import { verifyRelease, writeRelease, type ManifestBase, type ReleaseTables } from '../../src/pipeline/write-release.ts';

const base: ManifestBase = {
  name: 'meldingsbildet', synthetic: true, source: 'test', generated_at: '2026-01-01T00:00:00.000Z', threshold: 5, seed: 1,
  years: [2024], projected_years: [], periods: [], audit: { cells: 1, hidden: 0, primary: 0, secondary: 0, ok: true },
};
const empty = Object.fromEntries(PUBLISHED_TABLE_NAMES.map((n) => [n, []])) as unknown as ReleaseTables;
const totalsRow = (reports: number | null) => ({
  level: 'kommune', unit: '0301', year: 2024, outcome: 'alle', reports, status: reports === null ? ':' : null, children: 1000, children_estimated: true,
  rate_per_1000: reports === null ? null : reports,
});
const snapshot = (dir: string) => Object.fromEntries(['manifest.json', 'arrow/totals.arrow', 'csv/totals.csv'].map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));

describe('writing a release', () => {
  it('writes Arrow, CSV and a manifest that read back, with the synthetic label on every CSV row', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'mb-')), 'data');
    const m = writeRelease(dir, { ...empty, totals: [totalsRow(12), totalsRow(null)] }, base);
    expect(m.tables.find((t) => t.name === 'totals')?.rows).toBe(2);
    expect(verifyRelease(dir).synthetic).toBe(true);
    const csv = readFileSync(join(dir, 'csv/totals.csv'), 'utf8').trim().split('\r\n');
    expect(csv[0]?.endsWith(',synthetic')).toBe(true);
    expect(csv.slice(1).every((l) => l.endsWith(',true'))).toBe(true);
    expect(csv[2]).toContain(',:,');
  });

  it('leaves the previous release untouched when the new one fails its checks', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'mb-')), 'data');
    writeRelease(dir, { ...empty, totals: [totalsRow(12)] }, base);
    const before = snapshot(dir);
    expect(() => writeRelease(dir, { ...empty, totals: [totalsRow(-3)] }, base)).toThrow(/arrow\/totals\.arrow row 1: reports/);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(join(dir, '..'))).toEqual(['data']);
  });
});
