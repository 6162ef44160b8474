import { describe, expect, it } from 'vitest';
import { audit } from '../../src/pipeline/audit.ts';
import { auditBenchmarkModel } from '../../src/pipeline/audit-benchmark-model.ts';
import { PRIMARY, PUBLISHED, type ReleaseModel } from '../../src/pipeline/release-model.ts';
import { suppress } from '../../src/pipeline/suppress.ts';
import { bruteForceRanges } from './brute-force-ranges.ts';

const T = 5;
/** Municipalities in counties, a country and size-based peer groups; yearly tables and a pooled period; Poisson counts. */
const smallModel = (seed: number) => auditBenchmarkModel({ municipalities: 24, counties: 4, peerGroups: 3, years: 3, periods: 1, seed });

const publishedSmall = (model: ReleaseModel, status: Uint8Array) =>
  model.values.filter((v, c) => status[c] === PUBLISHED && v >= 1 && v < T).length;

describe('suppress', () => {
  it.each([1, 2, 3])('hides every 1..T−1 count and leaves a status that passes the audit (seed %i)', async (seed) => {
    const model = smallModel(seed);
    const { status, audit: report, rounds } = await suppress(model, { threshold: T, seed: 1 });
    expect(publishedSmall(model, status)).toBe(0);
    expect(model.values.every((v, c) => (v >= 1 && v < T) === (status[c] === PRIMARY))).toBe(true);
    expect(report.ok).toBe(true);
    expect(rounds).toBeGreaterThanOrEqual(1);
    // the audit on its own, from scratch, agrees
    expect((await audit(model, status, { threshold: T, workers: 0 })).failures).toEqual([]);
  });

  it('leaves no hidden cell narrower than required by exact per-cell LPs', async () => {
    const model = auditBenchmarkModel({ municipalities: 8, counties: 2, peerGroups: 2, years: 3, periods: 1, seed: 7 });
    const { status } = await suppress(model, { threshold: T });
    const ranges = await bruteForceRanges(model, status);
    expect(ranges.size).toBeGreaterThan(0);
    for (const [cell, [lo, hi]] of ranges) expect(hi - lo, model.labels[cell]).toBeGreaterThanOrEqual((status[cell] === PRIMARY ? T - 1 : 1) - 1e-6);
  }, 900_000); // two full LPs per hidden cell, on purpose without any of the audit's shortcuts

  it('is deterministic: same model, same status bytes, with or without worker threads', async () => {
    const model = auditBenchmarkModel({ municipalities: 60, counties: 5, peerGroups: 3, years: 2, periods: 0, seed: 4 });
    const a = await suppress(model, { threshold: T, seed: 1, workers: 0 });
    const b = await suppress(model, { threshold: T, seed: 1, workers: 0 });
    const c = await suppress(model, { threshold: T, seed: 1, workers: 2 });
    expect(a.audit.ok).toBe(true);
    expect(Buffer.from(b.status).equals(Buffer.from(a.status))).toBe(true);
    expect(Buffer.from(c.status).equals(Buffer.from(a.status))).toBe(true);
  });

  it('starting from an earlier run\'s hidden cells and witnesses keeps them, passes the audit from scratch in one round', async () => {
    const model = smallModel(2);
    const first = await suppress(model, { threshold: T, seed: 1, workers: 0 });
    const start = first.status.map((s) => (s === PUBLISHED ? 0 : 1));
    const again = await suppress(model, { threshold: T, seed: 1, workers: 0, start, witnesses: first.witnesses });
    expect(again.rounds).toBe(1);
    expect(again.audit.ok).toBe(true);
    expect(Buffer.from(again.status).equals(Buffer.from(first.status))).toBe(true);
  });

  it('an earlier pattern cannot unhide a small count: primary cells come from the values', async () => {
    const model = smallModel(3);
    const { status } = await suppress(model, { threshold: T, seed: 1, workers: 0, start: new Uint8Array(model.values.length) });
    expect(publishedSmall(model, status)).toBe(0);
  });

  it('hides nothing when all counts are zero or all are at least T', async () => {
    for (const fill of [0, 7]) {
      const model = smallModel(1);
      const flat = { ...model, values: model.values.map(() => fill) };
      // relations of the real shape hold for all-zero values; for a constant fill use a model without relations
      const input = fill === 0 ? flat : { ...flat, relations: [] };
      const { status, audit: report, rounds } = await suppress(input, { threshold: T });
      expect(status.every((s) => s === PUBLISHED)).toBe(true);
      expect(report).toMatchObject({ ok: true, hidden: 0, lps: 0 });
      expect(rounds).toBe(1);
    }
  });
});
