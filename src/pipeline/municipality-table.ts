import { AGE_GROUPS, serviceGroupOf, YEARS } from '../lib/codes.ts';
import type { GeneratorSettings } from './generator-settings.ts';
import { ipf } from './ipf.ts';
import type { MunicipalityProfile } from './municipality-profiles.ts';
import type { NationalStructure } from './national-structure.ts';
import type { YearTarget } from './national-targets.ts';

const A = AGE_GROUPS.length;
const AGE_6_12 = AGE_GROUPS.indexOf('6-12');
const AGE_13_17 = AGE_GROUPS.indexOf('13-17');

/**
 * Expected reports of one year by municipality (rows, profile order) × (code, age) (columns, code-major).
 * Each municipality starts from the national structure, weighted by its children, level, trend, yearly wobble and
 * service propensities, with late-reporting services moving part of their 6–12 reports to 13–17. IPF then fits the
 * columns to the national structure × the national total, keeping every municipality's total share, so national
 * figures hold exactly in expectation while each municipality keeps its own mix.
 */
export function municipalityTable(
  settings: GeneratorSettings,
  target: YearTarget,
  structure: NationalStructure,
  profiles: readonly MunicipalityProfile[],
): Float64Array[] {
  const yearIndex = YEARS.indexOf(target.year);
  const { codes, table } = structure;
  const groups = codes.map(serviceGroupOf);
  const lateGroups = new Set(settings.late.groups);
  const shift = settings.late.shift;
  const seed = profiles.map((p) => {
    const weight = p.children * p.level * Math.exp(p.slope * (target.year - settings.trend.centre_year)) * (p.yearNoise[yearIndex] ?? 1);
    const row = new Float64Array(codes.length * A);
    codes.forEach((_, i) => {
      const g = groups[i]!;
      const base = weight * p.propensity[g];
      const t = table[i]!;
      for (let j = 0; j < A; j++) row[i * A + j] = base * t[j]!;
      if (p.late && lateGroups.has(g) && t[AGE_13_17]! > 0) {
        const moved = base * t[AGE_6_12]! * shift;
        row[i * A + AGE_6_12]! -= moved;
        row[i * A + AGE_13_17]! += moved;
      }
    });
    return row;
  });
  const rowSums = seed.map((r) => r.reduce((s, x) => s + x, 0));
  const seedTotal = rowSums.reduce((s, x) => s + x, 0);
  const rowTargets = rowSums.map((s) => (target.total * s) / seedTotal);
  const colTargets = table.flatMap((t) => t.map((x) => x * target.total));
  const fit = ipf(seed, rowTargets, colTargets, { tolerance: settings.structure.ipf_tolerance, maxIterations: settings.structure.ipf_max_iterations });
  if (fit.maxError > 1e-6) throw new Error(`municipality table ${target.year}: IPF did not converge (error ${fit.maxError})`);
  return fit.matrix;
}
