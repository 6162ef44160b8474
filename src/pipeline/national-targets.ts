import { AGE_GROUPS, YEARS, type AgeGroup } from '../lib/codes.ts';
import type { GeneratorSettings } from './generator-settings.ts';
import type { Reference } from './reference.ts';

/** What the synthetic national figures must match in one year. */
export interface YearTarget {
  year: number;
  /** Distinct reports nationally: SSB's figure where it exists, else projected. */
  total: number;
  /** Dropped (henlagt) reports nationally. */
  dropped: number;
  projected: boolean;
  /** Where total and dropped come from, e.g. "SSB-B", "BUFDIR-2022 (24 % henlagt)", "projection". */
  basis: string;
  /** Share of reports by AGE_GROUPS, from the nearest year with SSB's age table. */
  ageShares: number[];
  /** Dropped share within each age group, from the same table. */
  droppedRateByAge: number[];
  /** Share of report–reporter pairs by reporting code, from the nearest of SSB's 2017/2018 figures. */
  codeShares: Map<number, number>;
}

const nearest = (years: number[], y: number) => years.reduce((best, x) => (Math.abs(x - y) < Math.abs(best - y) ? x : best));

/** National targets for every year 2015–2024 from the real SSB tables, with 2023–2024 projected by settings.projection. */
export function nationalTargets(ref: Reference, settings: GeneratorSettings): YearTarget[] {
  const real = (year: number, outcome: 'alle' | 'henlagt') => ref.nationalTotals.find((t) => t.year === year && t.outcome === outcome);
  const ageYears = [...new Set(ref.ageOutcome.map((a) => a.year))].sort();
  const reporterYears = [...new Set(ref.reporterTotals.map((r) => r.year))].sort();
  if (ageYears.length === 0 || reporterYears.length === 0) throw new Error('national targets: the age and reporter tables are empty');
  const out: YearTarget[] = [];
  for (const year of YEARS) {
    const totalRow = real(year, 'alle');
    const previous = out.at(-1);
    if (!totalRow && !previous) throw new Error(`national targets: no SSB total for ${year} and no earlier year to project from`);
    const total = totalRow ? totalRow.reports : Math.round(previous!.total * (1 + settings.projection.annual_change));
    const droppedRow = real(year, 'henlagt');
    const droppedFact = ref.facts.find((f) => f.year === year && f.fact === 'andel_meldinger_henlagt');
    let dropped: number;
    let basis: string;
    if (totalRow && droppedRow) {
      dropped = droppedRow.reports;
      basis = totalRow.source;
    } else if (totalRow && droppedFact) {
      dropped = Math.round((total * droppedFact.value) / 100);
      basis = `${totalRow.source} (${droppedFact.value} % henlagt)`;
    } else if (totalRow) {
      dropped = Math.round(total * settings.projection.dropped_share);
      basis = `${totalRow.source} (henlagt projected)`;
    } else {
      dropped = Math.round(total * settings.projection.dropped_share);
      basis = 'projection';
    }
    const age = ageStructure(ref, nearest(ageYears, year));
    out.push({ year, total, dropped, projected: !totalRow, basis, ...age, codeShares: codeShares(ref, settings, nearest(reporterYears, year)) });
  }
  return out;
}

/**
 * Age shares and dropped rates for one year of SSB's age table. Where the copy lacks age groups (2021 has 0–17 only),
 * the reports not accounted for (national total minus the listed ages) go to the missing groups in proportion to the
 * nearest complete year.
 */
function ageStructure(ref: Reference, year: number): { ageShares: number[]; droppedRateByAge: number[] } {
  const rowsOf = (y: number, outcome: 'alle' | 'henlagt') =>
    new Map<AgeGroup, number>(ref.ageOutcome.filter((a) => a.year === y && a.outcome === outcome).map((a) => [a.age_group, a.reports ?? 0]));
  const complete = [...new Set(ref.ageOutcome.map((a) => a.year))].filter((y) => rowsOf(y, 'alle').size === AGE_GROUPS.length);
  const counts = (outcome: 'alle' | 'henlagt') => {
    const known = rowsOf(year, outcome);
    const missing = AGE_GROUPS.filter((a) => !known.has(a));
    if (missing.length === 0) return AGE_GROUPS.map((a) => known.get(a)!);
    const total = ref.nationalTotals.find((t) => t.year === year && t.outcome === outcome)?.reports;
    if (total === undefined || complete.length === 0) throw new Error(`national targets: ${year} lacks age groups ${missing.join(', ')} and cannot be completed`);
    const residual = total - [...known.values()].reduce((s, x) => s + x, 0);
    const donor = rowsOf(nearest(complete, year), outcome);
    const donorSum = missing.reduce((s, a) => s + donor.get(a)!, 0);
    return AGE_GROUPS.map((a) => known.get(a) ?? (donorSum === 0 ? 0 : (residual * donor.get(a)!) / donorSum));
  };
  const all = counts('alle');
  const dropped = counts('henlagt');
  const sum = all.reduce((s, x) => s + x, 0);
  return {
    ageShares: all.map((x) => x / sum),
    droppedRateByAge: all.map((x, i) => (x === 0 ? 0 : Math.min(1, dropped[i]! / x))),
  };
}

/** Shares of report–reporter pairs by code; SSB's unnamed "Andre" goes to settings.structure.andre_code. */
function codeShares(ref: Reference, settings: GeneratorSettings, year: number): Map<number, number> {
  const m = new Map<number, number>();
  for (const r of ref.reporterTotals.filter((x) => x.year === year)) {
    const code = r.code ?? settings.structure.andre_code;
    m.set(code, (m.get(code) ?? 0) + r.reporters);
  }
  const sum = [...m.values()].reduce((s, x) => s + x, 0);
  for (const [k, v] of m) m.set(k, v / sum);
  return m;
}
