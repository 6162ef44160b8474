import { countSampler } from './count-sampler.ts';
import type { Relation, ReleaseModel } from './release-model.ts';

export interface BenchmarkModelOptions {
  municipalities?: number;
  counties?: number;
  peerGroups?: number;
  years?: number;
  /** Non-overlapping 3-year periods, from the first year. */
  periods?: number;
  seed?: number;
}

const SERVICE_P = [0.08, 0.05, 0.18, 0.12, 0.04, 0.06, 0.17, 0.07, 0.1, 0.06, 0.07];
const AGE_P = [0.15, 0.12, 0.33, 0.32, 0.06, 0.02];
const S = SERVICE_P.length, A = AGE_P.length, YEAR_CELLS = 3 + A + S, PERIOD_CELLS = S * A + S * 2;

/**
 * A seeded release model of the real shape, for timing and testing the audit: municipalities in counties, a country
 * and size-based peer groups; per year alle = henlagt + undersokt, Σ age = alle, service ≤ alle, Σ service ≥ alle;
 * per 3-year period service × age and service × outcome tied to the years; every cell also aggregated over units.
 */
export function auditBenchmarkModel(opts: BenchmarkModelOptions = {}): ReleaseModel {
  const { municipalities: M = 357, counties: C = 15, peerGroups: P = 7, years: Y = 10, periods: Q = 3, seed = 1 } = opts;
  if (3 * Q > Y) throw new Error('periods need 3 years each');
  const rng = countSampler(seed);
  const per = Y * YEAR_CELLS + Q * PERIOD_CELLS;
  const units = M + C + 1 + P;
  const values = new Array<number>(units * per).fill(0);
  const children = Array.from({ length: M }, () => Math.round(Math.min(130_000, Math.max(200, rng.logNormal(2500, 1.3)))));
  const yearCell = (u: number, y: number, k: number) => u * per + y * YEAR_CELLS + k;
  const periodCell = (u: number, q: number, k: number) => u * per + Y * YEAR_CELLS + q * PERIOD_CELLS + k;
  for (let m = 0; m < M; m++) {
    for (let y = 0; y < Y; y++) {
      const q = Math.floor(y / 3);
      const ages = rng.multinomial(rng.poisson((children[m]! * 50) / 1000), AGE_P);
      ages.forEach((na, a) => {
        const hen = rng.binomial(na, 0.2);
        [hen, na - hen].forEach((k, o) => {
          values[yearCell(m, y, 0)]! += k;
          values[yearCell(m, y, 1 + o)]! += k;
          values[yearCell(m, y, 3 + a)]! += k;
          rng.multinomial(k, SERVICE_P).forEach((first, s) => {
            const n = first + rng.binomial(k - first, 0.04);
            values[yearCell(m, y, 3 + A + s)]! += n;
            if (q < Q) values[periodCell(m, q, s * A + a)]! += n, values[periodCell(m, q, S * A + s * 2 + o)]! += n;
          });
        });
      });
    }
  }
  const byRank = [...children.keys()].sort((a, b) => children[a]! - children[b]! || a - b);
  const groups: { unit: number; members: number[] }[] = [
    ...Array.from({ length: C }, (_, c) => ({ unit: M + c, members: [...Array(M).keys()].filter((m) => m % C === c) })),
    { unit: M + C, members: Array.from({ length: C }, (_, c) => M + c) },
    ...Array.from({ length: P }, (_, p) => ({ unit: M + C + 1 + p, members: byRank.filter((_, r) => Math.floor((r * P) / M) === p) })),
  ];
  for (const g of groups) for (let k = 0; k < per; k++) for (const m of g.members) values[g.unit * per + k]! += values[m * per + k]!;

  const relations: Relation[] = [];
  const rel = (pos: number[], neg: number[], op: Relation['op']) =>
    relations.push({ cells: [...pos, ...neg], coefs: [...pos.map(() => 1), ...neg.map(() => -1)], op });
  const range = (n: number) => [...Array(n).keys()];
  for (let u = 0; u < units; u++) {
    for (let y = 0; y < Y; y++) {
      const c = (k: number) => yearCell(u, y, k);
      rel([c(0)], [c(1), c(2)], '=');
      rel(range(A).map((a) => c(3 + a)), [c(0)], '=');
      for (let s = 0; s < S; s++) rel([c(0)], [c(3 + A + s)], '>=');
      rel(range(S).map((s) => c(3 + A + s)), [c(0)], '>=');
    }
    for (let q = 0; q < Q; q++) {
      const c = (k: number) => periodCell(u, q, k);
      const years = (k: number) => [0, 1, 2].map((i) => yearCell(u, 3 * q + i, k));
      for (let s = 0; s < S; s++) {
        rel(range(A).map((a) => c(s * A + a)), years(3 + A + s), '=');
        rel([0, 1].map((o) => c(S * A + s * 2 + o)), years(3 + A + s), '=');
        for (let a = 0; a < A; a++) rel(years(3 + a), [c(s * A + a)], '>=');
        for (let o = 0; o < 2; o++) rel(years(1 + o), [c(S * A + s * 2 + o)], '>=');
      }
      for (let a = 0; a < A; a++) rel(range(S).map((s) => c(s * A + a)), years(3 + a), '>=');
      for (let o = 0; o < 2; o++) rel(range(S).map((s) => c(S * A + s * 2 + o)), years(1 + o), '>=');
    }
  }
  for (const g of groups) for (let k = 0; k < per; k++) rel([g.unit * per + k], g.members.map((m) => m * per + k), '=');

  const unitName = (u: number) => (u < M ? `k${u}` : u < M + C ? `f${u - M}` : u === M + C ? 'land' : `peer${u - M - C - 1}`);
  const within = (k: number) => {
    if (k < Y * YEAR_CELLS) {
      const y = Math.floor(k / YEAR_CELLS), j = k % YEAR_CELLS;
      return `${y}/${j < 3 ? ['alle', 'henlagt', 'undersokt'][j] : j < 3 + A ? `age${j - 3}` : `service${j - 3 - A}`}`;
    }
    const q = Math.floor((k - Y * YEAR_CELLS) / PERIOD_CELLS), j = (k - Y * YEAR_CELLS) % PERIOD_CELLS;
    return `p${q}/${j < S * A ? `service${Math.floor(j / A)}×age${j % A}` : `service${Math.floor((j - S * A) / 2)}×outcome${(j - S * A) % 2}`}`;
  };
  const labels = values.map((_, i) => `${unitName(Math.floor(i / per))}/${within(i % per)}`);
  const peerOf = new Int32Array(M);
  groups.slice(C + 1).forEach((g, p) => g.members.forEach((m) => (peerOf[m] = p)));
  const unitOf = (i: number) => Math.floor(i / per);
  const county = Int32Array.from(values, (_, i) => (unitOf(i) < M ? unitOf(i) % C : unitOf(i) < M + C ? unitOf(i) - M : -1));
  const group = Int32Array.from(values, (_, i) => (unitOf(i) < M ? peerOf[unitOf(i)]! : unitOf(i) > M + C ? unitOf(i) - M - C - 1 : -1));
  const slice = Int32Array.from(values, (_, i) => {
    const k = i % per;
    if (k >= Y * YEAR_CELLS) return Math.floor(((k - Y * YEAR_CELLS) % PERIOD_CELLS < S * A ? ((k - Y * YEAR_CELLS) % PERIOD_CELLS) / A : ((k - Y * YEAR_CELLS) % PERIOD_CELLS - S * A) / 2));
    return k % YEAR_CELLS < 3 + A ? 1000 + Math.floor(k / YEAR_CELLS) : (k % YEAR_CELLS) - 3 - A;
  });
  return { values, relations, labels, areas: { county, group, slice } };
}
