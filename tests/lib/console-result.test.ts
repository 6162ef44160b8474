import { describe, expect, it } from 'vitest';
import { cellText, consoleCsv, resultColumns } from '../../src/lib/query/console-result.ts';

describe("the SQL console's result", () => {
  const rows = [{ unit: '0301', reports: 12, status: null, note: '=1+1' }, { unit: '4601', reports: null, status: ':', note: 'a, "b"' }];
  it('keeps the columns in the order of the engine and shows NULL, lists and dates as text', () => {
    expect(resultColumns(rows)).toEqual(['unit', 'reports', 'status', 'note']);
    expect(resultColumns([])).toEqual([]);
    expect([null, 3, 'x', true, [1, 2], { a: 1n }, new Date(Date.UTC(2024, 0, 2))].map(cellText))
      .toEqual(['NULL', '3', 'x', 'true', '[1,2]', '{"a":1}', '2024-01-02T00:00:00.000Z']);
  });
  it('downloads every row as CSV with the synthetic label as the last column, formulas neutralised', () => {
    expect(consoleCsv(rows, { label: 'Syntetiske data', value: 'ja' }).split('\r\n')).toEqual([
      'unit,reports,status,note,Syntetiske data', "0301,12,,'=1+1,ja", '4601,,:,"a, ""b""",ja', '',
    ]);
  });
  it("keeps a result column named like the label, and leaves the label out for real data", () => {
    expect(consoleCsv([{ synthetic: true }], { label: 'synthetic', value: 'yes' })).toBe('synthetic,synthetic_\r\ntrue,yes\r\n');
    expect(consoleCsv([{ n: 1 }], null)).toBe('n\r\n1\r\n');
  });
});
