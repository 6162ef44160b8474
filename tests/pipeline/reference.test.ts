import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SERVICE_GROUPS } from '../../src/lib/codes.ts';
import { ReferenceDataError } from '../../src/pipeline/read-reference-file.ts';
import { loadReference } from '../../src/pipeline/reference.ts';

const ref = loadReference();

describe('loadReference reads the project-owned reference data', () => {
  it('has the 357 municipalities of 2024 in 15 counties, codes as four-character strings', () => {
    expect(ref.kommuner).toHaveLength(357);
    expect(new Set(ref.kommuner.map((k) => k.kommunenummer)).size).toBe(357);
    expect(ref.fylker).toHaveLength(15);
    expect(ref.kommuner[0]).toMatchObject({ kommunenummer: '0301', fylkesnummer: '03', population: 717_710 });
    expect(ref.kommuner.reduce((s, k) => s + k.population, 0)).toBe(5_550_203);
    expect(ref.kommuner.find((k) => k.kommunenummer === '5536')?.name_official).toBe('Lyngen');
    expect(ref.fylker.find((f) => f.fylkesnummer === '55')?.name_official).toBe('Troms - Romsa - Tromssa');
  });

  it("holds SSB's real national totals: 2013–2021 by outcome, 2022 total only", () => {
    const get = (year: number, outcome: string) => ref.nationalTotals.find((t) => t.year === year && t.outcome === outcome)?.reports;
    expect([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022].map((y) => get(y, 'alle'))).toEqual([54_396, 58_254, 58_580, 57_013, 57_988, 56_802, 53_468, 49_778]);
    expect(get(2013, 'alle')).toBe(52_553);
    expect(get(2017, 'henlagt')).toBe(9_805);
    expect(get(2021, 'undersokt')).toBe(41_944);
    expect(get(2022, 'henlagt')).toBeUndefined();
    expect(ref.nationalTotals.filter((t) => t.year <= 2021)).toHaveLength(27);
    expect(ref.nationalTotals.every((t) => t.source.length > 0)).toBe(true);
  });

  it('maps every reporting code to the service group codes.ts gives it, with code 15 valid to 2024', () => {
    for (const g of SERVICE_GROUPS) for (const c of g.codes) expect(ref.melderCodes.find((m) => m.code === c)?.service_group).toBe(g.key);
    expect(ref.melderCodes.find((m) => m.code === 15)?.valid_to).toBe('2024-12-31');
  });

  it('keeps SSB symbols as symbols: 2020 investigated reports of unknown age are "." not 0', () => {
    const cell = ref.ageOutcome.find((a) => a.year === 2020 && a.age_group === 'uoppgitt' && a.outcome === 'undersokt');
    expect(cell).toMatchObject({ reports: null, status: '.' });
  });

  it('links every code change to a 2024 municipality', () => {
    const known = new Set(ref.kommuner.map((k) => k.kommunenummer));
    const to2024 = ref.codeChanges.filter((c) => c.valid_from_year === 2024);
    expect(new Set(to2024.map((c) => c.to))).toEqual(known);
    expect(ref.codeChanges.filter((c) => c.change === 'deling').map((c) => c.from)).toContain('1507');
  });
});

describe('loadReference refuses malformed reference files with file, row and field named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reference-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const copy = (name: string, edit: (text: string) => string) => {
    const target = join(dir, name);
    rmSync(target, { recursive: true, force: true });
    cpSync('data/reference', target, { recursive: true });
    const file = join(target, 'kommuner.csv');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return target;
  };
  const errorOf = (d: string) => {
    try {
      loadReference(d);
    } catch (e) {
      return e;
    }
    throw new Error('expected loadReference to throw');
  };

  it('names the row and field of a population that is not a number', () => {
    const d = copy('bad-number', (t) => t.replace('Stavanger,Stavanger,11,Rogaland,Rogaland,149048', 'Stavanger,Stavanger,11,Rogaland,Rogaland,149 048'));
    const e = errorOf(d);
    expect(e).toBeInstanceOf(ReferenceDataError);
    expect(e).toMatchObject({ file: join(d, 'kommuner.csv'), row: 3, field: 'population' });
    expect((e as Error).message).toBe(`${join(d, 'kommuner.csv')}, row 3, field "population": a non-negative integer (got "149 048")`);
  });

  it('names the row of a code that lost its leading zero', () => {
    const e = errorOf(copy('lost-zero', (t) => t.replace('\n0301,', '\n301,')));
    expect(e).toMatchObject({ row: 1, field: 'kommunenummer' });
  });

  it('names a missing column', () => {
    const e = errorOf(copy('missing-column', (t) => t.replace('malform', 'målform')));
    expect(e).toMatchObject({ row: null, field: 'malform' });
    expect((e as Error).message).toMatch(/kommuner\.csv, field "malform": column missing/);
  });

  it('names a duplicated municipality', () => {
    const e = errorOf(copy('duplicate', (t) => `${t}0301,Oslo,Oslo,03,Oslo,Oslo,1,1,Nøytral,10,60\n`));
    expect(e).toMatchObject({ row: 358, field: 'kommunenummer' });
  });
});
