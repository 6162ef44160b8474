import { AGE_GROUPS, OUTCOMES, serviceGroupOf, type ServiceGroup } from '../lib/codes.ts';
import type { ReporterRow, ReportRow } from '../lib/schemas/source.ts';
import { assignOutcomes } from './assign-outcomes.ts';
import type { GeneratorSettings } from './generator-settings.ts';
import { municipalityTable } from './municipality-table.ts';
import type { MunicipalityProfile } from './municipality-profiles.ts';
import type { NationalStructure } from './national-structure.ts';
import type { YearTarget } from './national-targets.ts';
import type { Random } from './random.ts';

const A = AGE_GROUPS.length;
const O = OUTCOMES.length;
const HENLAGT = OUTCOMES.indexOf('henlagt');
const UNDERSOKT = OUTCOMES.indexOf('undersokt');

/**
 * One year of synthetic reports, simulated one report at a time: exactly `target.total` reports are drawn over
 * municipality × first reporter × age from the fitted municipality table; some get a second reporter from a different
 * service group; exactly `target.dropped` are dropped. `reports` has a row for every municipality × age × outcome
 * (zeros included); `reporters` has a row for every non-zero municipality × code × age × outcome.
 */
export function generateMeldinger(
  settings: GeneratorSettings,
  target: YearTarget,
  structure: NationalStructure,
  profiles: readonly MunicipalityProfile[],
  random: Random,
): { reports: ReportRow[]; reporters: ReporterRow[] } {
  const { codes, table } = structure;
  const C = codes.length;
  const groups = codes.map(serviceGroupOf);
  const matrix = municipalityTable(settings, target, structure, profiles);
  const flat = new Float64Array(profiles.length * C * A);
  matrix.forEach((row, k) => flat.set(row, k * C * A));
  const draw = random.fork('cells').sampler(flat);
  const second = random.fork('second');
  const secondSamplers = new Map<string, () => number>();
  const secondCode = (age: number, group: ServiceGroup) => {
    const key = `${age}|${group}`;
    let s = secondSamplers.get(key);
    if (!s) {
      s = second.sampler(codes.map((_, i) => (groups[i] === group ? 0 : table[i]![age]!)));
      secondSamplers.set(key, s);
    }
    return s();
  };

  const n = target.total;
  const kommune = new Uint16Array(n);
  const first = new Uint8Array(n);
  const extra = new Int16Array(n).fill(-1);
  const ages = new Uint8Array(n);
  const weights = new Float64Array(n);
  const groupWeight = settings.outcome.group_weights;
  for (let r = 0; r < n; r++) {
    const cell = draw();
    const k = Math.floor(cell / (C * A));
    const i = Math.floor((cell % (C * A)) / A);
    const a = cell % A;
    kommune[r] = k;
    first[r] = i;
    ages[r] = a;
    if (second.bernoulli(settings.reporters.second_probability)) extra[r] = secondCode(a, groups[i]!);
    weights[r] = (groupWeight[groups[i]!] ?? 1) * profiles[k]!.droppedWeight;
  }
  const dropped = assignOutcomes(ages, weights, target, random.fork('outcomes'));

  const reportCounts = new Int32Array(profiles.length * A * O);
  const reporterCounts = new Int32Array(profiles.length * C * A * O);
  for (let r = 0; r < n; r++) {
    const o = dropped[r] ? HENLAGT : UNDERSOKT;
    const k = kommune[r]!;
    reportCounts[(k * A + ages[r]!) * O + o]!++;
    reporterCounts[((k * C + first[r]!) * A + ages[r]!) * O + o]!++;
    if (extra[r]! >= 0) reporterCounts[((k * C + extra[r]!) * A + ages[r]!) * O + o]!++;
  }

  const year = target.year;
  const reports: ReportRow[] = [];
  const reporters: ReporterRow[] = [];
  profiles.forEach(({ kommunenummer }, k) => {
    for (let a = 0; a < A; a++) {
      for (let o = 0; o < O; o++) {
        reports.push({ year, kommunenummer, age_group: AGE_GROUPS[a]!, outcome: OUTCOMES[o]!, reports: reportCounts[(k * A + a) * O + o]! });
      }
    }
    for (let i = 0; i < C; i++) {
      for (let a = 0; a < A; a++) {
        for (let o = 0; o < O; o++) {
          const count = reporterCounts[((k * C + i) * A + a) * O + o]!;
          if (count > 0) reporters.push({ year, kommunenummer, melder: codes[i]!, age_group: AGE_GROUPS[a]!, outcome: OUTCOMES[o]!, reports: count });
        }
      }
    }
  });
  return { reports, reporters };
}
