import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv.ts';

describe('CSV export (SEC-4)', () => {
  it('quotes fields with commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
  });
  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const s of ['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx']) expect(csvField(s).replace(/^"/, '').startsWith("'")).toBe(true);
  });
  it('keeps numbers as numbers, negative ones too, and writes null as empty', () => {
    expect(csvField(-12)).toBe('-12');
    expect(csvField(3.5)).toBe('3.5');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });
  it('keeps SSB symbols as text, not numbers', () => {
    expect(toCsv(['a', 'b'], [{ a: ':', b: '..' }])).toBe('a,b\r\n:,..\r\n');
  });
  it('writes a header and CRLF line ends', () => {
    expect(toCsv(['x', 'y'], [{ x: 1, y: 'a' }, { x: 2, y: null }])).toBe('x,y\r\n1,a\r\n2,\r\n');
  });
});
