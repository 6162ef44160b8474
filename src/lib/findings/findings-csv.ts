import { toCsv } from '../csv.ts';

/** The columns of the findings table's CSV, in order; the table marks each value's element with `data-f="<field>"`. */
export const FINDINGS_CSV_FIELDS = ['year', 'nr', 'municipality', 'county', 'authority', 'theme', 'type', 'status', 'statement', 'legal', 'synthetic'] as const;
export type FindingsCsvField = (typeof FINDINGS_CSV_FIELDS)[number];
export type FindingsCsvRow = Record<FindingsCsvField, string>;

/** The CSV of findings rows under the reader's column labels (the header row is written as data so the labels lead). */
export function findingsCsv(header: FindingsCsvRow, rows: readonly FindingsCsvRow[]): string {
  return toCsv(FINDINGS_CSV_FIELDS, [header, ...rows]).split('\r\n').slice(1).join('\r\n');
}
