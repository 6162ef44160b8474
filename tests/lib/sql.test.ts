import { describe, expect, it } from 'vitest';
import { code, quote, QueryParamError, unit, unitLevel, year } from '../../src/lib/query/sql.ts';
import { reportsByService } from '../../src/lib/query/queries/reports-by-service.ts';

describe('values entering SQL', () => {
  it('doubles single quotes in string literals', () => {
    expect(quote("O'Brien")).toBe("'O''Brien'");
  });
  it('refuses values that are not in the code lists', () => {
    expect(() => code('service_group', "skole' OR 1=1 --")).toThrow(QueryParamError);
    expect(() => code('level', 'bydel')).toThrow(/unknown level/);
    expect(code('age_group', '13-17')).toBe("'13-17'");
  });
  it('accepts only unit codes of the known shapes', () => {
    for (const ok of ['0301', '03', 'NO', 'G3']) expect(unit(ok)).toBe(`'${ok}'`);
    for (const bad of ['301', "0301'", '0301;DROP TABLE totals', '', 'G10']) expect(() => unit(bad)).toThrow(QueryParamError);
  });
  it('tells a unit code\'s level from its shape, and refuses anything else', () => {
    expect(['NO', '46', '4601', 'G7'].map(unitLevel)).toEqual(['land', 'fylke', 'kommune', 'gruppe']);
    for (const bad of ['301', 'G10', "46'"]) expect(() => unitLevel(bad)).toThrow(QueryParamError);
  });
  it('accepts only published years and finite numbers', () => {
    expect(year(2020)).toBe('2020');
    expect(() => year(1999)).toThrow(QueryParamError);
    expect(() => quote(Number.POSITIVE_INFINITY)).toThrow(QueryParamError);
  });
  it('builds catalogue queries only from validated values', () => {
    expect(reportsByService('kommune', '0301', 2024).sql).toContain("unit = '0301'");
    expect(() => reportsByService('kommune', "0301' --", 2024)).toThrow(QueryParamError);
  });
});
