import { describe, expect, it } from 'vitest';
import { AGE_GROUPS, SERVICE_GROUP_KEYS, serviceGroupOf, YEARS, type AgeGroup, type ServiceGroup } from '../../src/lib/codes.ts';
import { childrenRowSchema, reporterRowSchema, reportRowSchema, type SourceData } from '../../src/lib/schemas/source.ts';
import { generateSource, loadGeneratorSettings } from '../../src/pipeline/generate-source.ts';
import { municipalityProfiles } from '../../src/pipeline/municipality-profiles.ts';
import { createRandom } from '../../src/pipeline/random.ts';
import { loadReference } from '../../src/pipeline/reference.ts';

const ref = loadReference();
const settings = loadGeneratorSettings();
const source = generateSource(settings, ref);

const sum = (xs: readonly { reports: number }[]) => xs.reduce((s, x) => s + x.reports, 0);
const reportsOf = (year: number) => source.reports.filter((r) => r.year === year);
const reportersOf = (year: number) => source.reporters.filter((r) => r.year === year);
const ssb = (year: number, outcome: string) => ref.nationalTotals.find((t) => t.year === year && t.outcome === outcome)?.reports;
const groupShares = (rows: SourceData['reporters']) => {
  const total = sum(rows);
  return new Map(SERVICE_GROUP_KEYS.map((g) => [g, sum(rows.filter((r) => serviceGroupOf(r.melder) === g)) / total]));
};
const ageShareOfGroup = (group: ServiceGroup, ages: AgeGroup[]) => {
  const rows = source.reporters.filter((r) => serviceGroupOf(r.melder) === group);
  return sum(rows.filter((r) => ages.includes(r.age_group))) / sum(rows);
};
const droppedShare = (rows: readonly { reports: number; outcome: string }[]) => sum(rows.filter((r) => r.outcome === 'henlagt')) / sum(rows);

describe('generateSource is deterministic', () => {
  it('gives deep-equal output and identical JSON bytes for the same settings', () => {
    const again = generateSource(settings, ref);
    expect(again).toEqual(source);
    expect(JSON.stringify(again)).toBe(JSON.stringify(source));
  });

  it('gives different municipal figures for a different seed, with the same national totals', () => {
    const other = generateSource({ ...settings, seed: `${settings.seed}-other` }, ref);
    expect(other.reports).not.toEqual(source.reports);
    expect(other.audits).not.toEqual(source.audits);
    for (const year of YEARS) expect(sum(other.reports.filter((r) => r.year === year))).toBe(sum(reportsOf(year)));
  });
});

describe('synthetic national figures match SSB', () => {
  it('has exactly SSB’s national total of reports in every year 2015–2022', () => {
    for (const year of [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]) expect(sum(reportsOf(year))).toBe(ssb(year, 'alle'));
  });

  it('has exactly SSB’s number of dropped (henlagt) reports 2015–2021, and 24 % dropped in 2022', () => {
    for (const year of [2015, 2016, 2017, 2018, 2019, 2020, 2021]) {
      const rows = reportsOf(year);
      expect(sum(rows.filter((r) => r.outcome === 'henlagt'))).toBe(ssb(year, 'henlagt'));
      expect(sum(rows.filter((r) => r.outcome === 'undersokt'))).toBe(ssb(year, 'undersokt'));
    }
    expect(sum(reportsOf(2022).filter((r) => r.outcome === 'henlagt'))).toBe(Math.round(49_778 * 0.24));
  });

  it('projects 2023–2024 by settings.projection and says so', () => {
    expect(source.projectedYears).toEqual([2023, 2024]);
    const t2023 = Math.round(49_778 * (1 + settings.projection.annual_change));
    expect(sum(reportsOf(2023))).toBe(t2023);
    expect(sum(reportsOf(2024))).toBe(Math.round(t2023 * (1 + settings.projection.annual_change)));
  });

  it('has national age shares within ±1 percentage point of SSB in 2019 and 2020', () => {
    for (const year of [2019, 2020]) {
      const rows = reportsOf(year);
      for (const age of AGE_GROUPS) {
        const real = ref.ageOutcome.find((a) => a.year === year && a.age_group === age && a.outcome === 'alle')!.reports!;
        expect(Math.abs(sum(rows.filter((r) => r.age_group === age)) / sum(rows) - real / ssb(year, 'alle')!)).toBeLessThan(0.01);
      }
    }
  });

  it('has a dropped share per age group within ±2 percentage points of SSB in 2019 and 2020', () => {
    for (const year of [2019, 2020]) {
      for (const age of ['0-2', '3-5', '6-12', '13-17', '18-22'] as const) {
        const real = (o: string) => ref.ageOutcome.find((a) => a.year === year && a.age_group === age && a.outcome === o)!.reports!;
        expect(Math.abs(droppedShare(reportsOf(year).filter((r) => r.age_group === age)) - real('henlagt') / real('alle'))).toBeLessThan(0.02);
      }
    }
  });

  it('has service-group shares of reporters within ±1.5 percentage points of SSB in 2017 and 2018 (SSB "Andre" counted as anonymous)', () => {
    for (const year of [2017, 2018]) {
      const real = ref.reporterTotals.filter((r) => r.year === year);
      const realTotal = real.reduce((s, r) => s + r.reporters, 0);
      const shares = groupShares(reportersOf(year));
      for (const g of SERVICE_GROUP_KEYS) {
        const expected = real.filter((r) => serviceGroupOf(r.code ?? settings.structure.andre_code) === g).reduce((s, r) => s + r.reporters, 0) / realTotal;
        expect(Math.abs(shares.get(g)! - expected), g).toBeLessThan(0.015);
      }
    }
  });

  it('counts slightly more reporters than reports (ratio between 1.01 and 1.04), like SSB’s 59 851 vs 58 580 in 2017', () => {
    for (const year of YEARS) {
      const ratio = sum(reportersOf(year)) / sum(reportsOf(year));
      expect(ratio).toBeGreaterThan(1.01);
      expect(ratio).toBeLessThan(1.04);
    }
  });
});

describe('the reporter × age structure follows the 2009–2010 cross-table', () => {
  it('has no school reports about children 0–2', () => {
    expect(sum(source.reporters.filter((r) => serviceGroupOf(r.melder) === 'skole' && r.age_group === '0-2'))).toBe(0);
  });

  it('has most kindergarten reports at 0–5, with 3–5 its largest age group', () => {
    expect(ageShareOfGroup('barnehage', ['0-2', '3-5'])).toBeGreaterThan(0.5);
    const byAge = AGE_GROUPS.map((a) => ageShareOfGroup('barnehage', [a]));
    expect(Math.max(...byAge)).toBe(byAge[AGE_GROUPS.indexOf('3-5')]);
  });

  it('has police and school reports concentrated at 13–17 compared with all reports', () => {
    const all = sum(source.reports.filter((r) => r.age_group === '13-17')) / sum(source.reports);
    expect(ageShareOfGroup('politi', ['13-17'])).toBeGreaterThan(all);
    expect(ageShareOfGroup('skole', ['13-17'])).toBeGreaterThan(all);
  });

  it('drops police reports more often than reports overall (SSB 2016: 34 % vs 18 %)', () => {
    for (const year of YEARS) {
      expect(droppedShare(reportersOf(year).filter((r) => r.melder === 8))).toBeGreaterThan(droppedShare(reportsOf(year)) + 0.08);
    }
  });

  it('uses code 15 for doctors, hospitals and dentists in every year, never 24 or 25', () => {
    expect(source.reporters.some((r) => r.melder === 15)).toBe(true);
    expect(source.reporters.some((r) => r.melder === 24 || r.melder === 25)).toBe(false);
  });
});

describe('municipalities differ the way the settings say', () => {
  const profiles = municipalityProfiles(ref, settings, createRandom(settings.seed).fork('profiles'));

  it('reports about 50 per 1,000 children nationally, with a wide spread between municipalities', () => {
    const children = new Map(source.children.filter((c) => c.year === 2019).map((c) => [c.kommunenummer, c.children]));
    const national = (1000 * sum(reportsOf(2019))) / [...children.values()].reduce((a, b) => a + b, 0);
    expect(national).toBeGreaterThan(45);
    expect(national).toBeLessThan(56);
    const big = ref.kommuner.filter((k) => k.population > 20_000).map((k) => (1000 * sum(reportsOf(2019).filter((r) => r.kommunenummer === k.kommunenummer))) / children.get(k.kommunenummer)!);
    expect(Math.max(...big) / Math.min(...big)).toBeGreaterThan(2);
  });

  it('has lower school shares where school is a low-reporting service', () => {
    const low = profiles.filter((p) => p.lowGroups.includes('skole')).map((p) => p.kommunenummer);
    const rest = profiles.filter((p) => !p.lowGroups.includes('skole')).map((p) => p.kommunenummer);
    expect(low.length).toBeGreaterThan(5);
    const share = (ks: string[]) => groupShares(source.reporters.filter((r) => ks.includes(r.kommunenummer))).get('skole')!;
    expect(share(low)).toBeLessThan(share(rest) * 0.6);
  });

  it('has school reports shifted toward 13–17 where services report late', () => {
    const late = new Set(profiles.filter((p) => p.late).map((p) => p.kommunenummer));
    expect(late.size).toBeGreaterThan(10);
    const teenShare = (inLate: boolean) => {
      const rows = source.reporters.filter((r) => serviceGroupOf(r.melder) === 'skole' && late.has(r.kommunenummer) === inLate);
      return sum(rows.filter((r) => r.age_group === '13-17')) / sum(rows);
    };
    expect(teenShare(true)).toBeGreaterThan(teenShare(false) + 0.1);
  });

  it('has rising municipalities grow and falling ones shrink relative to the nation', () => {
    const change = (trend: string) => {
      const ks = new Set(profiles.filter((p) => p.trend === trend).map((p) => p.kommunenummer));
      const share = (year: number) => sum(reportsOf(year).filter((r) => ks.has(r.kommunenummer))) / sum(reportsOf(year));
      return share(2024) / share(2015);
    };
    expect(change('rising')).toBeGreaterThan(1.3);
    expect(change('falling')).toBeLessThan(0.8);
  });
});

describe('every generated row is well formed', () => {
  it('passes the zod schemas', () => {
    for (const r of source.reports) reportRowSchema.parse(r);
    for (const r of source.reporters) reporterRowSchema.parse(r);
    for (const r of source.children) childrenRowSchema.parse(r);
    expect(source.synthetic).toBe(true);
  });

  it('has one report row per year × municipality × age × outcome, and reporter rows only for non-zero counts', () => {
    expect(source.reports).toHaveLength(YEARS.length * 357 * AGE_GROUPS.length * 2);
    expect(new Set(source.reports.map((r) => `${r.year}|${r.kommunenummer}|${r.age_group}|${r.outcome}`)).size).toBe(source.reports.length);
    expect(source.reporters.every((r) => r.reports > 0)).toBe(true);
  });

  it('gives every report at least one reporter, and each service group at most one per report', () => {
    const key = (r: { year: number; kommunenummer: string; age_group: string; outcome: string }) => `${r.year}|${r.kommunenummer}|${r.age_group}|${r.outcome}`;
    const mentions = new Map<string, number>();
    const groupMentions = new Map<string, number>();
    for (const r of source.reporters) {
      mentions.set(key(r), (mentions.get(key(r)) ?? 0) + r.reports);
      const g = `${key(r)}|${serviceGroupOf(r.melder)}`;
      groupMentions.set(g, (groupMentions.get(g) ?? 0) + r.reports);
    }
    const reports = new Map(source.reports.map((r) => [key(r), r.reports]));
    expect([...reports].filter(([k, n]) => (mentions.get(k) ?? 0) < n)).toEqual([]);
    expect([...groupMentions].filter(([g, n]) => n > reports.get(g.split('|').slice(0, 4).join('|'))!)).toEqual([]);
  });

  it('estimates children as population × child share, flagged estimated, one row per municipality and year', () => {
    expect(source.children).toHaveLength(YEARS.length * 357);
    expect(source.children.every((c) => c.estimated)).toBe(true);
    const oslo = source.children.find((c) => c.kommunenummer === '0301' && c.year === 2019)!;
    expect(oslo.children).toBe(Math.round(717_710 * settings.children.child_share));
  });
});
