import { describe, expect, it } from 'vitest';
import { YEARS } from '../../src/lib/codes.ts';
import type { SourceData } from '../../src/lib/schemas/source.ts';
import { brokenRelations, buildRelease } from '../../src/pipeline/build-release.ts';
import { buildUnits } from '../../src/pipeline/build-units.ts';
import { municipalCounts } from '../../src/pipeline/municipal-counts.ts';

const kommuner = [
  { kommunenummer: '0301', name: 'Oslo', fylkesnummer: '03' },
  { kommunenummer: '1101', name: 'Eigersund', fylkesnummer: '11' },
  { kommunenummer: '1103', name: 'Stavanger', fylkesnummer: '11' },
];
const fylker = [{ fylkesnummer: '03', name: 'Oslo' }, { fylkesnummer: '11', name: 'Rogaland' }];

function tinySource(): SourceData {
  const children = kommuner.flatMap((k, i) => YEARS.map((year) => ({ year, kommunenummer: k.kommunenummer, children: [150_000, 3_000, 9_000][i]!, estimated: true })));
  const reports = kommuner.flatMap((k, i) => YEARS.map((year) => ({ year, kommunenummer: k.kommunenummer, age_group: '6-12' as const, outcome: 'undersokt' as const, reports: 10 + i + (year % 3) })));
  const reporters = reports.flatMap((r) => [
    { year: r.year, kommunenummer: r.kommunenummer, melder: 11, age_group: r.age_group, outcome: r.outcome, reports: r.reports },
    { year: r.year, kommunenummer: r.kommunenummer, melder: 8, age_group: r.age_group, outcome: r.outcome, reports: 2 },
  ]);
  return { synthetic: true, description: 'test', reports, reporters, children, audits: [], findings: [], auditSummaries: [], projectedYears: [] };
}

describe('the release set as a linear system', () => {
  const source = tinySource();
  const units = buildUnits(kommuner, fylker, source.children);
  const release = buildRelease(units, municipalCounts(source));
  const value = (table: string, unit: string, time: string, dims: string) =>
    release.model.values[release.cells.findIndex((c) => c.table === table && c.unit === unit && c.time === time && c.dims.join(',') === dims)];

  it('publishes the country, counties, peer groups and municipalities', () => {
    expect(units.map((u) => u.level)).toEqual(['land', 'fylke', 'fylke', 'gruppe', 'gruppe', 'gruppe', 'kommune', 'kommune', 'kommune']);
  });
  it('makes every aggregate the sum of its municipalities', () => {
    expect(value('totals', '11', '2020', 'alle')).toBe((value('totals', '1101', '2020', 'alle') ?? 0) + (value('totals', '1103', '2020', 'alle') ?? 0));
    expect(value('service_age', 'NO', '2019-2021', 'skole,6-12')).toBe(
      kommuner.reduce((s, k) => s + (value('service_age', k.kommunenummer, '2019-2021', 'skole,6-12') ?? 0), 0));
  });
  it('breaks peer groups down by every table, each cell the sum of its municipalities', () => {
    const groups = units.filter((u) => u.level === 'gruppe');
    const tables = new Set(release.cells.filter((c) => c.level === 'gruppe').map((c) => c.table));
    expect([...tables].sort()).toEqual(['by_age', 'by_service', 'service_age', 'service_outcome', 'totals']);
    for (const g of groups) {
      const sum = g.members.reduce((s, k) => s + (value('service_outcome', k, '2022-2024', 'skole,undersokt') ?? 0), 0);
      expect(value('service_outcome', g.unit, '2022-2024', 'skole,undersokt')).toBe(sum);
    }
    expect(groups.reduce((s, g) => s + (value('by_age', g.unit, '2021', '6-12') ?? 0), 0)).toBe(value('by_age', 'NO', '2021', '6-12'));
  });
  it('counts a report with two reporters under both services, and never sums services into the total', () => {
    expect(value('by_service', '0301', '2020', 'politi')).toBe(2);
    expect(value('totals', '0301', '2020', 'alle')).toBe(value('by_service', '0301', '2020', 'skole'));
  });
  it('holds on the true values: no relation is broken', () => {
    expect(brokenRelations(release.model)).toEqual([]);
  });
  it('notices a value that contradicts the relations', () => {
    const i = release.cells.findIndex((c) => c.table === 'totals' && c.unit === '03' && c.time === '2020' && c.dims[0] === 'alle');
    const tampered = { ...release.model, values: release.model.values.map((v, j) => (j === i ? v + 1 : v)) };
    expect(brokenRelations(tampered).length).toBeGreaterThan(0);
  });
});
