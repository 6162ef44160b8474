import { describe, expect, it } from 'vitest';
import type { SourceData } from '../../src/lib/schemas/source.ts';
import { YEARS } from '../../src/lib/codes.ts';
import { SourceError, validateSource } from '../../src/pipeline/validate-source.ts';

const kommuner = new Set(['0301']);
function good(): SourceData {
  return {
    synthetic: true, description: 'test', audits: [], findings: [], auditSummaries: [], projectedYears: [],
    children: YEARS.map((year) => ({ year, kommunenummer: '0301', children: 1000, estimated: true })),
    reports: [{ year: 2020, kommunenummer: '0301', age_group: '3-5', outcome: 'henlagt', reports: 4 }],
    reporters: [{ year: 2020, kommunenummer: '0301', melder: 9, age_group: '3-5', outcome: 'henlagt', reports: 4 }],
  };
}
const withRow = <K extends 'reports' | 'reporters'>(key: K, patch: Record<string, unknown>): SourceData => {
  const s = good();
  (s[key] as unknown[]).push({ ...s[key][0], ...patch });
  return s;
};

describe('validating the pipeline input', () => {
  it('accepts consistent input', () => {
    expect(() => validateSource(good(), kommuner)).not.toThrow();
  });
  it.each([
    ['reports', { age_group: '0-5' }, /reports row 2, field age_group/],
    ['reports', { reports: -1 }, /reports row 2, field reports/],
    ['reports', { reports: 1.5 }, /reports row 2, field reports/],
    ['reports', { kommunenummer: '301' }, /reports row 2, field kommunenummer: .*four-digit/],
    ['reporters', { melder: 99 }, /reporters row 2, field melder/],
    ['reporters', { outcome: 'ukjent' }, /reporters row 2, field outcome/],
    ['reports', { extra: 1 }, /reports row 2, field \(row\)|reports row 2, field extra/],
  ] as const)('names the table, row and field of a malformed %s row (%o)', (key, patch, message) => {
    expect(() => validateSource(withRow(key, patch), kommuner)).toThrow(message);
  });
  it('refuses unknown municipalities, duplicate rows and missing children', () => {
    expect(() => validateSource(withRow('reports', { kommunenummer: '9999' }), kommuner)).toThrow(/reports row 2, field kommunenummer: 9999 is not a 2024 municipality/);
    expect(() => validateSource(withRow('reports', {}), kommuner)).toThrow(/reports row 2: duplicate/);
    const s = good();
    s.children.pop();
    expect(() => validateSource(s, kommuner)).toThrow(/children: no figure for municipality 0301 in 2024/);
  });
  it('refuses reporters that cannot belong to the reports', () => {
    const fewer = good();
    fewer.reporters[0]!.reports = 3;
    expect(() => validateSource(fewer, kommuner)).toThrow(SourceError);
    const more = good();
    more.reporters[0]!.reports = 5;
    expect(() => validateSource(more, kommuner)).toThrow(/more than the 4 reports/);
  });
});
