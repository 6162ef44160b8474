import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUPPRESSED_TABLES } from '../../src/lib/schemas/published.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run-pipeline.ts';
import { audit } from '../../src/pipeline/audit.ts';
import { buildRelease } from '../../src/pipeline/build-release.ts';
import { buildUnits } from '../../src/pipeline/build-units.ts';
import { generateSource, loadGeneratorSettings } from '../../src/pipeline/generate-source.ts';
import { municipalCounts } from '../../src/pipeline/municipal-counts.ts';
import { loadReference } from '../../src/pipeline/reference.ts';
import { PRIMARY, PUBLISHED, SECONDARY } from '../../src/pipeline/release-model.ts';
import { COUNT_TABLES } from '../../src/pipeline/release-tables.ts';
import { modelKey, readSuppressionCache } from '../../src/pipeline/suppression-cache.ts';
import { readArrow, releaseBytes } from '../support/read-release.ts';
import { writeRelease, type ReleaseTables } from '../../src/pipeline/write-release.ts';

// `npm test` builds first, and the build publishes public/data: the tests read that release rather than paying for
// the suppression and audit again. Without a published release, this file runs the pipeline once itself.
const published = process.env.MB_DATA_DIR ?? 'public/data';
const root = mkdtempSync(join(tmpdir(), 'mb-pipeline-'));
let dirA = published;
let result: PipelineResult | undefined;

beforeAll(async () => {
  if (!existsSync(join(published, 'manifest.json'))) {
    dirA = join(root, 'a');
    result = await runPipeline({ outDir: dirA, generatedAt: '2026-01-01T00:00:00.000Z' });
  }
}, 3_600_000);

describe('the publishing pipeline', () => {
  it('gives byte-identical output for the same seed: the same source, and the same files from the same tables', () => {
    const ref = loadReference();
    const settings = loadGeneratorSettings();
    expect(JSON.stringify(generateSource(settings, ref))).toBe(JSON.stringify(generateSource(settings, ref)));
    const manifest = JSON.parse(readFileSync(join(dirA, 'manifest.json'), 'utf8'));
    const tables = Object.fromEntries(manifest.tables.map((t: { name: string }) => [t.name, readArrow(dirA, t.name)]));
    const { tables: _, ...base } = manifest;
    const again = join(root, 'again');
    writeRelease(again, tables as ReleaseTables, base);
    const a = releaseBytes(dirA);
    expect(Object.keys(a).length).toBeGreaterThan(20);
    expect(releaseBytes(again)).toEqual(a);
  });

  it('publishes SSB\'s real national totals for 2015–2022 through the whole pipeline', () => {
    const ssb = new Map(readArrow(dirA, 'ssb_national').filter((r) => r.outcome === 'alle').map((r) => [r.year, r.reports]));
    const national = readArrow(dirA, 'totals').filter((r) => r.level === 'land' && r.outcome === 'alle' && (r.year as number) <= 2022);
    expect(national).toHaveLength(8);
    for (const r of national) expect(r.reports).toBe(ssb.get(r.year));
  });

  it('SDC-1: no published count, inner cell or margin, is between 1 and 4', () => {
    for (const table of SUPPRESSED_TABLES) {
      const small = readArrow(dirA, table).filter((r) => typeof r.reports === 'number' && r.reports >= 1 && r.reports <= 4);
      expect(small, table).toEqual([]);
    }
  });

  it('lists each count table\'s rows level by level, so an engine can skip the levels a query does not ask for', () => {
    for (const table of SUPPRESSED_TABLES) {
      const runs = readArrow(dirA, table).map((r) => r.level).filter((l, i, all) => i === 0 || l !== all[i - 1]);
      expect(runs, table).toEqual(['land', 'fylke', 'gruppe', 'kommune']);
    }
  });

  it('SDC-1: no count of 1–4 in the CSV downloads either', () => {
    for (const table of SUPPRESSED_TABLES) {
      const lines = readFileSync(join(dirA, 'csv', `${table}.csv`), 'utf8').trim().split('\r\n');
      const header = lines[0]!.split(',');
      const col = header.indexOf('reports');
      const status = header.indexOf('status');
      for (const line of lines.slice(1)) {
        const cells = line.split(',');
        expect(['1', '2', '3', '4']).not.toContain(cells[col]);
        expect(cells[status] === ':').toBe(cells[col] === '');
      }
    }
  });

  it('SDC-4: every rate made from a hidden count is hidden too', () => {
    const totals = readArrow(dirA, 'totals');
    expect(totals.some((r) => r.reports === null)).toBe(true);
    for (const r of totals) expect(r.rate_per_1000 === null).toBe(r.reports === null);
  });

  it('marks every hidden count with the ":" symbol and never as 0', () => {
    for (const table of SUPPRESSED_TABLES)
      for (const r of readArrow(dirA, table)) expect(r.status === ':').toBe(r.reports === null);
  });

  it('hides cells beyond the primary ones (secondary suppression) and records a passed audit', () => {
    const m = JSON.parse(readFileSync(join(dirA, 'manifest.json'), 'utf8'));
    expect(m.audit.ok).toBe(true);
    expect(m.audit.secondary).toBeGreaterThan(0);
    expect(m.audit.hidden).toBe(m.audit.primary + m.audit.secondary);
    if (result) expect(result.audit.ok).toBe(true);
  });

  it('SDC-2: an independent LP audit of the published files finds every hidden cell protected', async () => {
    const ref = loadReference();
    const source = generateSource(loadGeneratorSettings(), ref);
    const release = buildRelease(buildUnits(ref.kommuner, ref.fylker, source.children), municipalCounts(source));
    const published = new Map<string, number | null>();
    for (const spec of COUNT_TABLES)
      for (const r of readArrow(dirA, spec.name))
        published.set([spec.name, r.unit, r.year ?? r.period, ...spec.dims.map((d) => r[d.name])].join('|'), r.reports as number | null);
    const status = new Uint8Array(release.cells.length);
    release.cells.forEach((c, i) => {
      const shown = published.get([c.table, c.unit, c.time, ...c.dims].join('|'));
      const truth = release.model.values[i]!;
      expect(shown === undefined, `cell ${release.model.labels[i]} is published`).toBe(false);
      if (shown !== null) expect(shown).toBe(truth);
      status[i] = shown !== null ? PUBLISHED : truth >= 1 && truth <= 4 ? PRIMARY : SECONDARY;
    });
    // the witnesses the pipeline kept are only candidates: the audit checks each against this independent status
    const witnesses = readSuppressionCache('data/cache', modelKey(release.model, 5), status.length)?.witnesses;
    const report = await audit(release.model, status, { threshold: 5, witnesses });
    expect(report.failures.slice(0, 5)).toEqual([]);
    expect(report.hidden).toBe(JSON.parse(readFileSync(join(dirA, 'manifest.json'), 'utf8')).audit.hidden);
  }, 1_200_000);

  it('labels the release as synthetic, with its source, time, threshold and tables', () => {
    const m = JSON.parse(readFileSync(join(dirA, 'manifest.json'), 'utf8'));
    expect(m).toMatchObject({ synthetic: true, threshold: 5, projected_years: [2023, 2024] });
    expect(m.tables.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['totals', 'by_service', 'service_age', 'audits', 'findings']));
    for (const t of m.tables) {
      const header = readFileSync(join(dirA, t.csv), 'utf8').split('\r\n')[0]!;
      expect(header.split(',')).toContain('synthetic');
    }
  });
});

describe('a failed run', () => {
  it('stops on invalid input with the row and field named, and leaves the previous release intact', async () => {
    const before = releaseBytes(dirA);
    await expect(runPipeline({
      outDir: dirA,
      source: (generated) => {
        const s = generated();
        return { ...s, reports: s.reports.map((r, i) => (i === 7 ? { ...r, reports: -2 } : r)) };
      },
    })).rejects.toThrow(/reports row 8, field reports/);
    expect(releaseBytes(dirA)).toEqual(before);
  });
});
