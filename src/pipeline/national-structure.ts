import type { GeneratorSettings } from './generator-settings.ts';
import { codesValidIn } from './codes-valid-in.ts';
import { ipf } from './ipf.ts';
import type { YearTarget } from './national-targets.ts';
import type { Reference } from './reference.ts';
import { serviceAgeSeed } from './service-age-seed.ts';

/** The national reporter × age structure of one year: probabilities over (code, age) that sum to 1. */
export interface NationalStructure {
  year: number;
  /** Reporting codes valid in the year, in ascending order (code 15 up to 2024; 24 and 25 from 2025). */
  codes: number[];
  /** table[i][j]: share of reports whose (first) reporter has codes[i] and whose child is in AGE_GROUPS[j]. */
  table: number[][];
}

/**
 * Fits the 2009–2010 reporter × age cross-table (the seed) to the year's reporter shares (rows) and age shares
 * (columns) by IPF: the margins are modern, the way reporters and ages go together is the old table's.
 */
export function nationalStructure(ref: Reference, settings: GeneratorSettings, target: YearTarget): NationalStructure {
  const codes = codesValidIn(ref, target.year);
  const seed = serviceAgeSeed(ref, settings, codes);
  const rowTargets = codes.map((c) => target.codeShares.get(c) ?? 0);
  const rowSum = rowTargets.reduce((s, x) => s + x, 0);
  const fit = ipf(
    seed,
    rowTargets.map((x) => x / rowSum),
    target.ageShares,
    { tolerance: settings.structure.ipf_tolerance, maxIterations: settings.structure.ipf_max_iterations },
  );
  if (fit.maxError > settings.structure.ipf_tolerance * 1000) {
    throw new Error(`national structure ${target.year}: IPF did not converge (error ${fit.maxError} after ${fit.iterations} iterations)`);
  }
  return { year: target.year, codes, table: fit.matrix.map((r) => Array.from(r)) };
}
