import { describe, expect, it } from 'vitest';
import { FINDINGS_CSV_FIELDS, findingsCsv, type FindingsCsvRow } from '../../../src/lib/findings/findings-csv.ts';
import { filterQuery, readFilter, rowMatches } from '../../../src/lib/findings/findings-filter.ts';

const row = { year: '2019', county: '46', municipality: '4613', theme: 'ettervern', type: 'merknad', status: 'open', origin: 'synthetic' };

describe('the findings table filter', () => {
  it('reads only known parameters with values the form offers', () => {
    const offered = (k: string, v: string) => k !== 'year' || ['2019', '2020'].includes(v);
    expect(readFilter(new URLSearchParams('year=2019&type=avvik&foo=bar'), offered)).toEqual({ year: '2019', type: 'avvik' });
    expect(readFilter(new URLSearchParams('year=1999&theme='), offered)).toEqual({});
  });

  it('matches a row only when it passes every chosen filter', () => {
    expect(rowMatches(row, {})).toBe(true);
    expect(rowMatches(row, { year: '2019', municipality: '4613' })).toBe(true);
    expect(rowMatches(row, { year: '2019', type: 'avvik' })).toBe(false);
    expect(rowMatches(row, { origin: 'real' })).toBe(false);
  });

  it('writes one canonical query string, empty when nothing is chosen', () => {
    expect(filterQuery({})).toBe('');
    expect(filterQuery({ type: 'avvik', year: '2019' })).toBe('?year=2019&type=avvik');
  });
});

describe('the findings CSV', () => {
  const header = Object.fromEntries(FINDINGS_CSV_FIELDS.map((f) => [f, f.toUpperCase()])) as FindingsCsvRow;
  it('has the readers\' column labels first, then one line per row, with quoting and formulas neutralised', () => {
    const r = { ...header, year: '2019', statement: '=SUM(A1), "sitat"', synthetic: 'ja' };
    const lines = findingsCsv(header, [r]).trim().split('\r\n');
    expect(lines[0]).toBe(FINDINGS_CSV_FIELDS.map((f) => f.toUpperCase()).join(','));
    expect(lines[1]).toContain(`"'=SUM(A1), ""sitat"""`);
    expect(lines[1]!.endsWith(',ja')).toBe(true);
    expect(lines).toHaveLength(2);
  });
});
