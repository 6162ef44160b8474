import { DEFAULT_THRESHOLD, LAST_YEAR, LEVELS, PERIODS, YEARS, type Level } from '../lib/codes.ts';
import type { Manifest } from '../lib/schemas/published.ts';
import type { SourceData } from '../lib/schemas/source.ts';
import { buildRelease, brokenRelations } from './build-release.ts';
import { buildUnits } from './build-units.ts';
import { generateSource, loadGeneratorSettings } from './generate-source.ts';
import { municipalCounts } from './municipal-counts.ts';
import { publishTables } from './publish-tables.ts';
import { loadReference } from './reference.ts';
import { PRIMARY, SECONDARY, type AuditReport } from './release-model.ts';
import { suppress } from './suppress.ts';
import { modelKey, readSuppressionCache, writeSuppressionCache } from './suppression-cache.ts';
import { validateSource } from './validate-source.ts';
import { writeRelease } from './write-release.ts';

export interface PipelineOptions {
  outDir: string;
  referenceDir?: string;
  settingsPath?: string;
  threshold?: number;
  /** ISO time to stamp the release with; SOURCE_DATE_EPOCH or now when absent. */
  generatedAt?: string;
  /** Replace the generator, e.g. with imported real data or a deliberately broken source in tests. */
  source?: (generated: () => SourceData) => SourceData;
  log?: (line: string) => void;
  /** Where hidden-cell patterns of earlier runs are kept, by model and the witnesses proving them, by model (suppression-cache.ts); default data/cache. */
  cacheDir?: string;
}

export interface SuppressionByLevel { level: Level; cells: number; primary: number; secondary: number }
export interface PipelineResult {
  manifest: Manifest;
  seconds: Record<'reference' | 'generate' | 'validate' | 'release' | 'suppress_audit' | 'write' | 'total', number>;
  suppression: SuppressionByLevel[];
  audit: AuditReport;
  rounds: number;
  /** Witnesses (feasible points proving hidden cells) the suppression result carries. */
  witnesses: number;
  /** Whether suppression started from the hidden cells of an earlier run on the same model (suppression-cache.ts). */
  fromCache: boolean;
}

function stampTime(given?: string): string {
  if (given) return given;
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString();
}

/** read → validate → build the release set → suppress → audit → write. Throws (and writes nothing) on bad input or a failed audit. */
export async function runPipeline(opts: PipelineOptions): Promise<PipelineResult> {
  const log = opts.log ?? (() => {});
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const seconds = { reference: 0, generate: 0, validate: 0, release: 0, suppress_audit: 0, write: 0, total: 0 };
  const t0 = performance.now();
  const time = async <T>(stage: keyof typeof seconds, f: () => T | Promise<T>): Promise<T> => {
    const s = performance.now();
    const r = await f();
    seconds[stage] = (performance.now() - s) / 1000;
    log(`${stage.padEnd(15)} ${seconds[stage].toFixed(2)} s`);
    return r;
  };
  const ref = await time('reference', () => loadReference(opts.referenceDir));
  const settings = loadGeneratorSettings(opts.settingsPath);
  const source = await time('generate', () => {
    const generated = () => generateSource(settings, ref);
    return opts.source ? opts.source(generated) : generated();
  });
  await time('validate', () => validateSource(source, new Set(ref.kommuner.map((k) => k.kommunenummer))));
  const { units, release } = await time('release', () => {
    const units = buildUnits(ref.kommuner, ref.fylker, source.children, ref.codeChanges);
    const release = buildRelease(units, municipalCounts(source));
    const broken = brokenRelations(release.model);
    if (broken.length > 0) throw new Error(`the release set contradicts itself in ${broken.length} relations, first: ${broken[0]}`);
    return { units, release };
  });
  const cacheDir = opts.cacheDir ?? 'data/cache';
  let fromCache = false;
  const { status, audit, rounds, witnesses: found } = await time('suppress_audit', async () => {
    const key = modelKey(release.model, threshold);
    const cached = readSuppressionCache(cacheDir, key, release.model.values.length);
    fromCache = cached !== null;
    // each round's status is a valid start, so an interrupted search resumes where it stopped
    const r = await suppress(release.model, {
      threshold, seed: 1, start: cached?.hidden, witnesses: cached?.witnesses,
      onRound: (s, w) => writeSuppressionCache(cacheDir, key, s, w),
    });
    if (r.audit.ok && r.witnesses.length !== (cached?.witnesses.length ?? -1)) writeSuppressionCache(cacheDir, key, r.status, r.witnesses);
    log(`suppression     ${cached ? 'started from the hidden cells of an earlier run on the same data' : 'searched from scratch'}; ${r.rounds} audit round(s)`);
    return r;
  });
  if (!audit.ok) {
    const f = audit.failures.slice(0, 5).map((x) => `${x.label}: range ${x.lo}–${x.hi}, needs ${x.required}`).join('\n  ');
    throw new Error(`disclosure audit failed for ${audit.failures.length} hidden cells; nothing was published:\n  ${f}`);
  }
  const suppression = LEVELS.map((level) => {
    let cells = 0, primary = 0, secondary = 0;
    release.cells.forEach((c, i) => {
      if (c.level !== level) return;
      cells++;
      if (status[i] === PRIMARY) primary++;
      if (status[i] === SECONDARY) secondary++;
    });
    return { level, cells, primary, secondary };
  });
  const manifest = await time('write', () => {
    const counts = publishTables(release, status, units, source.children, LAST_YEAR);
    const ssb_national = ref.nationalTotals.map((n) => ({ year: n.year, outcome: n.outcome, reports: n.reports, source: n.source }));
    const audits = source.audits.map((a) => ({ ...a, themes: a.themes.join('|') }));
    return writeRelease(opts.outDir, { ...counts, ssb_national, audits, findings: source.findings, audit_summaries: source.auditSummaries }, {
      name: 'meldingsbildet',
      synthetic: source.synthetic,
      source: source.description,
      generated_at: stampTime(opts.generatedAt),
      threshold,
      seed: source.synthetic ? settings.seed : null,
      years: YEARS,
      projected_years: source.projectedYears,
      periods: PERIODS.map((p) => p.key),
      audit: {
        cells: audit.cells, hidden: audit.hidden, ok: audit.ok,
        primary: suppression.reduce((s, l) => s + l.primary, 0), secondary: suppression.reduce((s, l) => s + l.secondary, 0),
      },
    });
  });
  seconds.total = (performance.now() - t0) / 1000;
  return { manifest, seconds, suppression, audit, rounds, witnesses: found.length, fromCache };
}
