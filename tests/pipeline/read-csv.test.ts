import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvError, readCsv } from '../../src/pipeline/read-csv.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (content: string | Uint8Array) => {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, content);
  return path;
};

describe('readCsv reads RFC 4180 files with a header row', () => {
  it('keeps quoted commas, doubled quotes and newlines inside quotes', () => {
    const { header, records } = readCsv(file('a,b\n"x, y","say ""hi"""\n"line1\nline2",z\n'));
    expect(header).toEqual(['a', 'b']);
    expect(records.map((r) => r.values)).toEqual([
      { a: 'x, y', b: 'say "hi"' },
      { a: 'line1\nline2', b: 'z' },
    ]);
  });

  it('numbers data rows from 1 and reports the file line each starts on', () => {
    const { records } = readCsv(file('a,b\n"1\n2",x\n3,y\n'));
    expect(records.map((r) => [r.row, r.line])).toEqual([[1, 2], [2, 4]]);
  });

  it('accepts CRLF line ends, a UTF-8 BOM, no final newline and blank lines', () => {
    const { header, records } = readCsv(file('\uFEFFkode,navn\r\n1,Bømlo\r\n\r\n2,Ørland'));
    expect(header).toEqual(['kode', 'navn']);
    expect(records.map((r) => r.values['navn'])).toEqual(['Bømlo', 'Ørland']);
  });

  it('keeps empty fields and leading zeros as text', () => {
    const { records } = readCsv(file('a,b,c\n0301,,x\n'));
    expect(records[0]!.values).toEqual({ a: '0301', b: '', c: 'x' });
  });

  it('refuses a ragged row, naming the line and the field counts', () => {
    const path = file('a,b\n1,2\n3\n');
    expect(() => readCsv(path)).toThrow(CsvError);
    expect(() => readCsv(path)).toThrow(`${path}: line 3: row 2 has 1 fields, the header has 2`);
  });

  it('refuses an unterminated quote, text after a closing quote, bad UTF-8, an empty file and repeated columns', () => {
    expect(() => readCsv(file('a\n"open\n'))).toThrow(/unterminated quoted field/);
    expect(() => readCsv(file('a,b\n"x"y,2\n'))).toThrow(/text after a closing quote/);
    expect(() => readCsv(file(new Uint8Array([0x61, 0x0a, 0xff, 0xfe, 0x0a])))).toThrow(/not valid UTF-8/);
    expect(() => readCsv(file(''))).toThrow(/empty file/);
    expect(() => readCsv(file('a,a\n1,2\n'))).toThrow(/repeated column name "a"/);
  });

  it('round-trips any table written with RFC 4180 quoting', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ø', ',', '"', '\n', ' ', '1') });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 5 }), (rows) => {
        const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
        const path = file(['x,y', ...rows.map(([a, b]) => `${quote(a)},${quote(b)}`)].join('\r\n'));
        expect(readCsv(path).records.map((r) => [r.values['x'], r.values['y']])).toEqual(rows);
      }),
      { numRuns: 100 },
    );
  });
});
